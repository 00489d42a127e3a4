using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Loans;

public sealed record LoanDto(Guid Id, string Kind, Guid? CaseId, Guid? PersonId, string CommuneCode, string BorrowerName, string Purpose,
    long RequestedAmount, DateOnly ListedOn, DateOnly? SentenceCompletedOn, int? Workers, int? EligibleWorkers, string Status, string StatusTitle,
    DateOnly? ApprovedOn, long? ApprovedAmount, DateOnly? DisbursedOn, long? DisbursedAmount, long RepaidAmount, long Outstanding, bool Misuse,
    string? MisuseNote)
{
    public static LoanDto Of(ReintegrationLoan l) => new(l.Id, l.Kind.ToString(), l.CaseId, l.PersonId, l.CommuneCode, l.BorrowerName, l.Purpose,
        l.RequestedAmount, l.ListedOn, l.SentenceCompletedOn, l.Workers, l.EligibleWorkers, l.Status.ToString(), LoanText.State(l.Status),
        l.ApprovedOn, l.ApprovedAmount, l.DisbursedOn, l.DisbursedAmount, l.RepaidAmount, l.Outstanding, l.Misuse, l.MisuseNote);
}

public sealed record LoanEventDto(string Kind, string Title, DateOnly On, long? Amount, string? Note, string? Reference);
public sealed record LoanDetailsDto(LoanDto Loan, IReadOnlyList<LoanEventDto> Events);
public sealed record CounsellingDto(Guid Id, DateOnly CounselledOn, string Topics, bool WantsLoan);
public sealed record CaseLoansDto(IReadOnlyList<CounsellingDto> Counselling, IReadOnlyList<LoanDto> Loans);
public sealed record LoanListDto(IReadOnlyList<LoanDto> Loans, CounsellingCoverage? Counselling);

public static class LoansApi
{
    public static void MapLoansApi(this RouteGroupBuilder api)
    {
        var c = api.MapGroup("/cases/{id:guid}").WithTags("Vay vốn (QĐ 22/2023/QĐ-TTg)");
        c.MapGet("/loans", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var k = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (k is null) return ApiResults.NotFound();
                var counselling = await db.Set<PolicyCounselling>().AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.CounselledOn).ToListAsync(ct);
                var loans = await db.Set<ReintegrationLoan>().AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.ListedOn).ToListAsync(ct);
                return Results.Ok(new CaseLoansDto(counselling.Select(x => new CounsellingDto(x.Id, x.CounselledOn, x.Topics, x.WantsLoan)).ToList(),
                    loans.Select(LoanDto.Of).ToList()));
            })
            .WithSummary("Tư vấn chính sách và các khoản vay của người chấp hành xong án phạt tù (tình trạng do Ngân hàng Chính sách xã hội ghi nhận).")
            .Produces<CaseLoansDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/counselling", async (Guid id, CounsellingInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await LoanCommands.CounselAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/loans", new CounsellingDto(x.Id, x.CounselledOn, x.Topics, x.WantsLoan))))
            .WithSummary("Ghi nhận đã tư vấn chính sách vay vốn, việc làm cho người chấp hành xong án phạt tù (chỉ tiêu 100 %).")
            .Produces<CounsellingDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        c.MapPost("/loans", async (Guid id, LoanProposalInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await LoanCommands.ProposeAsync(db, rules, http.Me(), id, input, ct), l => Results.Created($"/api/v1/loans/{l.Id}", LoanDto.Of(l))))
            .WithSummary("Đưa người chấp hành xong án phạt tù vào danh sách đề nghị vay vốn gửi Ngân hàng Chính sách xã hội; không đủ điều kiện (thời hạn 5 năm, giấy chứng nhận, danh sách xã xác nhận, dư nợ cùng mục đích, mức vay) → 422 nêu rõ điều kiện.")
            .Produces<LoanDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        var g = api.MapGroup("/loans").WithTags("Vay vốn (QĐ 22/2023/QĐ-TTg)");
        g.MapGet("/", async (string? communeCode, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ReadLoans)) return ApiResults.Forbidden();
                var list = await LoanCommands.ListAsync(db, me, communeCode, ct);
                var coverage = me.ReadsRegistry ? await LoanCommands.CoverageAsync(db, me, ct) : null;
                return Results.Ok(new LoanListDto(list.Select(LoanDto.Of).ToList(), coverage));
            })
            .WithSummary("Danh sách vay vốn của địa bàn: Ngân hàng Chính sách xã hội và Công an tỉnh xem cả tỉnh, xã xem của xã; xã, tỉnh thấy thêm tỷ lệ đã được tư vấn.")
            .Produces<LoanListDto>().ProducesProblem(403)
            .ReadsPersonalDataList<ReintegrationLoan>();
        g.MapGet("/list.xlsx", async (string? communeCode, HttpContext http, HoaNhapDbContext db, UnitNames names, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ReadLoans)) return ApiResults.Forbidden();
                var list = await LoanCommands.ListAsync(db, me, communeCode, ct, file: ".xlsx");
                return Results.File(LoanCommands.Xlsx(list, names), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"danh-sach-vay-von-{db.Today:yyyy-MM-dd}.xlsx");
            })
            .WithSummary("Danh sách đề nghị vay vốn gửi Ngân hàng Chính sách xã hội (.xlsx).")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesProblem(403)
            .ReadsPersonalDataList<ReintegrationLoan>();
        g.MapGet("/{loanId:guid}", async (Guid loanId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await LoanQueries.DetailsAsync(db, http.Me(), loanId, ct) switch
                {
                    null when !http.Me().May(Act.ReadLoans) => ApiResults.Forbidden(),
                    null => ApiResults.NotFound(),
                    var d => Results.Ok(new LoanDetailsDto(LoanDto.Of(d.Value.Loan),
                        d.Value.Events.Select(e => new LoanEventDto(e.Kind.ToString(), LoanText.Event(e.Kind), e.On, e.Amount, e.Note, e.Reference)).ToList())),
                })
            .WithSummary("Một khoản vay và các việc Ngân hàng đã ghi nhận (chỉ trong địa bàn của người xem).")
            .Produces<LoanDetailsDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<ReintegrationLoan>("loanId");
        g.MapPost("/{loanId:guid}/events", async (Guid loanId, LoanEventInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await LoanCommands.RecordAsync(db, http.Me(), loanId, input, ct), l => Results.Ok(LoanDto.Of(l))))
            .WithSummary("Ngân hàng Chính sách xã hội ghi nhận: Approved (amount), Rejected, Disbursed (amount), Repayment (amount), Overdue, Repaid, Misuse (note).")
            .Produces<LoanDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/business", async (BusinessLoanInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await LoanCommands.ProposeBusinessAsync(db, rules, http.Me(), input, ct), l => Results.Created($"/api/v1/loans/{l.Id}", LoanDto.Of(l))))
            .WithSummary("Cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù đề nghị vay (phương án Mẫu số 02 được UBND xã xác nhận); chưa đủ tỷ lệ lao động hoặc vượt mức vay → 422.")
            .Produces<LoanDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
    }
}

public static class LoanQueries
{
    public static async Task<(ReintegrationLoan Loan, List<LoanEvent> Events)?> DetailsAsync(HoaNhapDbContext db, Shared.Auth.CurrentUser me, Guid loanId, CancellationToken ct)
    {
        var loan = await LoanCommands.Visible(db, me).AsNoTracking().FirstOrDefaultAsync(l => l.Id == loanId, ct);
        if (loan is null) return null;
        var events = await db.Set<LoanEvent>().AsNoTracking().Where(e => e.LoanId == loanId).OrderBy(e => e.On).ThenBy(e => e.CreatedAt).ToListAsync(ct);
        return (loan, events);
    }
}
