using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Loans;

public sealed class CounsellingInput
{
    public string? CounselledOn { get; set; }
    public string? Topics { get; set; }
    public bool WantsLoan { get; set; }
}

/// <summary>Putting a returnee on the commune's list to the Social Policy Bank.</summary>
public sealed class LoanProposalInput
{
    public string? Purpose { get; set; }
    public long? Amount { get; set; }
    public bool HasCompletionCertificate { get; set; }
    /// <summary>Complies with the law and is not involved in social evils: the commune police list it and the committee certifies it.</summary>
    public bool CertifiedByCommune { get; set; }
    public bool HasOutstandingSamePurposeDebt { get; set; }
}

public sealed class BusinessLoanInput
{
    /// <summary>Required for a province officer; a commune officer's own commune otherwise.</summary>
    public string? CommuneCode { get; set; }
    public string? BusinessName { get; set; }
    public string? Purpose { get; set; }
    public long? Amount { get; set; }
    public int? Workers { get; set; }
    public int? EligibleWorkers { get; set; }
}

/// <summary>What the bank records: Approved (amount), Rejected, Disbursed (amount), Repayment (amount), Overdue, Repaid, Misuse (note).</summary>
public sealed class LoanEventInput
{
    public string? Kind { get; set; }
    public string? On { get; set; }
    public long? Amount { get; set; }
    public string? Note { get; set; }
}

/// <summary>The counselling coverage of returnees under management (the 100 % target).</summary>
public sealed record CounsellingCoverage(int Returnees, int Counselled)
{
    public int Percent => Returnees == 0 ? 100 : Counselled * 100 / Returnees;
}

/// <summary>A returnee in special hardship on an open reintegration case, and whether they were counselled yet.</summary>
public sealed record HardshipCounselling(Guid CaseId, string PersonName, string CommuneCode, string Reason, DateOnly? Since, DateOnly? CounselledOn);

public static class LoanCommands
{
    /// <summary>
    /// The returnees of the caller's area flagged in special hardship (issue 19, part 8), those not yet counselled first: the credit
    /// counselling reaches them before the others, and the bank's list is drawn up with them in mind (QĐ 22/2023/QĐ-TTg).
    /// </summary>
    public static async Task<List<HardshipCounselling>> HardshipFirstAsync(HoaNhapDbContext db, CurrentUser u, CancellationToken ct)
    {
        var cases = db.Cases.Where(c => c.Kind == CaseKind.Reintegration && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active));
        cases = u.CommuneCode is { } commune ? cases.Where(c => c.CommuneCode == commune) : cases.Where(c => c.ProvinceCode == u.ProvinceCode);
        var rows = await (from c in cases
                          join p in db.People.Where(p => p.HardshipReason != null) on c.PersonId equals p.Id
                          select new { c.Id, p.FullName, c.CommuneCode, p.HardshipReason, p.HardshipSince,
                              Counselled = db.Set<PolicyCounselling>().Where(x => x.CaseId == c.Id).Max(x => (DateOnly?)x.CounselledOn) })
            .AsNoTracking().Take(500).ToListAsync(ct);
        return rows.Select(r => new HardshipCounselling(r.Id, r.FullName, r.CommuneCode, r.HardshipReason!, r.HardshipSince, r.Counselled))
            .OrderBy(r => r.CounselledOn is null ? 0 : 1).ThenBy(r => r.Since).ThenBy(r => r.PersonName, StringComparer.Create(Display.Vi, true)).ToList();
    }

    /// <summary>The loans within the caller's area: a commune user's commune; the bank's and province police's province.</summary>
    public static IQueryable<ReintegrationLoan> Visible(HoaNhapDbContext db, CurrentUser u)
    {
        var q = db.Set<ReintegrationLoan>().AsQueryable();
        if (!u.May(Act.ReadLoans)) return q.Where(_ => false);
        return u.CommuneCode is { } commune ? q.Where(l => l.CommuneCode == commune) : q.Where(l => l.ProvinceCode == u.ProvinceCode);
    }

    public static async Task<Outcome<PolicyCounselling>> CounselAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CounsellingInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<PolicyCounselling>.Missing();
        if (!user.EditsRegistry) return Outcome<PolicyCounselling>.Denied();
        var errors = new Dictionary<string, string[]>();
        FormChecks.Past(db.Today, errors, nameof(CounsellingInput.CounselledOn), "Ngày tư vấn", input.CounselledOn, out var on);
        var topics = VietnameseText.Nfc(input.Topics).Trim();
        if (topics.Length == 0) errors[nameof(CounsellingInput.Topics)] = ["Hãy nhập nội dung đã tư vấn (chính sách vay vốn, việc làm, học nghề…)."];
        else if (topics.Length > 2000) errors[nameof(CounsellingInput.Topics)] = [FormMessages.TooLong("Nội dung tư vấn", 2000)];
        if (errors.Count > 0) return Outcome<PolicyCounselling>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<PolicyCounselling>.Refused(nameof(CounsellingInput.CounselledOn), "Tư vấn chính sách vay vốn theo Quyết định 22/2023/QĐ-TTg dành cho người chấp hành xong án phạt tù (hồ sơ tái hòa nhập cộng đồng).");
        var x = new PolicyCounselling
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, CounselledOn = on, Topics = topics,
            WantsLoan = input.WantsLoan, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(x);
        await db.SaveChangesAsync(ct);
        return Outcome<PolicyCounselling>.Ok(x);
    }

    /// <summary>The day the prison sentence was completed: the release day of the intake, else the day reintegration started.</summary>
    public static async Task<DateOnly> CompletedOnAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        (await CaseFactsReader.ReadAsync(db, c, ct)).CompletedOn ?? c.StartOn;

    /// <summary>Puts an eligible returnee on the commune's list (QĐ 22/2023/QĐ-TTg); every unmet condition is refused with its reason (422).</summary>
    public static async Task<Outcome<ReintegrationLoan>> ProposeAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId,
        LoanProposalInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReintegrationLoan>.Missing();
        if (!user.EditsRegistry) return Outcome<ReintegrationLoan>.Denied();
        var errors = new Dictionary<string, string[]>();
        var purpose = VietnameseText.Nfc(input.Purpose).Trim();
        if (purpose.Length == 0) errors[nameof(LoanProposalInput.Purpose)] = ["Hãy nhập mục đích vay (sản xuất, kinh doanh, tạo việc làm, học nghề)."];
        else if (purpose.Length > 1000) errors[nameof(LoanProposalInput.Purpose)] = [FormMessages.TooLong("Mục đích vay", 1000)];
        if (input.Amount is not > 0) errors[nameof(LoanProposalInput.Amount)] = ["Hãy nhập số tiền đề nghị vay (đồng), lớn hơn 0."];
        if (errors.Count > 0) return Outcome<ReintegrationLoan>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration || c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<ReintegrationLoan>.Refused(nameof(LoanProposalInput.Purpose), "Chỉ người chấp hành xong án phạt tù đang được quản lý tái hòa nhập cộng đồng mới có tên trong danh sách vay vốn theo Quyết định 22/2023/QĐ-TTg.");
        if (await db.Set<ReintegrationLoan>().AnyAsync(l => l.CaseId == c.Id && l.Status != LoanState.Rejected && l.Status != LoanState.Repaid, ct))
            return Outcome<ReintegrationLoan>.Refused(nameof(LoanProposalInput.Purpose), "Người này đã có tên trong danh sách hoặc đang có khoản vay theo Quyết định 22/2023/QĐ-TTg chưa trả hết.");
        var p = await rules.ParametersAsync(ct);
        var today = db.Today;
        var completed = await CompletedOnAsync(db, c, ct);
        var eligibility = LoanEligibility.Evaluate(new LoanInput(today, completed, input.HasCompletionCertificate, input.CertifiedByCommune,
            input.HasOutstandingSamePurposeDebt), p);
        var unmet = eligibility.Criteria.Append(LoanLimits.Individual(input.Amount!.Value, today, p)).Where(x => !x.Met).Select(x => x.Reason).ToArray();
        if (unmet.Length > 0) return Outcome<ReintegrationLoan>.Refused(nameof(LoanProposalInput.Amount), string.Join(" ", unmet));
        var name = await db.People.Where(x => x.Id == c.PersonId).Select(x => x.FullName).FirstAsync(ct);
        var loan = new ReintegrationLoan
        {
            Kind = LoanKind.Individual, CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            BorrowerName = name, Purpose = purpose, RequestedAmount = input.Amount.Value, ListedOn = today, SentenceCompletedOn = completed,
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(loan);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationLoan>.Ok(loan);
    }

    /// <summary>A business employing returnees, with its loan plan certified by the commune (Mẫu số 02).</summary>
    public static async Task<Outcome<ReintegrationLoan>> ProposeBusinessAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, BusinessLoanInput input, CancellationToken ct)
    {
        if (!user.EditsRegistry) return Outcome<ReintegrationLoan>.Denied();
        var errors = new Dictionary<string, string[]>();
        var communeCode = user.CommuneCode ?? input.CommuneCode;
        var commune = communeCode is null ? null : await db.Communes.AsNoTracking().FirstOrDefaultAsync(x => x.Code == communeCode && x.ProvinceCode == user.ProvinceCode, ct);
        if (commune is null) errors[nameof(BusinessLoanInput.CommuneCode)] = ["Hãy chọn xã, phường nơi thực hiện phương án vay vốn (trong tỉnh)."];
        var name = VietnameseText.Nfc(input.BusinessName).Trim();
        if (name.Length is 0 or > 200) errors[nameof(BusinessLoanInput.BusinessName)] = ["Hãy nhập tên cơ sở sản xuất, kinh doanh (tối đa 200 ký tự)."];
        var purpose = VietnameseText.Nfc(input.Purpose).Trim();
        if (purpose.Length is 0 or > 1000) errors[nameof(BusinessLoanInput.Purpose)] = ["Hãy nhập phương án sử dụng vốn (tối đa 1000 ký tự)."];
        if (input.Amount is not > 0) errors[nameof(BusinessLoanInput.Amount)] = ["Hãy nhập số tiền đề nghị vay (đồng), lớn hơn 0."];
        if (input.Workers is not > 0) errors[nameof(BusinessLoanInput.Workers)] = ["Hãy nhập tổng số lao động của cơ sở (lớn hơn 0)."];
        if (input.EligibleWorkers is not >= 0) errors[nameof(BusinessLoanInput.EligibleWorkers)] = ["Hãy nhập số lao động là người chấp hành xong án phạt tù có hợp đồng lao động."];
        else if (input.Workers is > 0 && input.EligibleWorkers > input.Workers)
            errors[nameof(BusinessLoanInput.EligibleWorkers)] = ["Số lao động là người chấp hành xong án phạt tù không được lớn hơn tổng số lao động."];
        if (errors.Count > 0) return Outcome<ReintegrationLoan>.Invalid(errors);
        var today = db.Today;
        var unmet = LoanLimits.Business(input.Workers!.Value, input.EligibleWorkers!.Value, input.Amount!.Value, today, await rules.ParametersAsync(ct))
            .Where(x => !x.Met).Select(x => x.Reason).ToArray();
        if (unmet.Length > 0) return Outcome<ReintegrationLoan>.Refused(nameof(BusinessLoanInput.EligibleWorkers), string.Join(" ", unmet));
        var loan = new ReintegrationLoan
        {
            Kind = LoanKind.Business, ProvinceCode = commune!.ProvinceCode, CommuneCode = commune.Code, BorrowerName = name, Purpose = purpose,
            RequestedAmount = input.Amount.Value, Workers = input.Workers, EligibleWorkers = input.EligibleWorkers, ListedOn = today,
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(loan);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationLoan>.Ok(loan);
    }

    /// <summary>The bank records what happened to a loan of its area.</summary>
    public static async Task<Outcome<ReintegrationLoan>> RecordAsync(HoaNhapDbContext db, CurrentUser user, Guid loanId, LoanEventInput input, CancellationToken ct)
    {
        if (user.Role != Roles.BankOfficer) return Outcome<ReintegrationLoan>.Denied();
        var loan = await Visible(db, user).FirstOrDefaultAsync(l => l.Id == loanId, ct);
        if (loan is null) return Outcome<ReintegrationLoan>.Missing();
        var errors = new Dictionary<string, string[]>();
        LoanEventKind? kind = Enum.TryParse<LoanEventKind>(input.Kind, out var k) && !int.TryParse(input.Kind, out _) ? k : null;
        if (kind is null) errors[nameof(LoanEventInput.Kind)] = ["Hãy chọn việc cần ghi nhận: phê duyệt, không cho vay, giải ngân, trả nợ, nợ quá hạn, trả hết nợ, sử dụng vốn sai mục đích."];
        if (FormChecks.Past(db.Today, errors, nameof(LoanEventInput.On), "Ngày", input.On, out var on) && on < loan.ListedOn) errors[nameof(LoanEventInput.On)] = [$"Ngày không được trước ngày có tên trong danh sách ({Display.Date(loan.ListedOn)})."];
        if (kind is LoanEventKind.Approved or LoanEventKind.Disbursed or LoanEventKind.Repayment && input.Amount is not > 0)
            errors[nameof(LoanEventInput.Amount)] = ["Hãy nhập số tiền (đồng), lớn hơn 0."];
        var note = VietnameseText.Nfc(input.Note).Trim();
        if (kind == LoanEventKind.Misuse && note.Length == 0) errors[nameof(LoanEventInput.Note)] = ["Hãy ghi rõ việc sử dụng vốn sai mục đích."];
        if (note.Length > 2000) errors[nameof(LoanEventInput.Note)] = [FormMessages.TooLong("Ghi chú", 2000)];
        if (errors.Count > 0) return Outcome<ReintegrationLoan>.Invalid(errors);
        if (loan.Record(kind!.Value, on, input.Amount, note.Length == 0 ? null : note) is { } refusal)
            return Outcome<ReintegrationLoan>.Refused(nameof(LoanEventInput.Kind), refusal);
        db.Add(Event(loan, kind.Value, on, input.Amount, note.Length == 0 ? null : note, null, user.UserName, db.Clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationLoan>.Ok(loan);
    }

    /// <summary>
    /// The bank's loan status pushed through the exchange API (<see cref="LoanStatusUpdate"/>), applied to the person's
    /// current loan. Idempotent by the sender's reference: an update already applied is not applied again.
    /// Called by the exchange API before its single SaveChanges; returns whether something was applied.
    /// </summary>
    public static async Task<bool> ApplyBankUpdateAsync(HoaNhapDbContext db, LoanStatusUpdate update, CancellationToken ct)
    {
        if (update.PersonId is not { } personId) return false;
        var loan = await db.Set<ReintegrationLoan>().Where(l => l.PersonId == personId && l.ProvinceCode == update.ProvinceCode
                && l.Status != LoanState.Rejected && l.Status != LoanState.Repaid)
            .OrderByDescending(l => l.ListedOn).FirstOrDefaultAsync(ct);
        if (loan is null) return false;
        if (await db.Set<LoanEvent>().AnyAsync(e => e.LoanId == loan.Id && e.Reference == update.Reference, ct)) return false;
        LoanEventKind? kind = update.Status switch
        {
            LoanStatus.Approved => LoanEventKind.Approved,
            LoanStatus.Rejected => LoanEventKind.Rejected,
            LoanStatus.Disbursed => LoanEventKind.Disbursed,
            LoanStatus.Repaying => LoanEventKind.Repayment,
            LoanStatus.Repaid => LoanEventKind.Repaid,
            LoanStatus.Overdue => LoanEventKind.Overdue,
            _ => null,
        };
        if (kind is null) return false;
        if (loan.Record(kind.Value, update.On, update.Amount, update.Note) is not null) return false;
        db.Add(Event(loan, kind.Value, update.On, update.Amount, update.Note, update.Reference, update.CreatedBy, db.Clock.GetUtcNow()));
        return true;
    }

    static LoanEvent Event(ReintegrationLoan loan, LoanEventKind kind, DateOnly on, long? amount, string? note, string? reference, string by, DateTimeOffset at) => new()
    {
        LoanId = loan.Id, ProvinceCode = loan.ProvinceCode, CommuneCode = loan.CommuneCode, Kind = kind, On = on, Amount = amount, Note = note,
        Reference = reference, CreatedAt = at, CreatedBy = by,
    };

    /// <summary>Counselling coverage of the returnees under management in the caller's area.</summary>
    public static async Task<CounsellingCoverage> CoverageAsync(HoaNhapDbContext db, CurrentUser u, CancellationToken ct)
    {
        var cases = db.Cases.Where(c => c.Kind == CaseKind.Reintegration && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active));
        cases = u.CommuneCode is { } commune ? cases.Where(c => c.CommuneCode == commune) : cases.Where(c => c.ProvinceCode == u.ProvinceCode);
        var ids = cases.Select(c => c.Id);
        var total = await ids.CountAsync(ct);
        var counselled = await db.Set<PolicyCounselling>().Where(x => ids.Contains(x.CaseId)).Select(x => x.CaseId).Distinct().CountAsync(ct);
        return new CounsellingCoverage(total, counselled);
    }

    /// <summary>
    /// The loan list of the caller's area. What the bank reads, and every file exported (<paramref name="file"/>, e.g. ".xlsx"),
    /// leaves the unit: each person on it is recorded in the disclosure log (personal-data law).
    /// </summary>
    public static async Task<List<ReintegrationLoan>> ListAsync(HoaNhapDbContext db, CurrentUser u, string? communeCode, CancellationToken ct, string? file = null)
    {
        var q = Visible(db, u).AsNoTracking();
        if (!string.IsNullOrEmpty(communeCode)) q = q.Where(l => l.CommuneCode == communeCode);
        var list = await q.OrderBy(l => l.CommuneCode).ThenBy(l => l.ListedOn).ThenBy(l => l.BorrowerName).Take(2000).ToListAsync(ct);
        if (u.Role == Domain.Access.Roles.BankOfficer || file is not null)
            await HoaNhap.Web.Shared.Privacy.DisclosureLog.AddManyAsync(db,
                list.Where(l => l.PersonId is not null).Select(l => new HoaNhap.Web.Shared.Privacy.DisclosedPerson(l.PersonId!.Value, l.ProvinceCode, l.CommuneCode)),
                new HoaNhap.Web.Shared.Privacy.DisclosureNote(HoaNhap.Web.Shared.Privacy.DisclosureLog.RecipientOf(u),
                    u.Role == Domain.Access.Roles.BankOfficer ? "Ngân hàng Chính sách xã hội xét cho vay, theo dõi khoản vay" : "Lập danh sách đề nghị vay vốn gửi Ngân hàng Chính sách xã hội",
                    "Quyết định 22/2023/QĐ-TTg (tín dụng đối với người chấp hành xong án phạt tù)",
                    (file is null ? "Danh sách vay vốn xem trên hệ thống" : $"Tệp danh sách vay vốn ({file})")
                        + ": họ tên người vay, xã, mục đích, số tiền đề nghị, ngày chấp hành xong án, tình trạng khoản vay"),
                u.UserName, ct);
        await db.SaveChangesAsync(ct);
        return list;
    }

    /// <summary>The commune's list to the Social Policy Bank as .xlsx (one row per loan).</summary>
    public static byte[] Xlsx(IReadOnlyList<ReintegrationLoan> loans, UnitNames names)
    {
        var rows = loans.Select((l, i) => new Dictionary<string, object?>
        {
            ["STT"] = i + 1,
            ["Người vay"] = l.BorrowerName,
            ["Loại"] = LoanText.Kind(l.Kind),
            ["Xã, phường"] = names.Of(l.CommuneCode),
            ["Mã xã, phường"] = l.CommuneCode,
            ["Mục đích"] = l.Purpose,
            ["Số tiền đề nghị (đồng)"] = l.RequestedAmount,
            ["Ngày chấp hành xong án"] = l.SentenceCompletedOn is { } d ? Display.Date(d) : "",
            ["Lao động / trong đó người chấp hành xong án"] = l.Kind == LoanKind.Business ? $"{l.Workers} / {l.EligibleWorkers}" : "",
            ["Ngày có tên trong danh sách"] = Display.Date(l.ListedOn),
            ["Tình trạng"] = LoanText.State(l.Status),
            ["Số tiền phê duyệt (đồng)"] = l.ApprovedAmount,
            ["Đã giải ngân (đồng)"] = l.DisbursedAmount,
            ["Đã trả (đồng)"] = l.RepaidAmount,
            ["Sử dụng sai mục đích"] = l.Misuse ? "Có" : "",
        }).ToList();
        return Shared.Exports.SpreadsheetFile.Write(rows);
    }
}
