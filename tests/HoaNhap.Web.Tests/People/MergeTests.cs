using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.People;

/// <summary>Merging two records of one person (issue 20 part 3): rows move, the retired record is hidden, the merge is audited and undone exactly.</summary>
public abstract class MergeTests(HoaNhapApp app)
{
    async Task<(Guid Kept, Guid Retired, Guid Judgment, Guid Case)> TwoRecordsAsync(string name)
    {
        var kept = await app.CreatePersonAsync(Unit.A, name, address: "Tổ 1, thôn Cũ");
        var retired = await app.CreatePersonAsync(Unit.A, name, address: "Tổ 9, thôn Mới");
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var judgment = await JudgmentCommands.CreateAsync(db, officer, retired, new JudgmentInput
        {
            Number = $"{Random.Shared.Next(100, 99999)}/2025/HS-ST", Court = "Tòa án nhân dân khu vực 1", JudgmentDate = "10/03/2025", EffectiveOn = "10/04/2025",
            Offences = ["Điều 173"], MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
        }, CancellationToken.None);
        Assert.True(judgment.Succeeded, string.Join(" ", judgment.Errors.SelectMany(e => e.Value)));
        var opened = await CaseCommands.OpenAsync(db, scope.ServiceProvider.GetRequiredService<RuleBook>(), officer, retired,
            Intakes.Sentence(Domain.Cases.SentenceType.SuspendedSentence, new DateOnly(2025, 3, 10), app.Today, judgment.Value!.Id), CancellationToken.None);
        Assert.True(opened.Succeeded, string.Join(" ", opened.Errors.SelectMany(e => e.Value)));
        return (kept, retired, judgment.Value.Id, opened.Value!.Id);
    }

    [SkippableFact]
    public async Task A_merge_moves_the_judgment_and_case_hides_the_retired_record_is_audited_and_is_undone_exactly()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Phạm Văn Gộp");
        var (kept, retired, judgment, @case) = await TwoRecordsAsync(name);
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var merged = await api.PostAsJsonAsync($"/api/v1/people/{kept}/merge", new { otherId = retired, keep = new Dictionary<string, string> { ["address"] = "other" } });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var mergeId = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mergeId").GetGuid();

        // The judgment and the case now belong to the kept person, who took the retired record's address.
        var moved = await app.WithDbAsync(async db => (
            await db.Judgments.Where(j => j.Id == judgment).Select(j => j.PersonId).SingleAsync(),
            await db.Cases.Where(c => c.Id == @case).Select(c => c.PersonId).SingleAsync(),
            await db.People.Where(p => p.Id == kept).Select(p => p.Address).SingleAsync()));
        Assert.Equal((kept, kept, "Tổ 9, thôn Mới"), moved);
        // The retired record is gone from search and its page answers 404; the kept one is found once.
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/people/{retired}")).StatusCode);
        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(name)}");
        Assert.Equal([kept], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/People/Details/{retired}")).StatusCode);
        // Audited on both records; the kept person's timeline also shows the retired record's history (its judgment's creation).
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Merge && (a.PersonId == kept || a.PersonId == retired)).CountAsync());
        Assert.Equal(2, audited);
        var file = WebUtility.HtmlDecode(await pages.GetStringAsync($"/People/Details/{kept}"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(file, "Tạo mới thông tin cá nhân").Count); // its own creation and the retired one's
        var history = await api.GetFromJsonAsync<JsonElement>("/api/v1/merges");
        var listed = Assert.Single(history.EnumerateArray(), m => m.GetProperty("id").GetGuid() == mergeId);
        Assert.True(listed.GetProperty("movedRows").GetInt32() >= 2); // the judgment and the case at least

        // Undo: everything back as it was, the retired record visible again; a second undo is refused with the reason.
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null)).StatusCode);
        var back = await app.WithDbAsync(async db => (
            await db.Judgments.Where(j => j.Id == judgment).Select(j => j.PersonId).SingleAsync(),
            await db.Cases.Where(c => c.Id == @case).Select(c => c.PersonId).SingleAsync(),
            await db.People.Where(p => p.Id == kept).Select(p => p.Address).SingleAsync()));
        Assert.Equal((retired, retired, "Tổ 1, thôn Cũ"), back);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/people/{retired}")).StatusCode);
        var again = await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null);
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("đã được hoàn tác", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Unmerge && a.PersonId == retired).CountAsync()));
    }

    [SkippableFact]
    public async Task Another_communes_officer_gets_404_and_a_bad_choice_is_named()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Lê Thị Phạm Vi");
        var a1 = await app.CreatePersonAsync(Unit.A, name);
        var a2 = await app.CreatePersonAsync(Unit.A, name);
        var theirs = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.PostAsJsonAsync($"/api/v1/people/{a1}/merge", new { otherId = a2 })).StatusCode);
        var mine = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.PostAsJsonAsync($"/api/v1/people/{a1}/merge", new { otherId = app.PersonB })).StatusCode);
        var bad = await mine.PostAsJsonAsync($"/api/v1/people/{a1}/merge", new { otherId = a2, keep = new Dictionary<string, string> { ["fullName"] = "both" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Họ và tên: hãy chọn", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync($"/api/v1/people/{a2}")).StatusCode);
    }

    [SkippableFact]
    public async Task The_merge_page_offers_a_choice_per_differing_field_and_the_history_page_undoes_it()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Vũ Văn Trang");
        var (kept, retired, _, _) = await TwoRecordsAsync(name);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = WebUtility.HtmlDecode(await pages.GetStringAsync($"/People/Merge/{kept}/{retired}"));
        Assert.Contains("keep-Address-other", form);
        Assert.DoesNotContain("keep-FullName-other", form); // the same name: nothing to choose

        var done = await HoaNhapApp.PostFormAsync(pages, $"/People/Merge/{kept}/{retired}", $"/People/Merge/{kept}/{retired}",
            new Dictionary<string, string> { ["Keep[Address]"] = "other" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var merges = WebUtility.HtmlDecode(await pages.GetStringAsync("/People/Merges"));
        Assert.Contains(name, merges);
        var mergeId = await app.WithDbAsync(db => db.PersonMerges.Where(m => m.KeptId == kept).Select(m => m.Id).SingleAsync());
        var undone = await HoaNhapApp.PostFormAsync(pages, "/People/Merges", "/People/Merges?handler=Undo",
            new Dictionary<string, string> { ["mergeId"] = mergeId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/People/Details/{retired}")).StatusCode);
        Assert.Contains("Đã hoàn tác", WebUtility.HtmlDecode(await pages.GetStringAsync("/People/Merges")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MergeTests_Sqlite(SqliteApp app) : MergeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MergeTests_Postgres(PostgresApp app) : MergeTests(app);
