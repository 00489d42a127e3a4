using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Breaches;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Breaches;

/// <summary>
/// Breaches and escalation through the API and the pages: minutes and evidence kept in the case file,
/// the law's threshold reached → a drafted proposal with its deadline, sending it (commune officer or
/// leader, confirmed), the court's decision moving the case, absconding, refusals storing nothing, scope.
/// </summary>
public abstract class BreachesTests(HoaNhapApp app)
{
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    DateOnly Today => app.Today;

    static object Breach(DateOnly on, bool intentional = true, string kind = "ObligationBreach", byte[]? file = null, bool sanction = false) => new
    {
        kind, occurredOn = Iso(on), description = "Không có mặt theo giấy triệu tập của Công an xã.", intentional,
        administrativeSanction = sanction, evidence = "Giấy triệu tập có chữ ký nhận của người chấp hành án.",
        evidenceFileName = file is null ? null : "anh chup.png", evidenceFileBase64 = file is null ? null : Convert.ToBase64String(file),
    };

    [SkippableFact]
    public async Task Second_intentional_breach_drafts_the_revocation_request_with_its_deadline_and_the_court_decision_revokes()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Nguyễn Văn Vi", SentenceType.SuspendedSentence, Today.AddMonths(-6));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var first = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-20), file: Png));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Reprimand", firstBody.GetProperty("advice").GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Null, firstBody.GetProperty("proposal").ValueKind);

        var second = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-2)));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ProposeSuspensionRevocation", body.GetProperty("advice").GetProperty("step").GetString());
        var proposal = body.GetProperty("proposal");
        Assert.Equal("SuspensionRevocation", proposal.GetProperty("kind").GetString());
        Assert.Equal("Proposed", proposal.GetProperty("status").GetString());
        Assert.Contains("BLHS 2015 Điều 65 khoản 5", proposal.GetProperty("legalBasis").GetString());
        var sendBy = DateOnly.ParseExact(proposal.GetProperty("sendBy").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(sendBy > Today && sendBy <= Today.AddDays(10));
        var proposalId = proposal.GetProperty("id").GetGuid();

        // The file: two minutes, the evidence with its bytes, the draft marked as such.
        var files = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync());
        Assert.Equal(2, files.Count(f => f.Kind == CaseFileItemKind.BreachMinutes));
        var evidence = Assert.Single(files, f => f.Kind == CaseFileItemKind.Other);
        Assert.Equal("image/png", evidence.ContentType);
        Assert.Equal(Png, evidence.Content);
        var draft = Assert.Single(files, f => f.Kind == CaseFileItemKind.RevocationRequest);
        var text = AdministrativeDocument.Text(draft.Content!);
        Assert.Contains("DỰ THẢO", text);
        Assert.Contains(text, l => l.Contains("khoản 5 Điều 65"));

        // The worklist shows the proposal not yet sent, due on its deadline.
        var items = await app.WithDbAsync(db => new BreachWorklist().CollectEverywhereAsync(db, Today));
        var item = Assert.Single(items, i => i.CaseId == caseId);
        Assert.Equal(WorklistKind.EscalationProposed, item.Kind);
        Assert.Equal(sendBy, item.DueOn);

        // GET: status and the count first.
        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/breaches");
        Assert.Equal(2, view.GetProperty("advice").GetProperty("intentionalCount").GetInt32());
        Assert.Equal(2, view.GetProperty("breaches").GetArrayLength());

        // The decision cannot come before sending (422, nothing changes).
        var early = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/proposals/{proposalId}/decision",
            new { decidedOn = Iso(Today), granted = true, decisionNumber = "05/2026/QĐ-TA" });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);

        // Sending is for the commune (officer or leader), with a confirmation.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsJsonAsync($"/api/v1/cases/{caseId}/proposals/{proposalId}/send",
            new { sentOn = Iso(Today), confirmed = true })).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/proposals/{proposalId}/send",
            new { sentOn = Iso(Today) })).StatusCode);
        var sent = await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/proposals/{proposalId}/send",
            new { sentOn = Iso(Today), number = "12/CAX", confirmed = true });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.DoesNotContain(await app.WithDbAsync(db => new BreachWorklist().CollectEverywhereAsync(db, Today)), i => i.CaseId == caseId);

        var decided = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/proposals/{proposalId}/decision",
            new { decidedOn = Iso(Today), granted = true, decisionNumber = "05/2026/QĐ-TA" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var c = await app.WithDbAsync(db => db.Cases.AsNoTracking().FirstAsync(x => x.Id == caseId));
        Assert.Equal(CaseStatus.Revoked, c.Status);
        Assert.Equal(Today, c.EndedOn);

        // A revoked case takes no more breaches: refused, nothing stored.
        var after = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today));
        Assert.Equal((HttpStatusCode)422, after.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Breach>().CountAsync(b => b.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Unintentional_breaches_are_not_counted_and_get_a_reminder()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Trần Văn Nhắc", SentenceType.SuspendedSentence, Today.AddMonths(-6));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-10)));
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-5), intentional: false));
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Reminder", body.GetProperty("advice").GetProperty("step").GetString());
        Assert.Equal(1, body.GetProperty("advice").GetProperty("intentionalCount").GetInt32());
        var breachId = body.GetProperty("breach").GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches/{breachId}/reminders",
            new { on = Iso(Today), content = "Nhắc nhở có mặt đúng giờ khi được triệu tập." })).StatusCode);
        var reprimand = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches/{breachId}/reprimands",
            new { heldOn = Iso(Today), place = "Hội trường UBND xã", participants = "Đại diện UBND xã, Công an xã, gia đình", conclusion = "Nghiêm khắc phê bình." });
        Assert.Equal(HttpStatusCode.Created, reprimand.StatusCode);
        var files = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().Where(f => f.CaseId == caseId && f.Kind == CaseFileItemKind.ReprimandMinutes).ToListAsync());
        Assert.Contains(AdministrativeDocument.Text(Assert.Single(files).Content!), l => l.Contains("Nghiêm khắc phê bình."));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<EscalationProposal>().CountAsync(x => x.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Absconding_moves_the_case_and_drafts_the_wanted_notice_request()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Lê Văn Trốn", SentenceType.NonCustodialReform, Today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-1), kind: "Absconding"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Absconded", body.GetProperty("caseStatus").GetString());
        Assert.Equal("WantedNotice", body.GetProperty("proposal").GetProperty("kind").GetString());
        var draft = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().SingleAsync(f => f.CaseId == caseId && f.Kind == CaseFileItemKind.WantedNoticeRequest));
        Assert.Contains(AdministrativeDocument.Text(draft.Content!), l => l.Contains("truy nã"));
        // Recording absconding again is refused by the case's transitions: nothing is stored.
        var again = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today, kind: "Absconding"));
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("Bỏ trốn", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Breach>().CountAsync(b => b.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Invalid_input_and_a_wrong_evidence_file_store_nothing()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Phạm Văn Sai", SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var wrongFile = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today, file: "hello"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongFile.StatusCode);
        Assert.Contains("JPEG, PNG hoặc tệp PDF", await wrongFile.Content.ReadAsStringAsync());
        var beforeStart = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddMonths(-3)));
        Assert.Equal(HttpStatusCode.BadRequest, beforeStart.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Breach>().CountAsync(b => b.CaseId == caseId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseFileItem>().CountAsync(f => f.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Officer_of_another_commune_gets_not_found_and_a_supervisor_only_reads_their_people()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Hoàng Văn Phạm", SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var (_, unassigned) = await ActiveCaseAsync(app, Unit.A, "Đỗ Văn Khác", SentenceType.SuspendedSentence, Today.AddMonths(-2), assignSupervisor: false);
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/breaches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today))).StatusCode);

        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/cases/{caseId}/breaches")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/cases/{unassigned}/breaches")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Breach>().CountAsync(b => b.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Pages_record_a_breach_show_the_count_and_ask_to_confirm_before_sending()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Vũ Văn Trang", SentenceType.SuspendedSentence, Today.AddMonths(-6));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Breaches/Create/{caseId}";

        var invalid = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.Kind"] = "ObligationBreach", ["Input.OccurredOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-summary\"", html);
        Assert.Contains("Nội dung vi phạm không được để trống.", html);

        foreach (var on in new[] { Today.AddDays(-9), Today.AddDays(-1) })
        {
            var saved = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            {
                ["Input.Kind"] = "ObligationBreach", ["Input.OccurredOn"] = Display.Date(on), ["Input.Description"] = "Vắng mặt không xin phép.",
                ["Input.Intentional"] = "true", ["Input.AdministrativeSanction"] = "false",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var details = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"breaches-section\"", details);
        Assert.Matches("data-testid=\"breaches-intentional\">2", details);
        Assert.Contains("Đề nghị buộc chấp hành hình phạt tù (hủy án treo)", details);
        Assert.Contains("data-testid=\"proposal-send\"", details);

        var proposalId = await app.WithDbAsync(db => db.Set<EscalationProposal>().Where(x => x.CaseId == caseId).Select(x => x.Id).SingleAsync());
        var send = $"/Breaches/Send/{caseId}/{proposalId}";
        var confirm = await pages.GetStringAsync(send);
        Assert.Contains("Đang chấp hành", confirm);
        Assert.Contains("data-testid=\"proposal-intentional\">2", confirm);
        var notConfirmed = await HoaNhapApp.PostFormAsync(pages, send, send, new() { ["Input.SentOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.OK, notConfirmed.StatusCode);
        Assert.Contains("Hãy xác nhận đã kiểm tra dự thảo", await notConfirmed.Content.ReadAsStringAsync());
        var ok = await HoaNhapApp.PostFormAsync(pages, send, send, new() { ["Input.SentOn"] = Display.Date(Today), ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(ProposalStatus.Sent, await app.WithDbAsync(db => db.Set<EscalationProposal>().Where(x => x.Id == proposalId).Select(x => x.Status).SingleAsync()));

        // Supervisors read the section but get no actions.
        var supervisor = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var seen = await supervisor.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"breaches-section\"", seen);
        Assert.DoesNotContain("data-testid=\"breach-add\"", seen);
    }

    [SkippableFact]
    public void Worklist_sources_are_registered()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IWorklistSource>().Select(s => s.GetType()).ToList();
        Assert.Contains(typeof(BreachWorklist), sources);
        Assert.Contains(typeof(HoaNhap.Web.Features.Absences.AbsenceWorklist), sources);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BreachesTests_Sqlite(SqliteApp app) : BreachesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BreachesTests_Postgres(PostgresApp app) : BreachesTests(app);
