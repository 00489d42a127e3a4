using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Loans;

/// <summary>
/// Credit under QĐ 22/2023/QĐ-TTg: counselling of every returnee, the eligibility rule refusing with its
/// reasons (422, nothing stored), the commune's list (in-system and .xlsx), the bank of the province seeing
/// only the loan lists and recording approval, disbursement, repayment, overdue and misuse, the commune seeing
/// the status, the bank's pushed status applied once per reference, and business loans with the workers' share.
/// </summary>
public abstract class LoansTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static object Proposal(long amount = 50_000_000, bool certificate = true) => new
    {
        purpose = "Chăn nuôi bò sinh sản", amount, hasCompletionCertificate = certificate, certifiedByCommune = true, hasOutstandingSamePurposeDebt = false,
    };

    async Task<Guid> PersonOfAsync(Guid caseId) => await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).FirstAsync());

    [SkippableFact]
    public async Task Counselled_returnee_is_listed_and_the_bank_of_the_province_records_the_loan_which_the_commune_sees()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddMonths(-6), Today.AddMonths(-6));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var before = await officer.GetFromJsonAsync<JsonElement>("/api/v1/loans");
        var counselled = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/counselling", new { counselledOn = Iso(Today), topics = "Vay vốn, học nghề", wantsLoan = true });
        Assert.Equal(HttpStatusCode.Created, counselled.StatusCode);
        var after = await officer.GetFromJsonAsync<JsonElement>("/api/v1/loans");
        Assert.Equal(before.GetProperty("counselling").GetProperty("counselled").GetInt32() + 1, after.GetProperty("counselling").GetProperty("counselled").GetInt32());

        // The rule refuses, naming each unmet condition; nothing is stored.
        var noCertificate = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal(certificate: false));
        Assert.Equal((HttpStatusCode)422, noCertificate.StatusCode);
        Assert.Contains("giấy chứng nhận", await noCertificate.Content.ReadAsStringAsync());
        var tooMuch = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal(amount: 150_000_000));
        Assert.Equal((HttpStatusCode)422, tooMuch.StatusCode);
        Assert.Contains("100.000.000", await tooMuch.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AnyAsync(l => l.CaseId == caseId)));

        var listed = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal());
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        var loanId = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal())).StatusCode);

        // The bank of the province sees the loan list only: never the person or the case.
        var bank = await app.ApiAsync(Roles.BankOfficer, Unit.A);
        var list = await bank.GetFromJsonAsync<JsonElement>("/api/v1/loans");
        Assert.Contains(list.GetProperty("loans").EnumerateArray(), l => l.GetProperty("id").GetGuid() == loanId);
        Assert.Equal(JsonValueKind.Null, list.GetProperty("counselling").ValueKind);
        var personId = await PersonOfAsync(caseId);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/v1/people/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/v1/cases/{caseId}/loans")).StatusCode);
        var otherBank = await app.ApiAsync(Roles.BankOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBank.GetAsync($"/api/v1/loans/{loanId}")).StatusCode);
        Assert.DoesNotContain((await otherBank.GetFromJsonAsync<JsonElement>("/api/v1/loans")).GetProperty("loans").EnumerateArray(), l => l.GetProperty("id").GetGuid() == loanId);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/loans")).StatusCode);

        // Only the bank records; the order of events is checked.
        var events = $"/api/v1/loans/{loanId}/events";
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(events, new { kind = "Approved", on = Iso(Today), amount = 50_000_000 })).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await bank.PostAsJsonAsync(events, new { kind = "Disbursed", on = Iso(Today), amount = 50_000_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bank.PostAsJsonAsync(events, new { kind = "Approved", on = Iso(Today), amount = 40_000_000 })).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await bank.PostAsJsonAsync(events, new { kind = "Disbursed", on = Iso(Today), amount = 50_000_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bank.PostAsJsonAsync(events, new { kind = "Disbursed", on = Iso(Today), amount = 40_000_000 })).StatusCode);
        var repaid = await bank.PostAsJsonAsync(events, new { kind = "Repayment", on = Iso(Today), amount = 10_000_000 });
        Assert.Equal("Repaying", (await repaid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await bank.PostAsJsonAsync(events, new { kind = "Misuse", on = Iso(Today) })).StatusCode);

        // The bank's page form (misuse), then overdue through the API.
        var bankPages = await app.PagesAsync(Roles.BankOfficer, Unit.A);
        Assert.Contains("Chăn nuôi bò sinh sản", await bankPages.GetStringAsync("/Loans"));
        var form = $"/Loans/Event/{loanId}";
        var misuse = await HoaNhapApp.PostFormAsync(bankPages, form, form, new()
            { ["Input.Kind"] = "Misuse", ["Input.On"] = Display.Date(Today), ["Input.Note"] = "Dùng tiền vay để mua xe máy cá nhân." });
        Assert.Equal(HttpStatusCode.Redirect, misuse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bank.PostAsJsonAsync(events, new { kind = "Overdue", on = Iso(Today) })).StatusCode);

        // The commune sees the status on the case.
        var caseLoans = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/loans");
        var loan = Assert.Single(caseLoans.GetProperty("loans").EnumerateArray());
        Assert.Equal("Overdue", loan.GetProperty("status").GetString());
        Assert.True(loan.GetProperty("misuse").GetBoolean());
        Assert.Equal(30_000_000, loan.GetProperty("outstanding").GetInt64());
        var html = await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains(LoanText.State(LoanState.Overdue), html);

        // The list as .xlsx.
        var xlsx = await officer.GetAsync("/api/v1/loans/list.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [SkippableFact]
    public async Task More_than_five_years_after_release_the_returnee_is_refused_with_the_rule()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddYears(-6), Today.AddYears(-6));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal());
        Assert.Equal((HttpStatusCode)422, r.StatusCode);
        Assert.Contains("5 năm", await r.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AnyAsync(l => l.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task The_banks_pushed_status_is_applied_once_per_reference()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddMonths(-3), Today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var listed = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", Proposal());
        var loanId = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var personId = await PersonOfAsync(caseId);
        var pid = await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.PersonalIdNumber).FirstAsync());

        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        var registered = await (await admin.PostAsJsonAsync("/api/v1/exchange/clients",
            new { name = "Hệ thống Ngân hàng", kind = "Bank", provinceCode = "25", scopes = new[] { "loans:write" } })).Content.ReadFromJsonAsync<JsonElement>();
        var bankSystem = app.CreateClient(new() { AllowAutoRedirect = false });
        var token = await (await bankSystem.PostAsync("/api/v1/exchange/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = registered.GetProperty("clientId").GetString()!,
            ["client_secret"] = registered.GetProperty("clientSecret").GetString()!,
        }))).Content.ReadFromJsonAsync<JsonElement>();
        bankSystem.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());

        var reference = "NH-" + Guid.NewGuid().ToString("N")[..8];
        var approved = new { reference, personalIdNumber = pid, status = "Approved", amount = 45_000_000, on = Iso(Today) };
        Assert.Equal(HttpStatusCode.Created, (await bankSystem.PostAsJsonAsync("/api/v1/exchange/loans", approved)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bankSystem.PostAsJsonAsync("/api/v1/exchange/loans", approved)).StatusCode);
        var loan = await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AsNoTracking().SingleAsync(l => l.Id == loanId));
        Assert.Equal(LoanState.Approved, loan.Status);
        Assert.Equal(45_000_000, loan.ApprovedAmount);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<LoanEvent>().CountAsync(e => e.LoanId == loanId && e.Reference == reference)));

        var disbursed = new { reference = reference + "-2", personalIdNumber = pid, status = "Disbursed", amount = 45_000_000, on = Iso(Today) };
        Assert.Equal(HttpStatusCode.Created, (await bankSystem.PostAsJsonAsync("/api/v1/exchange/loans", disbursed)).StatusCode);
        Assert.Equal(LoanState.Disbursed, (await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AsNoTracking().SingleAsync(l => l.Id == loanId))).Status);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<LoanEvent>().CountAsync(e => e.LoanId == loanId)));
    }

    [SkippableFact]
    public async Task A_business_needs_the_share_of_returnee_workers_and_is_listed_through_the_page()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Hợp tác xã May");
        var tooFew = await officer.PostAsJsonAsync("/api/v1/loans/business", new { businessName = name, purpose = "Mở rộng xưởng may", amount = 300_000_000, workers = 51, eligibleWorkers = 5 });
        Assert.Equal((HttpStatusCode)422, tooFew.StatusCode);
        Assert.Contains("10%", await tooFew.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AnyAsync(l => l.BorrowerName == name)));

        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var missingCommune = await HoaNhapApp.PostFormAsync(pages, "/Loans/Business", "/Loans/Business", new()
            { ["Input.BusinessName"] = name, ["Input.Purpose"] = "Mở rộng xưởng may", ["Input.Amount"] = "300000000", ["Input.Workers"] = "50", ["Input.EligibleWorkers"] = "5" });
        Assert.Equal(HttpStatusCode.OK, missingCommune.StatusCode);
        Assert.Contains("Hãy chọn xã, phường", await missingCommune.Content.ReadAsStringAsync());
        var ok = await HoaNhapApp.PostFormAsync(pages, "/Loans/Business", "/Loans/Business", new()
        {
            ["Input.CommuneCode"] = HoaNhapApp.Units[Unit.A].Commune, ["Input.BusinessName"] = name, ["Input.Purpose"] = "Mở rộng xưởng may",
            ["Input.Amount"] = "300000000", ["Input.Workers"] = "50", ["Input.EligibleWorkers"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var loan = await app.WithDbAsync(db => db.Set<ReintegrationLoan>().AsNoTracking().SingleAsync(l => l.BorrowerName == name));
        Assert.Equal(LoanKind.Business, loan.Kind);
        Assert.Equal(5, loan.EligibleWorkers);
        var bank = await app.PagesAsync(Roles.BankOfficer, Unit.A);
        Assert.Contains(name, await bank.GetStringAsync("/Loans"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LoansTests_Sqlite(SqliteApp app) : LoansTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LoansTests_Postgres(PostgresApp app) : LoansTests(app);
