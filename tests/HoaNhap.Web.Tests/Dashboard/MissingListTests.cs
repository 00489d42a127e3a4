using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>
/// Issue 19, part 5: beside each figure, who is not yet meeting the target and the one action that closes it. The list agrees with
/// the figure (numerator + list = denominator; overdue work: list = numerator) in a commune and in the province, every row's action
/// opens the page that records the missing thing, recording it takes the row off the list, and scope, roles and bad input answer
/// as the rest of the dashboard does.
/// </summary>
public abstract class MissingListTests(HoaNhapApp app)
{
    const string Province = "25";
    static string Commune => HoaNhapApp.Units[Unit.A].Commune;
    DateOnly Today => app.Today;

    /// <summary>A returnee under management in unit A's commune since <paramref name="start"/>: (person, case).</summary>
    async Task<(Guid Person, Guid Case)> ReturneeAsync(string name, DateOnly start, string? commune = null)
    {
        var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var person = await PersonCommands.CreateAsync(db, officer, TestData.Person(TestData.Unique(name), commune ?? Commune), null, CancellationToken.None);
        if (!person.Succeeded) throw new InvalidOperationException(string.Join(" ", person.Errors.SelectMany(e => e.Value)));
        var c = new Case
        {
            PersonId = person.Value!.Id, ProvinceCode = Province, CommuneCode = commune ?? Commune, Kind = CaseKind.Reintegration,
            ReleaseKind = ReleaseKind.SentenceCompleted, StartOn = start, LegalBasisVersion = LegalBasis.For(start),
        }.InState(CaseStatus.Active);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (c.PersonId, c.Id);
    }

    /// <summary>A commune of the province with no case, no model and no training yet (the database is shared by the collection).</summary>
    Task<string> FreshCommuneAsync() => app.WithDbAsync(db => db.Communes.Where(c => c.ProvinceCode == Province && c.Code != Commune
            && !db.Cases.Any(k => k.CommuneCode == c.Code) && !db.Set<ReintegrationModel>().Any(m => m.CommuneCode == c.Code)
            && !db.Set<TrainingSession>().Any(t => t.CommuneCode == c.Code))
        .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());

    sealed record Scenario(Guid Uncounselled, Guid UncounselledCase, Guid Willing, Guid WillingCase, Guid Listed, Guid OverdueItem);

    async Task<Scenario> ScenarioAsync()
    {
        var uncounselled = await ReturneeAsync("Chưa Tư Vấn", Today.AddDays(-40));
        var willing = await ReturneeAsync("Muốn Vay", Today.AddDays(-80));
        var listed = await ReturneeAsync("Đã Lập Danh Sách", Today.AddDays(-90));
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        db.Add(new PolicyCounselling { CaseId = willing.Case, PersonId = willing.Person, ProvinceCode = Province, CommuneCode = Commune, CounselledOn = Today.AddDays(-30), Topics = "Vay vốn.", WantsLoan = true });
        db.Add(new PolicyCounselling { CaseId = listed.Case, PersonId = listed.Person, ProvinceCode = Province, CommuneCode = Commune, CounselledOn = Today.AddDays(-60), Topics = "Vay vốn.", WantsLoan = true });
        db.Add(new ReintegrationLoan
        {
            Kind = LoanKind.Individual, CaseId = listed.Case, PersonId = listed.Person, ProvinceCode = Province, CommuneCode = Commune, BorrowerName = "Đã Lập Danh Sách",
            Purpose = "Chăn nuôi.", RequestedAmount = 40_000_000, ListedOn = Today.AddDays(-20),
        });
        var item = new WorklistItem
        {
            ProvinceCode = Province, CommuneCode = Commune, Kind = WorklistKind.ReintegrationSupportOverdue, PersonId = uncounselled.Person, CaseId = uncounselled.Case,
            DueOn = Today.AddDays(-4), Title = "Giúp đỡ quá hạn", Link = $"/Cases/Details/{uncounselled.Case}#reintegration", ComputedOn = Today,
        };
        db.Add(item);
        await db.SaveChangesAsync();
        return new Scenario(uncounselled.Person, uncounselled.Case, willing.Person, willing.Case, listed.Person, item.Id);
    }

    static long? Long(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    /// <summary>The figure of each indicator in the area (<c>GET /api/v1/dashboard</c>), as the dashboard shows it.</summary>
    static async Task<Dictionary<string, (long N, long D)>> FiguresAsync(HttpClient api, string query)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/dashboard?" + query));
        return json.RootElement.GetProperty("total").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!,
            f => (Long(f.GetProperty("numerator")) ?? 0, Long(f.GetProperty("denominator")) ?? 0));
    }

    static async Task<JsonElement> MissingAsync(HttpClient api, string key, string query = "")
    {
        var response = await api.GetAsync($"/api/v1/dashboard/indicators/{key}/missing?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{key}?{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every row of the list, page after page.</summary>
    static async Task<List<JsonElement>> AllRowsAsync(HttpClient api, string key, string query = "")
    {
        var rows = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await MissingAsync(api, key, $"{query}&page={page}");
            rows.AddRange(list.GetProperty("rows").EnumerateArray());
            if (page >= list.GetProperty("pageCount").GetInt32()) return rows;
        }
    }

    [SkippableFact]
    public async Task Numerator_and_the_list_make_the_denominator_for_every_indicator_with_a_list()
    {
        app.EnsureAvailable();
        await ScenarioAsync();
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        foreach (var query in new[] { $"commune={Commune}", $"province={Province}" })
        {
            var figures = await FiguresAsync(api, query);
            foreach (var indicator in Indicators.All)
            {
                var list = await MissingAsync(api, indicator.Key, query);
                var (n, d) = figures[indicator.Key];
                var total = list.GetProperty("total").GetInt64();
                switch (MissingLists.For(indicator).Kind)
                {
                    case MissingKind.None:
                        Assert.False(list.GetProperty("hasList").GetBoolean());
                        Assert.Equal(0, total);
                        Assert.False(string.IsNullOrWhiteSpace(list.GetProperty("meaning").GetString()), $"{indicator.Key} says why it has no list");
                        break;
                    case MissingKind.WorkItems:
                        Assert.True(n == total, $"{indicator.Key} ({query}): {n} overdue items counted, {total} listed");
                        break;
                    default:
                        Assert.True(n + total == d, $"{indicator.Key} ({query}): numerator {n} + list {total} ≠ denominator {d}");
                        break;
                }
            }
        }
        // The rates that must reach 100 % have people or communes to list here, so the agreement above is not 0 + 0 = 0.
        var mine = await FiguresAsync(api, $"commune={Commune}");
        Assert.True(mine[Indicators.CounsellingCoverage].D > mine[Indicators.CounsellingCoverage].N);
        Assert.True(mine[Indicators.ListedToBank].D > mine[Indicators.ListedToBank].N);
        var province = await FiguresAsync(api, $"province={Province}");
        Assert.True(province[Indicators.CommunesTrained].D > province[Indicators.CommunesTrained].N);
        // The pages together hold as many rows as the total says.
        var counselling = await MissingAsync(api, Indicators.CounsellingCoverage, $"commune={Commune}");
        Assert.Equal(counselling.GetProperty("total").GetInt32(), (await AllRowsAsync(api, Indicators.CounsellingCoverage, $"commune={Commune}")).Count);
        var trained = await MissingAsync(api, Indicators.CommunesTrained, $"province={Province}");
        Assert.True(trained.GetProperty("pageCount").GetInt32() > 1 || trained.GetProperty("total").GetInt32() <= MissingLists.PageSize);
        Assert.Equal(trained.GetProperty("total").GetInt32(), (await AllRowsAsync(api, Indicators.CommunesTrained, $"province={Province}")).Count);
    }

    [SkippableFact]
    public async Task Each_person_on_the_list_has_the_reason_and_the_action_that_takes_them_off_it()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);

        var counselling = await AllRowsAsync(api, Indicators.CounsellingCoverage);
        var row = Assert.Single(counselling, r => r.GetProperty("caseId").GetString() == s.UncounselledCase.ToString());
        Assert.Equal(s.Uncounselled, row.GetProperty("personId").GetGuid());
        Assert.Contains("chưa được tư vấn chính sách", row.GetProperty("reason").GetString());
        Assert.Equal($"/Loans/Counselling/{s.UncounselledCase}", row.GetProperty("actionPath").GetString());
        Assert.DoesNotContain(counselling, r => r.GetProperty("personId").GetGuid() == s.Willing);
        Assert.DoesNotContain(counselling, r => r.GetProperty("personId").GetGuid() == s.Listed);

        var bank = await AllRowsAsync(api, Indicators.ListedToBank);
        var willing = Assert.Single(bank, r => r.GetProperty("personId").GetGuid() == s.Willing);
        Assert.Contains($"tư vấn ngày {Display.Date(Today.AddDays(-30))}", willing.GetProperty("reason").GetString());
        Assert.Equal($"/Loans/Propose/{s.WillingCase}", willing.GetProperty("actionPath").GetString());
        Assert.DoesNotContain(bank, r => r.GetProperty("personId").GetGuid() == s.Listed);
        Assert.DoesNotContain(bank, r => r.GetProperty("personId").GetGuid() == s.Uncounselled);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(willing.GetProperty("actionPath").GetString())).StatusCode);

        var work = await AllRowsAsync(api, Indicators.OverdueWork);
        var item = Assert.Single(work, r => r.GetProperty("recordId").GetString() == s.OverdueItem.ToString());
        Assert.Contains("đã quá 4 ngày", item.GetProperty("reason").GetString());
        Assert.Equal($"/Cases/Details/{s.UncounselledCase}#reintegration", item.GetProperty("actionPath").GetString());

        // The indicator page says how many are missing and leads to the list; the list's action opens the counselling form.
        var before = await FiguresAsync(api, "");
        var indicator = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}");
        var open = before[Indicators.CounsellingCoverage].D - before[Indicators.CounsellingCoverage].N;
        Assert.Contains($"data-testid=\"indicator-missing\" data-open=\"{open}\"", indicator);
        Assert.Contains($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing?", indicator);
        var list = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing?page={PageOf(counselling, s.UncounselledCase)}");
        Assert.Contains($"data-total=\"{open}\"", list);
        Assert.Contains($"data-case=\"{s.UncounselledCase}\"", list);
        Assert.Contains($"href=\"/Loans/Counselling/{s.UncounselledCase}\" data-testid=\"missing-action\"", list);
        var form = await pages.GetAsync($"/Loans/Counselling/{s.UncounselledCase}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var saved = await HoaNhapApp.PostFormAsync(pages, $"/Loans/Counselling/{s.UncounselledCase}", $"/Loans/Counselling/{s.UncounselledCase}", new()
        {
            ["Input.CounselledOn"] = Display.Date(Today), ["Input.Topics"] = "Chính sách vay vốn, việc làm.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Recorded: off the list, and the figure moved by one.
        Assert.DoesNotContain(await AllRowsAsync(api, Indicators.CounsellingCoverage), r => r.GetProperty("caseId").GetString() == s.UncounselledCase.ToString());
        var after = await FiguresAsync(api, "");
        Assert.Equal(before[Indicators.CounsellingCoverage].N + 1, after[Indicators.CounsellingCoverage].N);
        Assert.Equal(open - 1, (await MissingAsync(api, Indicators.CounsellingCoverage)).GetProperty("total").GetInt64());

        // The commune leader reads the list, but the counselling is the police's to record: no action to follow, the reason says who.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var forLeader = Assert.Single(await AllRowsAsync(leader, Indicators.ListedToBank), r => r.GetProperty("personId").GetGuid() == s.Willing);
        Assert.Equal(JsonValueKind.Null, forLeader.GetProperty("actionPath").ValueKind);
        Assert.Contains("Công an xã", forLeader.GetProperty("reason").GetString());

        // Reading the list is audited.
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == HoaNhap.Domain.Audit.AuditActions.View && a.EntityType == "Person"
            && a.Details!.Contains($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == HoaNhap.Domain.Audit.AuditActions.View && a.EntityType == "Person"
            && a.Details!.Contains($"/api/v1/dashboard/indicators/{Indicators.ListedToBank}/missing")));
    }

    static int PageOf(List<JsonElement> rows, Guid caseId) =>
        rows.FindIndex(r => r.GetProperty("caseId").GetString() == caseId.ToString()) / MissingLists.PageSize + 1;

    [SkippableFact]
    public async Task Communes_not_yet_trained_or_without_a_model_have_the_action_that_records_it()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);

        // A commune never trained: the training form opens with that commune chosen.
        var untrained = await FreshCommuneAsync();
        var training = Assert.Single((await MissingAsync(api, Indicators.CommunesTrained, $"commune={untrained}")).GetProperty("rows").EnumerateArray());
        Assert.Equal(untrained, training.GetProperty("communeCode").GetString());
        Assert.Contains("chưa từng được tập huấn", training.GetProperty("reason").GetString());
        Assert.Equal($"/Programmes/TrainingCreate?commune={untrained}", training.GetProperty("actionPath").GetString());
        var form = await pages.GetStringAsync(training.GetProperty("actionPath").GetString());
        Assert.Matches($"<option[^>]*(selected[^>]*value=\"{untrained}\"|value=\"{untrained}\"[^>]*selected)", form);
        var recorded = await api.PostAsJsonAsync("/api/v1/programmes/training-sessions", new
        {
            communeCode = untrained, heldOn = Display.Date(Today.AddDays(-1)), organiser = "Công an tỉnh", topic = "Quy trình tái hòa nhập",
            unitsTrained = "Công an xã, UBND xã", peopleTrained = 12,
        });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        Assert.Equal(0, (await MissingAsync(api, Indicators.CommunesTrained, $"commune={untrained}")).GetProperty("total").GetInt32());

        // Ten returnees and nothing else: the commune must register a model first; once it has one, an exemplary individual.
        var commune = await FreshCommuneAsync();
        for (var i = 0; i < 10; i++) await ReturneeAsync("Hoàn Lương", Today.AddMonths(-6), commune);
        var models = Assert.Single((await MissingAsync(api, Indicators.ModelCommunes, $"commune={commune}")).GetProperty("rows").EnumerateArray());
        Assert.Contains("10 người chấp hành xong án phạt tù", models.GetProperty("reason").GetString());
        Assert.Contains("mô hình", models.GetProperty("reason").GetString());
        Assert.Equal($"/ReintegrationModels/Edit?commune={commune}", models.GetProperty("actionPath").GetString());
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(models.GetProperty("actionPath").GetString())).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            db.Add(new ReintegrationModel
            {
                ProvinceCode = Province, CommuneCode = commune, Name = "Tiếp sức hòa nhập cộng đồng", EstablishedOn = Today.AddDays(-30),
                Lead = LeadOrganisation.WomenUnion, Goal = "Giúp đỡ người chấp hành xong án phạt tù.",
            });
            await db.SaveChangesAsync();
        }
        var exemplary = Assert.Single((await MissingAsync(api, Indicators.ModelCommunes, $"commune={commune}")).GetProperty("rows").EnumerateArray());
        Assert.Contains("cá nhân điển hình", exemplary.GetProperty("reason").GetString());
        Assert.Equal($"/Communes/{commune}", exemplary.GetProperty("actionPath").GetString());
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(exemplary.GetProperty("actionPath").GetString())).StatusCode);

        // The province's list names the commune too, and its page links to the commune's own list.
        var province = await AllRowsAsync(api, Indicators.ModelCommunes, $"province={Province}");
        Assert.Contains(province, r => r.GetProperty("communeCode").GetString() == commune);
        var html = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.ModelCommunes}/Missing?province={Province}");
        Assert.Contains($"data-commune=\"{commune}\"", html);
    }

    [SkippableFact]
    public async Task A_count_says_it_has_no_list_and_scope_roles_and_bad_input_answer_as_the_dashboard()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var caseload = await MissingAsync(api, Indicators.Caseload);
        Assert.False(caseload.GetProperty("hasList").GetBoolean());
        Assert.Contains("số đếm", caseload.GetProperty("meaning").GetString());
        var violations = await MissingAsync(api, Indicators.ViolationRate);
        Assert.False(violations.GetProperty("hasList").GetBoolean());
        Assert.Contains("dưới mức", violations.GetProperty("meaning").GetString());
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.Caseload}/Missing");
        Assert.Contains("data-testid=\"missing-none\"", html);
        Assert.Contains("data-testid=\"indicator-missing-none\"", await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.Caseload}"));

        // Another commune, another province, an unknown indicator: not found.
        var other = HoaNhapApp.Units[Unit.B];
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/dashboard/indicators/{Indicators.CounsellingCoverage}/missing?commune={other.Commune}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing?commune={other.Commune}")).StatusCode);
        var provinceOfficer = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await provinceOfficer.GetAsync($"/api/v1/dashboard/indicators/{Indicators.CommunesTrained}/missing?commune={other.Commune}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provinceOfficer.GetAsync($"/api/v1/dashboard/indicators/{Indicators.CommunesTrained}/missing?province={other.Province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/dashboard/indicators/khong-co/missing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/Dashboard/Indicator/khong-co/Missing")).StatusCode);

        // Roles that do not read the people behind a figure: refused, the administrator included (counts only).
        foreach (var role in new[] { Roles.SystemAdmin, Roles.Supervisor, Roles.CourtReader, Roles.BankOfficer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role, Unit.A)).GetAsync($"/api/v1/dashboard/indicators/{Indicators.CounsellingCoverage}/missing")).StatusCode);

        // Bad input: 400 naming the field, in Vietnamese; the page says it above the content.
        foreach (var (query, field) in new[] { ("month=2026-13", "month"), ("month=thang-muoi", "month"), ("page=0", "page"), ("page=abc", "page") })
        {
            var response = await api.GetAsync($"/api/v1/dashboard/indicators/{Indicators.CounsellingCoverage}/missing?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var errors = problem.GetProperty("errors").EnumerateObject().ToList();
            var error = Assert.Single(errors);
            Assert.Equal(field, error.Name);
            Assert.Contains($"({field}) phải", error.Value.EnumerateArray().Single().GetString());
        }
        // The endpoint is in the OpenAPI document.
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/dashboard/indicators/{key}/missing", out var item) && item.TryGetProperty("get", out _));
        var bad = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing?month=2026-13");
        Assert.Contains("data-testid=\"error-summary\"", bad);
        Assert.Contains("Kỳ báo cáo (month) phải có dạng", bad);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MissingListTests_Sqlite(SqliteApp app) : MissingListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MissingListTests_Postgres(PostgresApp app) : MissingListTests(app);

/// <summary>The catalogue of lists, without a database: every target to reach has its list, every other figure says why it has none.</summary>
public sealed class MissingDefinitionsTests
{
    [Fact]
    public void Every_target_to_reach_has_a_list_and_every_other_figure_says_why_not()
    {
        foreach (var i in Indicators.All)
        {
            var d = MissingLists.For(i);
            Assert.False(string.IsNullOrWhiteSpace(d.Meaning), i.Key);
            if (i.HasData && i.Direction is TargetDirection.AtLeast or TargetDirection.AtMost)
                Assert.True(d.HasList, $"{i.Key} has a target to reach but no list of who does not reach it yet.");
            else
                Assert.False(d.HasList, $"{i.Key} has no target to reach: nobody is missing.");
        }
    }

    [Theory]
    [InlineData(null, null, true, 1)]
    [InlineData("2026-11", "3", true, 3)]
    [InlineData("2026-13", null, false, 1)]
    [InlineData("11/2026", null, false, 1)]
    [InlineData(null, "0", false, 0)]
    [InlineData(null, "-2", false, 0)]
    [InlineData(null, "1.5", false, 0)]
    [InlineData(null, "hai", false, 0)]
    public void The_month_and_the_page_are_checked(string? month, string? page, bool valid, int number)
    {
        var errors = MissingLists.Check(month, page, out var n);
        Assert.Equal(valid, errors.Count == 0);
        if (valid) Assert.Equal(number, n);
        else Assert.All(errors, e => Assert.Contains($"({e.Key}) phải", e.Value.Single()));
    }
}
