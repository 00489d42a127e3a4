using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>The commune's proposal to the court (glossary: ProbationShortening, SentenceReduction, SentenceRemission).</summary>
public sealed class ProposalInput
{
    public string? ProposedOn { get; set; }
    /// <summary>Months asked for; leave empty with <see cref="WholeRemainder"/> to ask for the whole remainder.</summary>
    public int? Months { get; set; }
    public bool WholeRemainder { get; set; }
    public bool MeritoriousActOrGraveIllness { get; set; }
    public string? Grounds { get; set; }
}

/// <summary>The court's decision on a proposal.</summary>
public sealed class CourtDecisionInput
{
    public string? DecisionNumber { get; set; }
    public string? Court { get; set; }
    public string? DecidedOn { get; set; }
    /// <summary>True when the court did not grant the proposal.</summary>
    public bool Rejected { get; set; }
    public int? GrantedMonths { get; set; }
    public bool WholeRemainder { get; set; }
    public string? Note { get; set; }
}

/// <summary>What the case page and the API show: today's check and the proposals so far.</summary>
public sealed record EarlyTerminationState(Case Case, EarlyTerminationCheck? Check, IReadOnlyList<EarlyTerminationProposal> Proposals)
{
    public EarlyTerminationProposal? Open => Proposals.FirstOrDefault(p => p.Status == EarlyTerminationStatus.Proposed);
}

public static class EarlyTerminationCommands
{
    public static async Task<EarlyTerminationState?> StateAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return null;
        var proposals = await db.Set<EarlyTerminationProposal>().AsNoTracking().Where(x => x.CaseId == c.Id)
            .OrderBy(x => x.ProposedOn).ThenBy(x => x.CreatedAt).ToListAsync(ct);
        var check = c.Status == CaseStatus.Active ? await CheckAsync(db, c, await rules.ParametersAsync(ct), db.Today, false, ct) : null;
        return new EarlyTerminationState(c, check, proposals);
    }

    /// <summary>Today's check from the one reading of the case (<see cref="CaseFactsReader"/>): the same as the almost-eligible forecast.</summary>
    static async Task<EarlyTerminationCheck?> CheckAsync(HoaNhapDbContext db, Case c, RuleParameters p, DateOnly asOf, bool merit, CancellationToken ct) =>
        EarlyTerminationRules.Evaluate(await CaseFactsReader.ReadAsync(db, c, ct), merit, asOf, p);

    public static async Task<Outcome<EarlyTerminationProposal>> ProposeAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user,
        Guid caseId, ProposalInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<EarlyTerminationProposal>.Missing();
        if (!user.EditsRegistry) return Outcome<EarlyTerminationProposal>.Denied();
        var errors = new Dictionary<string, string[]>();
        FormChecks.Past(db.Today, errors, nameof(ProposalInput.ProposedOn), "Ngày đề nghị", input.ProposedOn, out var on);
        if (!input.WholeRemainder && input.Months is not > 0)
            errors[nameof(ProposalInput.Months)] = ["Hãy nhập số tháng đề nghị (từ 1 tháng), hoặc chọn đề nghị rút ngắn, miễn hết phần còn lại."];
        if (string.IsNullOrWhiteSpace(input.Grounds))
            errors[nameof(ProposalInput.Grounds)] = ["Hãy nêu lý do đề nghị: việc chấp hành nghĩa vụ, tiến bộ, thành tích được khen thưởng…"];
        else if (input.Grounds.Length > 2000) errors[nameof(ProposalInput.Grounds)] = [FormMessages.TooLong("Lý do đề nghị", 2000)];
        if (errors.Count > 0) return Outcome<EarlyTerminationProposal>.Invalid(errors);

        if (c.Status != CaseStatus.Active)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.ProposedOn),
                $"Chỉ đề nghị khi hồ sơ đang chấp hành; hồ sơ này đang ở trạng thái “{CaseText.Status(c.Status)}”.");
        var proposals = await db.Set<EarlyTerminationProposal>().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        if (proposals.Any(x => x.Status == EarlyTerminationStatus.Proposed))
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.ProposedOn),
                "Hồ sơ đang có một đề nghị chờ Tòa án quyết định; hãy ghi nhận quyết định đó trước khi đề nghị tiếp.");
        var p = await rules.ParametersAsync(ct);
        var facts = await CaseFactsReader.ReadAsync(db, c, ct);
        var check = EarlyTerminationRules.Evaluate(facts, input.MeritoriousActOrGraveIllness, on, p);
        if (check is null)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.ProposedOn), c.SentenceType is not { } type
                ? "Hồ sơ chưa ghi loại hình phạt nên chưa xét được điều kiện."
                : EarlyTerminationRules.KindFor(type) is not null
                ? "Hồ sơ và bản án chưa có thời hạn chấp hành nên chưa xét được điều kiện; hãy bổ sung thời hạn."
                : $"Pháp luật không quy định rút ngắn, giảm hoặc miễn đối với {CaseText.Sentence(type).ToLowerInvariant()} trong hệ thống này.");
        if (!check.EligibleNow)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.ProposedOn), check.Explanation);
        if (input.WholeRemainder && !check.WholeRemainderAllowed)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.WholeRemainder),
                $"Chưa được đề nghị hết phần còn lại; có thể đề nghị tối đa {check.MaxMonthsNow} tháng.");
        if (!input.WholeRemainder && input.Months > check.MaxMonthsNow)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(ProposalInput.Months),
                check.MaxMonthsNow > 0 ? $"Số tháng đề nghị vượt mức cho phép: tối đa {check.MaxMonthsNow} tháng vào ngày {Display.Date(on)}."
                    : "Biện pháp này không tính theo tháng; hãy chọn đề nghị miễn hết phần còn lại.");

        var proposal = new EarlyTerminationProposal
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = check.Kind,
            ProposedOn = on, RequestedMonths = input.WholeRemainder ? null : input.Months, WholeRemainder = input.WholeRemainder,
            MeritoriousActOrGraveIllness = input.MeritoriousActOrGraveIllness, Grounds = VietnameseText.Nfc(input.Grounds!.Trim()),
        };
        db.Set<EarlyTerminationProposal>().Add(proposal);
        CaseDocuments.Add(db, c, await DraftAsync(db, c, facts.TermMonths!.Value, proposal, check, ct), $"Đề nghị {EarlyTerminationText.Kind(check.Kind).ToLowerInvariant()}");
        await db.SaveChangesAsync(ct);
        return Outcome<EarlyTerminationProposal>.Ok(proposal);
    }

    // LTHAHS 2019 Điều 90 khoản 1–2: UBND cấp xã xét, đề nghị; cơ quan THAHS lập hồ sơ gửi Tòa án và Viện kiểm sát.
    static async Task<DocumentDraft> DraftAsync(HoaNhapDbContext db, Case c, int termMonths, EarlyTerminationProposal x, EarlyTerminationCheck check, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var issuer = await CaseDocuments.CommuneCommitteeAsync(db, c.CommuneCode, ct);
        var measure = EarlyTerminationText.Kind(x.Kind).ToLowerInvariant();
        var amount = x.WholeRemainder ? "toàn bộ thời gian còn lại" : $"{x.RequestedMonths} tháng";
        return new DocumentDraft
        {
            Kind = CaseFileItemKind.EarlyTerminationProposal, Issuer = issuer.Name, Symbol = $"ĐN-{issuer.SymbolSuffix}",
            Place = issuer.Place, Date = x.ProposedOn, Title = "VĂN BẢN ĐỀ NGHỊ", IsDraft = true,
            Subject = $"Về việc {measure} cho người chấp hành án",
            Basis = [
                "Căn cứ Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017;",
                "Căn cứ Luật Thi hành án hình sự năm 2019, Điều 89 và Điều 90;",
                c.DecisionNumber is { } n ? $"Căn cứ Quyết định thi hành án số {n};" : "Căn cứ quyết định thi hành án của Tòa án;",
            ],
            Body = [
                $"Ủy ban nhân dân {issuer.Place} đề nghị xét {measure} {amount} cho Ông/Bà {person.FullName}, sinh {(person.DateOfBirth is null ? "năm" : "ngày")} {person.BirthDateText}, "
                    + $"nơi cư trú: {person.Address}; đang chấp hành {CaseText.Sentence(c.SentenceType!.Value).ToLowerInvariant()}, "
                    + $"thời hạn {termMonths} tháng kể từ ngày {VietnameseDate.Format(c.StartOn)}, hiện kết thúc ngày {VietnameseDate.Format(check.CurrentEndsOn)}.",
                "Kết quả xét điều kiện: " + string.Join(" ", check.Criteria.Select(k => k.Reason)),
                $"Quá trình chấp hành án: {x.Grounds}",
                "Hồ sơ kèm theo: đơn đề nghị của người chấp hành án; nhận xét của người trực tiếp giám sát, giáo dục; sổ theo dõi; "
                    + "các tài liệu khác có liên quan.",
            ],
            Recipients = ["Tòa án nhân dân khu vực có thẩm quyền", "Viện kiểm sát nhân dân cùng cấp", "Cơ quan thi hành án hình sự Công an tỉnh", "Lưu: hồ sơ thi hành án"],
            SignerAuthority = issuer.SignerAuthority,
        };
    }

    public static async Task<Outcome<EarlyTerminationProposal>> DecideAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user,
        Guid caseId, Guid proposalId, CourtDecisionInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<EarlyTerminationProposal>.Missing();
        var proposal = await db.Set<EarlyTerminationProposal>().FirstOrDefaultAsync(x => x.Id == proposalId && x.CaseId == c.Id, ct);
        if (proposal is null) return Outcome<EarlyTerminationProposal>.Missing();
        if (!user.EditsRegistry) return Outcome<EarlyTerminationProposal>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.DecisionNumber)) errors[nameof(CourtDecisionInput.DecisionNumber)] = ["Hãy nhập số, ký hiệu quyết định của Tòa án."];
        else if (input.DecisionNumber.Length > 100) errors[nameof(CourtDecisionInput.DecisionNumber)] = [FormMessages.TooLong("Số, ký hiệu", 100)];
        if (input.Court?.Length > 200) errors[nameof(CourtDecisionInput.Court)] = [FormMessages.TooLong("Tên Tòa án", 200)];
        if (FormChecks.Past(db.Today, errors, nameof(CourtDecisionInput.DecidedOn), "Ngày quyết định", input.DecidedOn, out var on) && on < proposal.ProposedOn) errors[nameof(CourtDecisionInput.DecidedOn)] = [$"Ngày quyết định không được trước ngày đề nghị ({Display.Date(proposal.ProposedOn)})."];
        if (!input.Rejected && !input.WholeRemainder && input.GrantedMonths is not > 0)
            errors[nameof(CourtDecisionInput.GrantedMonths)] = ["Hãy nhập số tháng Tòa án chấp nhận, hoặc chọn rút ngắn, miễn hết phần còn lại, hoặc không chấp nhận."];
        if (input.Note?.Length > 2000) errors[nameof(CourtDecisionInput.Note)] = [FormMessages.TooLong("Ghi chú", 2000)];
        if (errors.Count > 0) return Outcome<EarlyTerminationProposal>.Invalid(errors);
        if (proposal.WhyNotDecidable() is { } decided)
            return Outcome<EarlyTerminationProposal>.Refused(nameof(CourtDecisionInput.DecisionNumber), decided);

        var decision = new CourtDecision(VietnameseText.Nfc(input.DecisionNumber!.Trim()),
            string.IsNullOrWhiteSpace(input.Court) ? null : VietnameseText.Nfc(input.Court.Trim()), on,
            string.IsNullOrWhiteSpace(input.Note) ? null : VietnameseText.Nfc(input.Note.Trim()));
        if (input.Rejected)
            proposal.Reject(decision);
        else
        {
            var p = await rules.ParametersAsync(ct);
            var others = await db.Set<EarlyTerminationProposal>().AsNoTracking().Where(x => x.CaseId == c.Id && x.Id != proposal.Id).ToListAsync(ct);
            var facts = await CaseFactsReader.ReadAsync(db, c, ct);
            var check = EarlyTerminationRules.Evaluate(facts, proposal.MeritoriousActOrGraveIllness, on, p)!;
            // The court decides; the rule still catches a typing mistake that the law would not allow.
            if (input.WholeRemainder && !check.WholeRemainderAllowed)
                return Outcome<EarlyTerminationProposal>.Refused(nameof(CourtDecisionInput.WholeRemainder),
                    $"Theo điều kiện vào ngày {Display.Date(on)}, pháp luật chưa cho phép rút ngắn, miễn hết phần còn lại; hãy kiểm tra lại quyết định. {check.Explanation}");
            if (!input.WholeRemainder && input.GrantedMonths > Math.Max(check.MaxMonthsNow, 0))
                return Outcome<EarlyTerminationProposal>.Refused(nameof(CourtDecisionInput.GrantedMonths),
                    $"Số tháng vượt mức pháp luật cho phép vào ngày {Display.Date(on)} (tối đa {check.MaxMonthsNow} tháng); hãy kiểm tra lại quyết định.");
            proposal.Grant(decision, input.WholeRemainder, input.GrantedMonths);
            var granted = others.Where(x => x.Status == EarlyTerminationStatus.Granted).Sum(x => x.GrantedMonths ?? 0) + (proposal.GrantedMonths ?? 0);
            c.ExpectedEndOn = EarlyTerminationRules.EndsOn(facts.SentenceType!.Value, c.StartOn, facts.TermMonths!.Value, c.CustodyDaysServed,
                granted, input.WholeRemainder ? on : null, p);
        }
        db.Set<CaseFileItem>().Add(new CaseFileItem
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = CaseFileItemKind.CourtDecision, On = on, Number = proposal.CourtDecisionNumber,
            Title = $"Quyết định của Tòa án về việc {EarlyTerminationText.Kind(proposal.Kind).ToLowerInvariant()}",
            Note = proposal.Status == EarlyTerminationStatus.Rejected ? "Không chấp nhận đề nghị."
                : proposal.GrantedWholeRemainder ? "Chấp nhận: hết phần thời hạn còn lại." : $"Chấp nhận {proposal.GrantedMonths} tháng.",
        });
        await db.SaveChangesAsync(ct);
        return Outcome<EarlyTerminationProposal>.Ok(proposal);
    }
}
