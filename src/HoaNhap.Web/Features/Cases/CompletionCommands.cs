using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Completing a community sentence: the certificate is generated (or a paper one recorded) and the case closes.</summary>
public sealed class CompletionInput
{
    /// <summary>The last day of the term, on which the certificate is issued; defaults to the computed end date.</summary>
    public string? CompletedOn { get; set; }
    /// <summary>True: the system drafts the certificate (.docx). False: a certificate already issued on paper is recorded by its number.</summary>
    public bool Generate { get; set; } = true;
    public string? CertificateNumber { get; set; }
}

/// <summary>What completing the case will do, shown before the officer confirms.</summary>
public sealed record CompletionPreview(Case Case, DateOnly? EndsOn, IReadOnlyList<string> Steps, ReintegrationStartResult Reintegration,
    bool ReintegrationAlreadyOpen, string? Blocker);

public sealed record CompletionResult(Case Case, CaseFileItem Certificate, Case? Reintegration);

public static class CompletionCommands
{
    public static async Task<CompletionPreview?> PreviewAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return null;
        var p = await rules.ParametersAsync(ct);
        var steps = new List<string>();
        DateOnly? endsOn = c.ExpectedEndOn;
        if (c.SentenceType is { } type && c.TermMonths is { } term)
        {
            var granted = await db.Set<EarlyTerminationProposal>().AsNoTracking()
                .Where(x => x.CaseId == c.Id && x.Status == EarlyTerminationStatus.Granted).ToListAsync(ct);
            var months = granted.Sum(x => x.GrantedMonths ?? 0);
            var input = new EndDateInput(type, c.StartOn, term, c.CustodyDaysServed, months);
            if (!SentenceEndDate.Validate(input).Any())
            {
                steps.AddRange(SentenceEndDate.Compute(input, p).Steps);
                if (granted.FirstOrDefault(x => x.GrantedWholeRemainder) is { DecidedOn: { } whole })
                    steps.Add($"Tòa án quyết định rút ngắn, miễn hết phần thời hạn còn lại ngày {Display.Date(whole)}, nên thời hạn kết thúc vào ngày đó.");
            }
        }
        var mainPenalty = c.JudgmentId is { } jid
            ? await db.Judgments.AsNoTracking().Where(j => j.Id == jid).Select(j => (MainPenalty?)j.MainPenalty).FirstOrDefaultAsync(ct) : null;
        var reintegration = c.SentenceType is { } t && endsOn is { } e
            ? ReintegrationStart.After(t, mainPenalty, e)
            : new ReintegrationStartResult(null, "Hồ sơ này không phải án chấp hành tại cộng đồng có ngày kết thúc.");
        var open = await db.Cases.AnyAsync(x => x.PersonId == c.PersonId && x.Kind == CaseKind.Reintegration
            && (x.Status == CaseStatus.Intake || x.Status == CaseStatus.Active), ct);
        string? blocker = c.Kind != CaseKind.CommunitySentence ? "Chỉ hồ sơ chấp hành án tại cộng đồng được xác nhận chấp hành xong tại đây."
            : c.Status != CaseStatus.Active ? $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”, không thể xác nhận chấp hành xong."
            : endsOn is null ? "Hồ sơ chưa có ngày kết thúc; hãy bổ sung thời hạn chấp hành."
            : db.Today < endsOn ? $"Chưa hết thời hạn: thời hạn kết thúc ngày {Display.Date(endsOn.Value)}; giấy chứng nhận được cấp vào ngày cuối cùng của thời hạn."
            : null;
        return new CompletionPreview(c, endsOn, steps, reintegration, open, blocker);
    }

    public static async Task<Outcome<CompletionResult>> CompleteAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId,
        CompletionInput input, CancellationToken ct)
    {
        var preview = await PreviewAsync(db, rules, user, caseId, ct);
        if (preview is null) return Outcome<CompletionResult>.Missing();
        if (!user.EditsRegistry) return Outcome<CompletionResult>.Denied();
        var c = preview.Case;
        var errors = new Dictionary<string, string[]>();
        var on = preview.EndsOn ?? db.Today;
        if (!string.IsNullOrWhiteSpace(input.CompletedOn) && !VietnameseDate.TryParse(input.CompletedOn, out on))
            errors[nameof(CompletionInput.CompletedOn)] = [FormMessages.DateFormat("Ngày chấp hành xong")];
        if (!input.Generate && string.IsNullOrWhiteSpace(input.CertificateNumber))
            errors[nameof(CompletionInput.CertificateNumber)] = ["Hãy nhập số giấy chứng nhận đã cấp, hoặc chọn để hệ thống lập giấy chứng nhận."];
        else if (input.CertificateNumber?.Length > 100)
            errors[nameof(CompletionInput.CertificateNumber)] = [FormMessages.TooLong("Số giấy chứng nhận", 100)];
        if (errors.Count > 0) return Outcome<CompletionResult>.Invalid(errors);
        if (preview.Blocker is { } blocker) return Outcome<CompletionResult>.Refused(nameof(CompletionInput.CompletedOn), blocker);
        if (on != preview.EndsOn)
            return Outcome<CompletionResult>.Refused(nameof(CompletionInput.CompletedOn),
                $"Ngày chấp hành xong là ngày cuối cùng của thời hạn, tức ngày {Display.Date(preview.EndsOn!.Value)}.");
        if (c.MoveTo(CaseStatus.Completed, on) is { } refusal)
            return Outcome<CompletionResult>.Refused(nameof(CompletionInput.CompletedOn), refusal);

        CaseFileItem certificate;
        if (input.Generate)
            certificate = CaseDocuments.Add(db, c, await CertificateAsync(db, c, on, ct), "Giấy chứng nhận chấp hành xong");
        else
        {
            certificate = new CaseFileItem
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                Kind = CaseFileItemKind.CompletionCertificate, Title = "Giấy chứng nhận chấp hành xong", On = on,
                Number = VietnameseText.Nfc(input.CertificateNumber!.Trim()),
            };
            db.Set<CaseFileItem>().Add(certificate);
        }

        Case? next = null;
        if (preview.Reintegration.StartsOn is { } start && !preview.ReintegrationAlreadyOpen)
        {
            next = new Case
            {
                PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = CaseKind.Reintegration,
                ReleaseKind = ReleaseKind.SentenceCompleted, JudgmentId = c.JudgmentId, StartOn = start,
                LegalBasisVersion = LegalBasis.For(start), PreviousCaseId = c.Id, Notes = preview.Reintegration.Reason,
            };
            db.Cases.Add(next);
        }
        await db.SaveChangesAsync(ct);
        return Outcome<CompletionResult>.Ok(new CompletionResult(c, certificate, next));
    }

    static async Task<DocumentDraft> CertificateAsync(HoaNhapDbContext db, Case c, DateOnly on, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var issuer = await CaseDocuments.CommunePoliceAsync(db, c.CommuneCode, ct);
        var judgment = c.JudgmentId is { } jid ? await db.Judgments.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid, ct) : null;
        var type = CaseText.Sentence(c.SentenceType!.Value).ToLowerInvariant();
        return new DocumentDraft
        {
            Kind = CaseFileItemKind.CompletionCertificate, IssuerParent = issuer.Parent, Issuer = issuer.Name, Symbol = $"GCN-{issuer.SymbolSuffix}",
            Place = issuer.Place, Date = on, Title = "GIẤY CHỨNG NHẬN", Subject = $"Đã chấp hành xong {type}",
            Basis = [
                "Căn cứ Luật Thi hành án hình sự năm 2019;",
                judgment is null ? "Căn cứ bản án của Tòa án;" : $"Căn cứ Bản án số {judgment.Number} ngày {VietnameseDate.Format(judgment.JudgmentDate)} của {judgment.Court};",
                c.DecisionNumber is { } n ? $"Căn cứ Quyết định thi hành án số {n};" : "Căn cứ quyết định thi hành án;",
            ],
            Body = [
                $"{issuer.Name.Replace('\n', ' ')} chứng nhận: Ông/Bà {person.FullName}, sinh {(person.DateOfBirth is null ? "năm" : "ngày")} {person.BirthDateText}, nơi cư trú: {person.Address}.",
                $"Đã chấp hành xong {type}, thời hạn {c.TermMonths} tháng, kể từ ngày {VietnameseDate.Format(c.StartOn)} đến ngày {VietnameseDate.Format(on)}.",
                "Giấy chứng nhận này được cấp vào ngày cuối cùng của thời hạn chấp hành án và gửi cho người chấp hành án, "
                    + "Tòa án đã ra quyết định thi hành án, Viện kiểm sát cùng cấp và Sở Tư pháp.",
            ],
            Recipients = [$"Ông/Bà {person.FullName}", "Tòa án đã ra quyết định thi hành án", "Viện kiểm sát nhân dân cùng cấp", "Sở Tư pháp", "Lưu: hồ sơ thi hành án"],
            SignerAuthority = issuer.SignerAuthority,
        };
    }
}
