using System.Runtime.CompilerServices;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Transfers;

/// <summary>Cases and users for the transfer and worklist tests.</summary>
public static class TransferTestData
{
    /// <summary>A second commune of province 25 (Phường Hòa Bình in the demo), the destination of moves within the province.</summary>
    public const string CommuneC = "04795";
    public const string ProvinceC = "25";

    /// <summary>
    /// Opens a community-sentence case for the person, directly in the database (the one place to adapt when
    /// the intake contract changes): active, suspended sentence, the term and expected end set.
    /// </summary>
    public static async Task<Guid> OpenCaseAsync(HoaNhapApp app, Guid personId, DateOnly? endsOn = null, CaseStatus status = CaseStatus.Active,
        DateOnly? startsOn = null)
    {
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == personId);
        var start = startsOn ?? new DateOnly(2026, 1, 15);
        var c = new Case
        {
            PersonId = personId, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence, StartOn = start,
            TermMonths = 24, ExpectedEndOn = endsOn ?? Periods.EndAfterMonths(start, 24),
            LegalBasisVersion = LegalBasis.For(start), DecisionNumber = "15/2026/QĐ-CA", DecisionDate = start.AddDays(-10),
            DecisionReceivedOn = start.AddDays(-7),
        }.InState(status, status is CaseStatus.Completed ? app.Today.AddDays(-1) : null);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    static readonly ConditionalWeakTable<HoaNhapApp, Task<string>> CommuneCUsers = new();

    /// <summary>The user name of a commune officer of commune C (04795), created once per application.</summary>
    public static Task<string> CommuneOfficerOfCAsync(HoaNhapApp app) => CommuneCUsers.GetValue(app, a => CreateUserAsync(a, Roles.CommuneOfficer, CommuneC));

    static async Task<string> CreateUserAsync(HoaNhapApp app, string role, string unit)
    {
        var name = $"{role.ToLowerInvariant()}.c";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(name) is null)
        {
            var outcome = await UserCommands.CreateAsync(app.NewDbContext(scope), users, new UserInput
            {
                UserName = name, Password = HoaNhapApp.Password, FullName = "Cán Bộ Hòa Bình", Role = role, UnitCode = unit,
            }, CancellationToken.None);
            if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        }
        return name;
    }

    /// <summary>An API client with a bearer token for a user created by the tests.</summary>
    public static async Task<HttpClient> ApiAsync(HoaNhapApp app, string userName)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await HoaNhapApp.TokenAsync(client, userName, HoaNhapApp.Password));
        return client;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
}
