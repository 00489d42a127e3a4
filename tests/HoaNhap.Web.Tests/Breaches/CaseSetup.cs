using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Breaches;

/// <summary>
/// Opens an active community-sentence case for the breach and absence tests, in ONE place, so a change
/// of the case-opening contract (the lead's intake work) touches only this file. The row is inserted
/// directly with its term, expected end and status, as intake would leave it.
/// </summary>
public static class CaseSetup
{
    public static async Task<(Guid Person, Guid Case)> ActiveCaseAsync(HoaNhapApp app, Unit unit, string name, SentenceType type,
        DateOnly start, int termMonths = 24, bool assignSupervisor = true)
    {
        var person = await app.CreatePersonAsync(unit, TestData.Unique(name), assignSupervisor: assignSupervisor);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var p = await db.People.AsNoTracking().FirstAsync(x => x.Id == person);
        var c = new Case
        {
            PersonId = person, ProvinceCode = p.ProvinceCode, CommuneCode = p.CommuneCode, Kind = CaseKind.CommunitySentence,
            SentenceType = type, StartOn = start, TermMonths = termMonths, ExpectedEndOn = Periods.EndAfterMonths(start, termMonths),
            LegalBasisVersion = LegalBasis.For(start), DecisionNumber = "15/2026/QĐ-CA",
        }.InState(CaseStatus.Active);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (person, c.Id);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
}
