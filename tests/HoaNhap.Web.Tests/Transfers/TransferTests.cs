using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Transfers;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Transfers.TransferTestData;

namespace HoaNhap.Web.Tests.Transfers;

/// <summary>
/// Change of residence and transfer of the case: within the province (commune A 04792 → commune C 04795,
/// consent by the commune police) and to another province (A, province 25 → B, province 01, consent by the
/// provincial police); the receiving commune acknowledges or refuses; access moves with the case; both sides
/// keep the record and the audit log has each step.
/// </summary>
public abstract class TransferTests(HoaNhapApp app)
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    string Today => Iso(app.Today);

    async Task<(Guid Person, Guid Case)> PersonWithCaseAsync(string name, Unit unit = Unit.A)
    {
        var person = await app.CreatePersonAsync(unit, TestData.Unique(name), assignSupervisor: true);
        return (person, await OpenCaseAsync(app, person));
    }

    object Request(string province, string commune) => new
    {
        toProvinceCode = province, toCommuneCode = commune, newAddress = "Số 12, tổ 5, khu Hữu Nghị",
        reason = "Về ở cùng gia đình", requestedOn = Iso(app.Today.AddDays(-2)),
    };

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [SkippableFact]
    public async Task A_move_within_the_province_is_consented_by_the_commune_police_and_access_moves_on_acknowledgement()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Nguyễn Văn Chuyển");
        var officerA = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var provinceA = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var supervisorA = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var officerC = await ApiAsync(app, await CommuneOfficerOfCAsync(app));

        var created = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", CommuneC)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("CommunePolice", created.GetProperty("consentAuthority").GetString());
        Assert.Equal("Requested", created.GetProperty("status").GetString());
        Assert.Equal("04792", created.GetProperty("fromCommuneCode").GetString());
        Assert.Equal(CommuneC, created.GetProperty("toCommuneCode").GetString());

        // Within the province the province police are not the competent body; nor may the receiver act yet.
        Assert.Equal(HttpStatusCode.Forbidden, (await provinceA.PostAsJsonAsync($"/api/v1/transfers/{id}/consent", new { consentedOn = Today })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerC.PostAsJsonAsync($"/api/v1/transfers/{id}/consent", new { consentedOn = Today })).StatusCode);
        var early = await officerC.PostAsJsonAsync($"/api/v1/transfers/{id}/acknowledge", new { acknowledgedOn = Today });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);

        var sent = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/transfers/{id}/consent", new { consentedOn = Today, consentNumber = "7/CAX" }), HttpStatusCode.OK);
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(app.Today.AddDays(7), DateOnly.Parse(sent.GetProperty("receiverDueOn").GetString()!));
        Assert.True(DateOnly.Parse(sent.GetProperty("handOverDueOn").GetString()!) > app.Today);

        // The notice is in the case file: issued by the commune police, to the receiving commune, the procuracy and the court.
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var notice = await db.Set<CaseFileItem>().AsNoTracking().SingleAsync(f => f.CaseId == caseId && f.Kind == CaseFileItemKind.TransferNotice);
            var text = string.Join("\n", AdministrativeDocument.Text(notice.Content!));
            Assert.Contains("CÔNG AN PHƯỜNG TÂN HÒA", text);
            Assert.Contains("Công an Phường Hòa Bình", text);
            Assert.Contains("Viện kiểm sát", text);
            Assert.Contains("Tòa án", text);
            Assert.Contains("Điều 68 khoản 2 điểm b", text);
        }

        // Before acknowledgement the receiver sees the transfer but not the case; the list and the worklist show it.
        Assert.Equal(HttpStatusCode.NotFound, (await officerC.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerC.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var incoming = await JsonAsync(await officerC.GetAsync("/api/v1/transfers?direction=incoming"), HttpStatusCode.OK);
        Assert.Contains(incoming.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        var outgoing = await JsonAsync(await officerA.GetAsync("/api/v1/transfers?direction=outgoing"), HttpStatusCode.OK);
        Assert.Contains(outgoing.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(app.Today, CancellationToken.None);
        var work = await JsonAsync(await officerC.GetAsync("/api/v1/worklist"), HttpStatusCode.OK);
        Assert.Contains(work.EnumerateArray(), i => i.GetProperty("kind").GetString() == "TransferAwaitingAcknowledgement"
            && i.GetProperty("personId").GetGuid() == person && i.GetProperty("caseId").GetGuid() == caseId);
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            // A row another feature placed with the case, to show that rows move generically.
            db.Set<WorklistItem>().Add(new WorklistItem
            {
                Kind = WorklistKind.CheckInDue, PersonId = person, CaseId = caseId, ProvinceCode = "25", CommuneCode = "04792",
                DueOn = app.Today, Title = "thử", ComputedOn = app.Today,
            });
            await db.SaveChangesAsync();
        }

        var acknowledged = await JsonAsync(await officerC.PostAsJsonAsync($"/api/v1/transfers/{id}/acknowledge", new { acknowledgedOn = Today }), HttpStatusCode.OK);
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());

        // Access moved: the sending commune and its supervisor no longer see the case; the receiver does.
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.GetAsync($"/api/v1/people/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisorA.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var history = await JsonAsync(await officerC.GetAsync($"/api/v1/cases/{caseId}/transfers"), HttpStatusCode.OK);
        Assert.Single(history.EnumerateArray());
        var moved = await JsonAsync(await officerC.GetAsync($"/api/v1/people/{person}"), HttpStatusCode.OK);
        Assert.Equal(CommuneC, moved.GetProperty("communeCode").GetString());
        Assert.Equal("Số 12, tổ 5, khu Hữu Nghị", moved.GetProperty("address").GetString());
        // The province sees the case wherever it is in the province.
        Assert.Equal(HttpStatusCode.OK, (await provinceA.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);

        // Both sides keep the record of the transfer.
        Assert.Equal(HttpStatusCode.OK, (await officerA.GetAsync($"/api/v1/transfers/{id}")).StatusCode);
        outgoing = await JsonAsync(await officerA.GetAsync("/api/v1/transfers?direction=outgoing"), HttpStatusCode.OK);
        Assert.Contains(outgoing.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id && t.GetProperty("status").GetString() == "Acknowledged");

        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId);
            Assert.Equal((ProvinceC, CommuneC, CaseStatus.Active), (c.ProvinceCode, c.CommuneCode, c.Status));
            Assert.All(await db.Set<CaseFileItem>().AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync(), f => Assert.Equal(CommuneC, f.CommuneCode));
            Assert.All(await db.Set<WorklistItem>().AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync(), f => Assert.Equal(CommuneC, f.CommuneCode));
            var assignments = await db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == person).ToListAsync();
            Assert.All(assignments, a => Assert.Equal((app.Today as DateOnly?, CommuneC), (a.EndedOn, a.CommuneCode)));
            var t = await db.Set<CaseTransfer>().AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal(("04792", CommuneC), (t.CommuneCode, t.ToCommuneCode));
            Assert.Contains("CaseFileItem: 1", t.MovedSummary);
            Assert.Contains("WorklistItem", t.MovedSummary);
            Assert.True(await db.Set<WorklistItem>().AnyAsync(i => i.CaseId == caseId && i.Kind == WorklistKind.CheckInDue && i.CommuneCode == CommuneC));
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CaseTransfer) && a.EntityId == id.ToString()).ToListAsync();
            Assert.Contains(audit, a => a.Action == AuditActions.Create && a.CommuneCode == "04792");
            Assert.Contains(audit, a => a.Action == AuditActions.Update && a.CommuneCode == "04792" && a.Details!.Contains("tiếp nhận"));
            Assert.Contains(audit, a => a.Action == AuditActions.Update && a.CommuneCode == CommuneC && a.Details!.Contains("tiếp nhận"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Person" && a.EntityId == person.ToString() && a.Action == AuditActions.Update));
        }
    }

    [SkippableFact]
    public async Task A_move_to_another_province_is_consented_by_the_provincial_police_and_the_receiver_may_refuse()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Trần Văn Xa");
        var officerA = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var provinceA = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var provinceB = await app.ApiAsync(Roles.ProvinceOfficer, Unit.B);

        var first = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("01", "00004")), HttpStatusCode.Created);
        var id = first.GetProperty("id").GetGuid();
        Assert.Equal("ProvincePolice", first.GetProperty("consentAuthority").GetString());
        // The commune police may not consent to a move out of the province.
        Assert.Equal(HttpStatusCode.Forbidden, (await officerA.PostAsJsonAsync($"/api/v1/transfers/{id}/consent", new { consentedOn = Today })).StatusCode);
        await JsonAsync(await provinceA.PostAsJsonAsync($"/api/v1/transfers/{id}/consent", new { consentedOn = Today }), HttpStatusCode.OK);
        // A refusal needs a reason.
        await JsonAsync(await officerB.PostAsJsonAsync($"/api/v1/transfers/{id}/refuse", new { refusedOn = Today }), HttpStatusCode.BadRequest);
        var refused = await JsonAsync(await officerB.PostAsJsonAsync($"/api/v1/transfers/{id}/refuse",
            new { refusedOn = Today, reason = "Địa chỉ nơi cư trú mới không có thật" }), HttpStatusCode.OK);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        // The case stays; nothing moved.
        Assert.Equal(HttpStatusCode.OK, (await officerA.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officerB.GetAsync($"/api/v1/transfers/{id}")).StatusCode);

        // A second request, acknowledged this time: the case goes to the other province.
        var second = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("01", "00004")), HttpStatusCode.Created);
        var id2 = second.GetProperty("id").GetGuid();
        await JsonAsync(await provinceA.PostAsJsonAsync($"/api/v1/transfers/{id2}/consent", new { consentedOn = Today }), HttpStatusCode.OK);
        await JsonAsync(await officerB.PostAsJsonAsync($"/api/v1/transfers/{id2}/acknowledge", new { acknowledgedOn = Today }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await provinceA.GetAsync($"/api/v1/cases/{caseId}/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var history = await JsonAsync(await provinceB.GetAsync($"/api/v1/cases/{caseId}/transfers"), HttpStatusCode.OK);
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await officerB.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var outgoing = await JsonAsync(await provinceA.GetAsync("/api/v1/transfers?direction=outgoing"), HttpStatusCode.OK);
        Assert.Contains(outgoing.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id2 && t.GetProperty("toProvinceCode").GetString() == "01");
    }

    [SkippableFact]
    public async Task Requests_the_law_or_the_form_does_not_allow_are_refused_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Lê Văn Sai");
        var officerA = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var supervisorA = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var leaderA = await app.ApiAsync(Roles.CommuneLeader, Unit.A);

        async Task<int> StoredAsync()
        {
            using var scope = app.Services.CreateScope();
            return await app.NewDbContext(scope).Set<CaseTransfer>().CountAsync(t => t.CaseId == caseId);
        }

        // A commune of another province than the one chosen: 400, naming the field.
        var bad = await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", "00004"));
        var problem = await JsonAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("toCommuneCode", out _));
        // The same commune: 400.
        await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", "04792")), HttpStatusCode.BadRequest);
        // Another commune's officer: 404; a supervisor or a leader: 403.
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", CommuneC))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisorA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", CommuneC))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leaderA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", CommuneC))).StatusCode);
        // The supervisor reads their person's transfers (none).
        Assert.Equal(0, (await JsonAsync(await supervisorA.GetAsync($"/api/v1/cases/{caseId}/transfers"), HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(0, await StoredAsync());

        // One open request at a time: the second is refused by rule (422).
        await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("25", CommuneC)), HttpStatusCode.Created);
        var twice = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{caseId}/transfers", Request("01", "00004")), (HttpStatusCode)422);
        Assert.Contains("chưa giải quyết xong", twice.GetProperty("detail").GetString());
        Assert.Equal(1, await StoredAsync());

        // A completed case is not transferred (422).
        var closedPerson = await app.CreatePersonAsync(Unit.A, TestData.Unique("Phạm Văn Xong"));
        var closed = await OpenCaseAsync(app, closedPerson, status: CaseStatus.Completed);
        var refused = await JsonAsync(await officerA.PostAsJsonAsync($"/api/v1/cases/{closed}/transfers", Request("25", CommuneC)), (HttpStatusCode)422);
        Assert.Contains("Đã kết thúc", refused.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task The_pages_take_a_transfer_from_request_to_acknowledgement()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Hoàng Văn Trang");
        var officerA = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var officerC = await app.SignInAsync(await CommuneOfficerOfCAsync(app), HoaNhapApp.Password);

        var casePage = await officerA.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"transfers-section\"", casePage);
        Assert.Contains($"/Transfers/Create/{caseId}", casePage);

        var form = await officerA.GetStringAsync($"/Transfers/Create/{caseId}?province=25");
        Assert.Contains("Phường Hòa Bình (04795)", form);
        Assert.Contains("Công an cấp xã", form);

        // An empty form comes back with the errors.
        var empty = await HoaNhapApp.PostFormAsync(officerA, $"/Transfers/Create/{caseId}", $"/Transfers/Create/{caseId}", new() { ["Input.ToProvinceCode"] = "25" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("error-summary", await empty.Content.ReadAsStringAsync());

        var posted = await HoaNhapApp.PostFormAsync(officerA, $"/Transfers/Create/{caseId}", $"/Transfers/Create/{caseId}", new()
        {
            ["Input.ToProvinceCode"] = "25", ["Input.ToCommuneCode"] = CommuneC, ["Input.NewAddress"] = "Tổ 7, phường Hòa Bình",
            ["Input.Reason"] = "Chuyển đến nhà mới", ["Input.RequestedOn"] = Display.Date(app.Today),
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var details = posted.Headers.Location!.OriginalString;
        var id = Guid.Parse(details.Split('/').Last());

        var consent = await HoaNhapApp.PostFormAsync(officerA, $"/Transfers/Consent/{id}", $"/Transfers/Consent/{id}",
            new() { ["Input.ConsentedOn"] = Display.Date(app.Today), ["Input.ConsentNumber"] = "9/CAX" });
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var sentPage = await officerA.GetStringAsync(details);
        Assert.Contains(TransferText.Status(TransferStatus.Sent), sentPage);
        Assert.Contains(CaseFileText.Kind(CaseFileItemKind.TransferNotice), await officerA.GetStringAsync($"/Cases/Details/{caseId}"));

        var incoming = await officerC.GetStringAsync("/Transfers?direction=incoming");
        Assert.Contains($"/Transfers/Details/{id}", incoming);
        Assert.Contains("data-testid=\"transfer-acknowledge\"", await officerC.GetStringAsync($"/Transfers/Details/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await officerC.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerA.GetAsync($"/Transfers/Acknowledge/{id}")).StatusCode);

        var ack = await HoaNhapApp.PostFormAsync(officerC, $"/Transfers/Acknowledge/{id}", $"/Transfers/Acknowledge/{id}",
            new() { ["Input.AcknowledgedOn"] = Display.Date(app.Today) });
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        Assert.Equal($"/Cases/Details/{caseId}", ack.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await officerC.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        var record = await officerA.GetStringAsync($"/Transfers/Details/{id}");
        Assert.Contains("data-testid=\"transfer-record-only\"", record);
        Assert.Contains($"/Transfers/Details/{id}", await officerA.GetStringAsync("/Transfers?direction=outgoing"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TransferTests_Sqlite(SqliteApp app) : TransferTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TransferTests_Postgres(PostgresApp app) : TransferTests(app);
