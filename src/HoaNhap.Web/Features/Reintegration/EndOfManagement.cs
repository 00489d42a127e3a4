using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>When a returnee's record is cleared, or why it cannot be computed from the registry (<see cref="RecordExpungement"/>).</summary>
public sealed record ExpungementView(Guid CaseId, Guid PersonId, string PersonName, string CommuneCode, RecordAnswer Record)
{
    public DateOnly? ClearFrom => Record.ClearFrom;
    public ExpungementMode Mode => Record.Mode;
    public string Explanation => Record.Explanation;
    /// <summary>A new offence committed before the record cleared: the old judgment's expungement date no longer holds (BLHS 2015 Điều 73 khoản 2).</summary>
    public DateOnly? NewOffenceOn => Record.NewOffenceOn;

    public int? DaysLeft(DateOnly today) => Record.DaysLeft(today);
}

public sealed class ExpungementRequestInput
{
    /// <summary>The commune committee's assessment of the person's conduct since release.</summary>
    public string? Assessment { get; set; }
}

public sealed class ClearanceInput
{
    /// <summary>Certificate or CourtDecision.</summary>
    public string? Kind { get; set; }
    public string? DocumentNumber { get; set; }
    public string? DocumentDate { get; set; }
    public string? Issuer { get; set; }
}

/// <summary>
/// End of management (TT 10/2024/TT-BCA Điều 13): the record-expungement date of every returnee from their judgment with
/// the <see cref="RecordExpungement"/> rule (as the almost-eligible forecast computes it), the lists within 30/60/90
/// days and already past, the request to the court with the commune's assessment, and the closing of the file.
/// </summary>
public static class EndOfManagement
{
    /// <summary>The record of one returnee, read from the case (<see cref="CaseFactsReader"/>).</summary>
    public static ExpungementView Compute(Case c, string personName, CaseFacts facts, RuleParameters p, DateOnly today) =>
        new(c.Id, c.PersonId, personName, c.CommuneCode, RecordExpungement.ForCase(facts, today, p));

    static async Task<Judgment?> JudgmentAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        (await CaseFactsReader.ReadAsync(db, c, ct)).Judgment;

    public static async Task<ExpungementView?> ForCaseAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return null;
        var name = await db.People.Where(x => x.Id == c.PersonId).Select(x => x.FullName).FirstAsync(ct);
        return Compute(c, name, await CaseFactsReader.ReadAsync(db, c, ct), await rules.ParametersAsync(ct), db.Today);
    }

    /// <summary>The returnees under management in the caller's scope whose record clears within <paramref name="days"/> days, or (null) already past.</summary>
    public static async Task<List<ExpungementView>> ListAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, int? days, CancellationToken ct)
    {
        var visible = db.People.People(user).Select(x => x.Id);
        var cases = await db.Cases.AsNoTracking().Where(c => c.Kind == CaseKind.Reintegration
                && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active) && visible.Contains(c.PersonId))
            .Join(db.People, c => c.PersonId, x => x.Id, (c, x) => new { c, x.FullName }).Take(5000).ToListAsync(ct);
        var p = await rules.ParametersAsync(ct);
        var today = db.Today;
        var result = new List<ExpungementView>();
        foreach (var chunk in cases.Chunk(500))
        {
            var facts = await CaseFactsReader.ReadManyAsync(db, chunk.Select(x => x.c).ToList(), ct);
            foreach (var x in chunk)
            {
                var v = Compute(x.c, x.FullName, facts[x.c.Id], p, today);
                if (v.DaysLeft(today) is not { } left) continue;
                if (days is null ? left <= 0 : left > 0 && left <= days) result.Add(v);
            }
        }
        return result.OrderBy(v => v.ClearFrom).ThenBy(v => v.PersonName).ToList();
    }

    /// <summary>Expungement by court decision: the request with the commune's assessment (.docx, a draft for the person and the commune to check).</summary>
    public static async Task<Outcome<CaseFileItem>> RequestAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId,
        ExpungementRequestInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CaseFileItem>.Missing();
        if (!user.EditsRegistry) return Outcome<CaseFileItem>.Denied();
        var assessment = VietnameseText.Nfc(input.Assessment).Trim();
        if (assessment.Length == 0) return Outcome<CaseFileItem>.Invalid(nameof(ExpungementRequestInput.Assessment), "Hãy nhập nhận xét của UBND xã về quá trình chấp hành pháp luật của người này.");
        if (assessment.Length > 4000) return Outcome<CaseFileItem>.Invalid(nameof(ExpungementRequestInput.Assessment), FormMessages.TooLong("Nhận xét", 4000));
        var v = await ForCaseAsync(db, rules, user, caseId, ct);
        if (c.Kind != CaseKind.Reintegration || c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<CaseFileItem>.Refused(nameof(ExpungementRequestInput.Assessment), "Chỉ lập đơn cho người đang được quản lý tái hòa nhập cộng đồng.");
        if (v!.NewOffenceOn is { } offence)
            return Outcome<CaseFileItem>.Refused(nameof(ExpungementRequestInput.Assessment),
                $"Người này phạm tội mới ngày {Display.Date(offence)} trong thời hạn xóa án tích: chưa đủ điều kiện đề nghị xóa án tích (BLHS 2015 Điều 71 khoản 2, Điều 73 khoản 2).");
        if (v.Mode == ExpungementMode.Automatic)
            return Outcome<CaseFileItem>.Refused(nameof(ExpungementRequestInput.Assessment),
                "Người này đương nhiên được xóa án tích (BLHS 2015 Điều 70): không cần Tòa án quyết định; hãy hướng dẫn đề nghị cấp Phiếu lý lịch tư pháp (Thông tư 10/2024/TT-BCA, Điều 13).");
        var person = await db.People.AsNoTracking().FirstAsync(x => x.Id == c.PersonId, ct);
        var j = await JudgmentAsync(db, c, ct);
        var committee = await CaseDocuments.CommuneCommitteeAsync(db, c.CommuneCode, ct);
        var item = CaseDocuments.Add(db, c, Request(committee, person, j, v, assessment, db.Today), "Đơn đề nghị xóa án tích kèm nhận xét của UBND xã (dự thảo)");
        await db.SaveChangesAsync(ct);
        return Outcome<CaseFileItem>.Ok(item);
    }

    static DocumentDraft Request(DocumentIssuer committee, Person p, Judgment? j, ExpungementView v, string assessment, DateOnly today) => new()
    {
        Kind = CaseFileItemKind.Other, IsDraft = true,
        Issuer = committee.Name, Symbol = "UBND", Place = committee.Place, Date = today,
        Title = "ĐƠN ĐỀ NGHỊ XÓA ÁN TÍCH",
        Subject = "Kính gửi: Tòa án đã xét xử sơ thẩm" + (j is not null ? $" ({j.Court})" : ""),
        Basis = ["Căn cứ Điều 71, Điều 72 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017);", "Căn cứ Điều 13 Thông tư số 10/2024/TT-BCA ngày 15 tháng 3 năm 2024 của Bộ trưởng Bộ Công an;"],
        Body =
        [
            $"Tôi là {p.FullName}, sinh {p.BirthDateText}" + (p.PersonalIdNumber is { } id ? $", số định danh cá nhân {id}" : "") + $", nơi cư trú: {p.Address}.",
            j is not null ? $"Tôi đã bị Tòa án xét xử theo bản án số {j.Number} ngày {Display.Date(j.JudgmentDate)} của {j.Court}; đã chấp hành xong hình phạt và các quyết định khác của bản án." : "Tôi đã chấp hành xong bản án.",
            v.ClearFrom is { } d ? $"Tính đến ngày {Display.Date(d)}, tôi đã đủ thời hạn để được xem xét xóa án tích và không phạm tội mới." : "Tôi đề nghị Tòa án xem xét xóa án tích.",
            "Tôi làm đơn này kính đề nghị Tòa án xem xét, quyết định xóa án tích cho tôi.",
            $"NHẬN XÉT CỦA ỦY BAN NHÂN DÂN XÃ: {assessment}",
        ],
        Recipients = ["Như trên", "Lưu: hồ sơ tái hòa nhập cộng đồng"],
        SignerAuthority = "NGƯỜI LÀM ĐƠN",
        SignerName = p.FullName,
    };

    /// <summary>Recording the certificate or the court decision ends management: the case is closed (Completed) and kept.</summary>
    public static async Task<Outcome<RecordClearance>> CloseAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, ClearanceInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<RecordClearance>.Missing();
        if (!user.EditsRegistry) return Outcome<RecordClearance>.Denied();
        var errors = new Dictionary<string, string[]>();
        ClearanceKind? kind = input.Kind switch { "Certificate" => ClearanceKind.Certificate, "CourtDecision" => ClearanceKind.CourtDecision, _ => null };
        if (kind is null) errors[nameof(ClearanceInput.Kind)] = ["Hãy chọn: Phiếu lý lịch tư pháp (không có án tích) hoặc quyết định xóa án tích của Tòa án."];
        var number = VietnameseText.Nfc(input.DocumentNumber).Trim();
        if (number.Length is 0 or > 100) errors[nameof(ClearanceInput.DocumentNumber)] = ["Hãy nhập số của phiếu hoặc quyết định (tối đa 100 ký tự)."];
        FormChecks.Past(db.Today, errors, nameof(ClearanceInput.DocumentDate), "Ngày cấp, ngày quyết định", input.DocumentDate, out var date);
        var issuer = VietnameseText.Nfc(input.Issuer).Trim();
        if (issuer.Length is 0 or > 200) errors[nameof(ClearanceInput.Issuer)] = ["Hãy nhập cơ quan cấp phiếu hoặc Tòa án ra quyết định (tối đa 200 ký tự)."];
        if (errors.Count > 0) return Outcome<RecordClearance>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<RecordClearance>.Refused(nameof(ClearanceInput.Kind), "Chỉ hồ sơ tái hòa nhập cộng đồng kết thúc quản lý khi được xóa án tích (Thông tư 10/2024/TT-BCA, Điều 13).");
        if (c.Status == CaseStatus.Intake)
            return Outcome<RecordClearance>.Refused(nameof(ClearanceInput.Kind), "Người này chưa trình diện, hồ sơ chưa được đưa vào quản lý.");
        if (c.MoveTo(CaseStatus.Completed, date) is { } refusal) return Outcome<RecordClearance>.Refused(nameof(ClearanceInput.Kind), refusal);
        var x = new RecordClearance
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind!.Value, DocumentNumber = number,
            DocumentDate = date, Issuer = issuer, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(x);
        await db.SaveChangesAsync(ct);
        return Outcome<RecordClearance>.Ok(x);
    }
}
