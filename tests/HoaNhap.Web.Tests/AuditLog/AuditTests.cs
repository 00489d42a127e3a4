using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.AuditLog;

/// <summary>The audit log: who did what to whom, from where; append-only and hash-chained.</summary>
public abstract class AuditTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    public static readonly TheoryData<string> RolesWithoutAudit =
        new(Roles.All.Where(r => !Roles.ReadsAudit(r)));

    async Task<List<AuditEntry>> EntriesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> where)
    {
        using var scope = App.Services.CreateScope();
        return await where(App.NewDbContext(scope).AuditEntries.AsNoTracking()).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>An API client of that role whose requests come from <paramref name="address"/> (the in-memory server has no network).</summary>
    async Task<HttpClient> ApiFromAsync(string role, Unit unit, IPAddress address)
    {
        var signedIn = await App.ApiAsync(role, unit);
        var client = new HttpClient(App.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address)) { BaseAddress = App.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    [SkippableFact]
    public async Task Creating_editing_viewing_and_searching_a_person_each_leave_an_entry_naming_who_whom_where_and_from_where()
    {
        App.EnsureAvailable();
        var from = IPAddress.Parse("10.25.47.92");
        var api = await ApiFromAsync(Roles.CommuneOfficer, Unit.A, from);
        var officer = await App.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        var tag = TestData.Unique("Quách Văn Vết");
        var response = await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(tag, "04792"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(created.GetRawText())!;
        body["phone"] = "0911222333";
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/people/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/people/{id}")).StatusCode);
        var query = HoaNhap.Domain.Text.VietnameseText.Fold(tag);
        Assert.Equal(1, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(query)}")).GetProperty("total").GetInt32());

        var forPerson = await EntriesAsync(q => q.Where(a => a.PersonId == id));
        var search = Assert.Single(await EntriesAsync(q => q.Where(a => a.Action == AuditActions.Search && a.Details!.Contains(query))));
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.View], forPerson.Select(a => a.Action));
        foreach (var entry in forPerson.Append(search))
        {
            Assert.Equal(officer.UserName, entry.UserName);
            Assert.Equal(officer.UserId, entry.UserId);
            Assert.Equal("25", entry.ProvinceCode);
            Assert.Equal("04792", entry.CommuneCode);
            Assert.Equal(from.ToString(), entry.ClientAddress);
            Assert.Equal("Person", entry.EntityType);
        }
        Assert.All(forPerson, e => Assert.Equal(id.ToString(), e.EntityId));
        Assert.Null(search.PersonId);

        var update = forPerson[1];
        using var details = JsonDocument.Parse(update.Details!);
        var phone = details.RootElement.GetProperty("Phone");
        Assert.Equal("0987654321", phone[0].GetString());
        Assert.Equal("0911222333", phone[1].GetString());
        Assert.False(details.RootElement.TryGetProperty("FullName", out _), "Unchanged fields are not listed as changes.");
        Assert.False(details.RootElement.TryGetProperty("SearchKey", out _));

        var created1 = JsonDocument.Parse(forPerson[0].Details!).RootElement;
        Assert.Equal(tag, created1.GetProperty("FullName")[1].GetString());

        // A province officer reads the same story through the API.
        var province = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var page = await province.GetFromJsonAsync<JsonElement>($"/api/v1/audit?personId={id}");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal([AuditActions.View, AuditActions.Update, AuditActions.Create],
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()));
    }

    [SkippableFact]
    public async Task Sign_ins_and_failed_sign_ins_are_recorded_with_the_channel()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        await SubmitLoginAsync(Browser(App), user.UserName, "Wrong-Passw0rd-1");
        await SubmitLoginAsync(Browser(App), user.UserName, user.Password);
        var from = IPAddress.Parse("192.168.25.4");
        await RequestTokenAsync(new HttpClient(App.Server.CreateHandler(c => c.Connection.RemoteIpAddress = from)) { BaseAddress = App.Server.BaseAddress },
            user.UserName, user.Password);

        var entries = await EntriesAsync(q => q.Where(a => a.EntityId == user.Id && (a.Action == AuditActions.SignIn || a.Action == AuditActions.SignInFailed)));
        Assert.Equal([AuditActions.SignInFailed, AuditActions.SignIn, AuditActions.SignIn], entries.Select(e => e.Action));
        Assert.Equal(["web", "web", "api"], entries.Select(e => JsonDocument.Parse(e.Details!).RootElement.GetProperty("channel").GetString()));
        Assert.All(entries, e => Assert.Equal(user.UserName, JsonDocument.Parse(e.Details!).RootElement.GetProperty("userName").GetString()));
        Assert.All(entries, e => Assert.Equal("04792", e.CommuneCode));
        Assert.DoesNotContain(entries, e => e.Details!.Contains("Passw0rd"));
        Assert.Equal(from.ToString(), entries[^1].ClientAddress);
    }

    [SkippableFact]
    public async Task The_chains_verify_as_intact_and_a_province_officer_verifies_their_province()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Lý Văn Chuỗi"), "04792"))).EnsureSuccessStatusCode();

        using (var scope = App.Services.CreateScope())
        {
            var db = App.NewDbContext(scope);
            var result = await AuditVerification.VerifyAsync(db);
            Assert.True(result.Intact, $"Broken at {result.FirstBadEntry}: {result.Reason}");
            Assert.Null(result.FirstBadEntry);
            Assert.Equal(await db.AuditEntries.LongCountAsync(), result.EntriesChecked);
            // One chain per province, numbered from 1 without gaps; entries of no province in the national chain 00.
            Assert.Contains(result.Chains, c => c.Chain == "25");
            Assert.Contains(result.Chains, c => c.Chain == "01");
            Assert.Contains(result.Chains, c => c.Chain == AuditChain.National);
            var chain25 = await db.AuditEntries.AsNoTracking().Where(a => a.Chain == "25").OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
            Assert.Equal(Enumerable.Range(1, chain25.Count).Select(i => (long)i), chain25);
            Assert.True(await db.AuditEntries.AllAsync(a => a.Chain == (a.ProvinceCode ?? AuditChain.National)));
        }
        Assert.Equal(0, await AuditVerification.RunCommandAsync(App.Services));

        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verified.GetProperty("intact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("firstBadEntry").ValueKind);
        Assert.True(verified.GetProperty("anchoredUpTo").TryGetProperty("01", out _));
        var province = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var own = await province.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(own.GetProperty("intact").GetBoolean());
        Assert.Equal(["25"], own.GetProperty("chains").EnumerateArray().Select(c => c.GetProperty("chain").GetString()));
        Assert.Equal(["25"], own.GetProperty("anchoredUpTo").EnumerateObject().Select(p => p.Name));
        var commune = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync("/api/v1/audit/verify")).StatusCode);

        var page = await HoaNhapApp.PostFormAsync(await App.PagesAsync(Roles.SystemAdmin, Unit.A), "/AuditLog", "/AuditLog?handler=Verify", new());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", await page.Content.ReadAsStringAsync());
        var provincePage = await HoaNhapApp.PostFormAsync(await App.PagesAsync(Roles.ProvinceOfficer, Unit.A), "/AuditLog", "/AuditLog?handler=Verify", new());
        Assert.Equal(HttpStatusCode.OK, provincePage.StatusCode);
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", await provincePage.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_daily_anchor_is_written_outside_the_database_and_a_province_officer_sees_only_their_line_to_copy()
    {
        App.EnsureAvailable();
        var settings = App.Services.GetRequiredService<HoaNhap.Data.Audit.AuditChainSettings>();
        await App.WithDbAsync(db => AuditAnchoring.WriteAllAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));
        var head25 = await App.WithDbAsync(db => db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Chain == "25"));
        var line = $"chain=25 count={head25.Sequence} head={head25.Hash}";
        Assert.Contains(line, await File.ReadAllTextAsync(settings.AnchorFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(settings.AnchorFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!,
                    HoaNhap.Data.Audit.AuditChainSettings.KeyFileName)));
        }
        // The key is not in the database: no table holds it.
        Assert.DoesNotContain(Convert.ToBase64String(settings.Key), await File.ReadAllTextAsync(settings.AnchorFile));

        var province = await App.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await province.GetStringAsync("/AuditLog");
        Assert.Contains("data-testid=\"anchors\"", html);
        Assert.Contains(line, html);
        Assert.DoesNotContain("chain=01 ", html);
        var api = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var anchors = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit/anchors");
        var only = Assert.Single(anchors.EnumerateArray());
        Assert.Equal("25", only.GetProperty("chain").GetString());
        Assert.Contains(line, only.GetProperty("line").GetString());
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/anchors");
        Assert.Contains(all.EnumerateArray(), a => a.GetProperty("chain").GetString() == "01");
    }

    [SkippableFact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        App.EnsureAvailable();
        using var scope = App.Services.CreateScope();
        var db = App.NewDbContext(scope);
        var first = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = {0} WHERE \"Id\" = {1}", "{}", first.Id));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'ai-do' WHERE \"Id\" = {0}", first.Id));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", first.Id));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        var after = await db.AuditEntries.AsNoTracking().FirstAsync(a => a.Id == first.Id);
        Assert.Equal(first.Details, after.Details);
        Assert.Equal(first.UserName, after.UserName);
        Assert.Equal(first.Hash, after.Hash);

        // Through EF as well: the tracked change is refused, nothing is written.
        var tracked = await db.AuditEntries.FirstAsync(a => a.Id == first.Id);
        tracked.Details = "{\"sửa\":true}";
        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        Assert.Equal(first.Details, (await EntriesAsync(q => q.Where(a => a.Id == first.Id)))[0].Details);
    }

    [SkippableFact]
    public async Task A_province_officer_reads_only_entries_of_their_province_and_a_commune_officer_is_refused()
    {
        App.EnsureAvailable();
        var otherProvince = await App.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var tag = HoaNhap.Domain.Text.VietnameseText.Fold(TestData.Unique("Tìm Bên Kia"));
        (await otherProvince.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(tag)}")).EnsureSuccessStatusCode();
        var province = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);

        var all = await EntriesAsync(q => q);
        Assert.Contains(all, a => a.ProvinceCode == "01");
        var own = await province.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        Assert.Equal(all.Count(a => a.ProvinceCode == "25"), own.GetProperty("total").GetInt32());
        Assert.NotEmpty(own.GetProperty("items").EnumerateArray());
        Assert.All(own.GetProperty("items").EnumerateArray(), i => Assert.Equal("25", i.GetProperty("provinceCode").GetString()));
        Assert.Equal(0, (await province.GetFromJsonAsync<JsonElement>($"/api/v1/audit?personId={App.PersonB}")).GetProperty("total").GetInt32());
        var theirSearches = await province.GetFromJsonAsync<JsonElement>($"/api/v1/audit?userName={HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.B)}");
        Assert.Equal(0, theirSearches.GetProperty("total").GetInt32());

        // Reading the audit log is itself a read of personal data: the province officer's reads above are entries now.
        var before = (await EntriesAsync(q => q)).Count;
        var everything = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        Assert.Equal(before, everything.GetProperty("total").GetInt32());
        Assert.Contains(everything.GetProperty("items").EnumerateArray(), i => i.GetProperty("details").GetString()?.Contains(tag) == true);

        var commune = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var refused = await commune.GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Không có quyền", (await ProblemAsync(refused)).GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task The_audit_page_shows_the_administrator_everything_and_a_province_officer_their_province()
    {
        App.EnsureAvailable();
        var otherProvince = await App.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var tag = HoaNhap.Domain.Text.VietnameseText.Fold(TestData.Unique("Trang Nhật Ký"));
        (await otherProvince.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(tag)}")).EnsureSuccessStatusCode();
        var filter = $"/AuditLog?action=Search&userName={HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.B)}";

        var admin = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var adminPage = await admin.GetAsync(filter);
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        var adminHtml = await adminPage.Content.ReadAsStringAsync();
        Assert.Contains(tag, adminHtml);
        Assert.Contains("data-testid=\"verify-audit\"", adminHtml);

        var province = await App.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var provincePage = await province.GetAsync(filter);
        Assert.Equal(HttpStatusCode.OK, provincePage.StatusCode);
        var provinceHtml = await provincePage.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"audit\"", provinceHtml);
        Assert.DoesNotContain(tag, provinceHtml);
        Assert.Contains("data-testid=\"verify-audit\"", provinceHtml);
    }

    [SkippableTheory]
    [MemberData(nameof(RolesWithoutAudit))]
    public async Task The_audit_page_and_api_answer_403_to_other_roles(string role)
    {
        App.EnsureAvailable();
        var browser = await App.PagesAsync(role, Unit.A);
        var page = await browser.GetAsync("/AuditLog");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("data-testid=\"audit\"", await page.Content.ReadAsStringAsync());
        var api = await App.ApiAsync(role, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTests_Sqlite(SqliteApp app) : AuditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditTests_Postgres(PostgresApp app) : AuditTests(app);
