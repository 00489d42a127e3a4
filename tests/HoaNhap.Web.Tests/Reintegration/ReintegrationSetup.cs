using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Features.Judgments;
using Microsoft.EntityFrameworkCore;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Reintegration;

/// <summary>Release notices and reintegration cases for the reintegration tests, in one place.</summary>
public static class ReintegrationSetup
{
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A release notice as the exchange API stores it, for a person not yet on the registry.</summary>
    public static async Task<(Guid Id, string PersonalId)> NoticeAsync(HoaNhapApp app, Unit unit, string name, DateOnly releasedOn, Gender? gender = null)
    {
        var pid = TestData.NewPersonalId(1988);
        var (province, commune) = HoaNhapApp.Units[unit];
        var notice = new ReleaseNotice
        {
            AgencyClientId = Guid.NewGuid(), Reference = "TB-" + Guid.NewGuid().ToString("N")[..10], ProvinceCode = province, CommuneCode = commune,
            FullName = TestData.Unique(name), BirthYear = 1988, DateOfBirth = new DateOnly(1988, 4, 2), Gender = gender, PersonalIdNumber = pid,
            Address = "Thôn Đông, xã thử", ReleasedOn = releasedOn, ReleaseKind = ReleaseKind.SentenceCompleted, Prison = "Trại giam Thanh Xuân",
            JudgmentNumber = "12/2021/HS-ST", Court = "Tòa án nhân dân tỉnh", CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "agency:test",
        };
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        db.Add(notice);
        await db.SaveChangesAsync();
        return (notice.Id, pid);
    }

    /// <summary>A reintegration case opened from a notice through the API, as the commune officer of the unit.</summary>
    public static async Task<Guid> ReceivedCaseAsync(HoaNhapApp app, DateOnly releasedOn, DateOnly receivedOn, Unit unit = Unit.A)
    {
        var (id, _) = await NoticeAsync(app, unit, "Lê Văn Về", releasedOn, Gender.Male);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, unit);
        var r = await officer.PostAsJsonAsync($"/api/v1/release-notices/{id}/reception", new { noticeReceivedOn = Iso(receivedOn) });
        if (r.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException(await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
    }

    /// <summary>A returnee received from a notice, who reported, with a prison judgment of <paramref name="months"/> for <paramref name="offence"/>.</summary>
    public static async Task<Guid> ReturneeWithJudgmentAsync(HoaNhapApp app, DateOnly releasedOn, string offence, int months = 36,
        bool? intentional = null, string? crimeCategory = null)
    {
        var caseId = await ReceivedCaseAsync(app, releasedOn, releasedOn);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var report = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/report",
            new { reportedOn = Iso(releasedOn.AddDays(2)), circumstances = "Ở cùng gia đình.", undertaking = true });
        if (report.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException(await report.Content.ReadAsStringAsync());
        var user = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var personId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).FirstAsync();
        var j = await JudgmentCommands.CreateAsync(db, user, personId, new JudgmentInput
        {
            Number = $"{Random.Shared.Next(100, 999)}/2019/HS-ST", Court = "Tòa án nhân dân tỉnh Phú Thọ", JudgmentDate = "10/03/2019", EffectiveOn = "10/04/2019",
            Offences = [offence], MainPenalty = "Imprisonment", TermMonths = months, Intentional = intentional, CrimeCategory = crimeCategory,
        }, CancellationToken.None);
        if (!j.Succeeded) throw new InvalidOperationException(string.Join(" ", j.Errors.SelectMany(e => e.Value)));
        return caseId;
    }
}
