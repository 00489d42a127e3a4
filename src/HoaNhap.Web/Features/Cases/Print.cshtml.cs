using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Everything the printed case file holds, read once for the page and the .docx.</summary>
public sealed record PrintableCaseFile(Case Case, Person Person, string CommuneName, Judgment? Judgment, IReadOnlyList<EnforcementDecision> Decisions,
    string? Supervisor, CaseFileView View, IReadOnlyList<TimelineEntry> Contacts, IReadOnlyList<Breach> Breaches, IReadOnlyList<CaseFileItem> Files)
{
    public string Type => Case.SentenceType is { } st ? CaseText.Sentence(st) : Case.ReleaseKind is { } rk ? CaseText.Release(rk) : CaseText.Kind(Case.Kind);

    public static async Task<PrintableCaseFile> LoadAsync(HoaNhapDbContext db, RuleBook rules, Case c, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var commune = await db.Communes.AsNoTracking().Where(x => x.Code == c.CommuneCode).Select(x => x.FullName).FirstOrDefaultAsync(ct) ?? c.CommuneCode;
        var judgment = c.JudgmentId is { } jid ? await db.Judgments.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid, ct) : null;
        var decisions = judgment is null ? [] : await db.EnforcementDecisions.AsNoTracking().Where(d => d.JudgmentId == judgment.Id).OrderBy(d => d.IssuedOn).ToListAsync(ct);
        var supervisor = await db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == c.PersonId && a.EndedOn == null)
            .OrderByDescending(a => a.AssignedOn).Select(a => a.SupervisorName).FirstOrDefaultAsync(ct);
        var view = await CaseFileQueries.ViewAsync(db, rules, c, ct);
        var contacts = await ContactTimeline.ReadAsync(db, c, ct);
        var breaches = await db.Set<Breach>().AsNoTracking().Where(b => b.CaseId == c.Id).OrderBy(b => b.OccurredOn).ToListAsync(ct);
        var files = await CaseDocuments.ListAsync(db, c.Id, ct);
        return new PrintableCaseFile(c, person, commune, judgment, decisions, supervisor, view, contacts, breaches, files);
    }

    /// <summary>The same file as a .docx in the administrative format (NĐ 30/2020), one paragraph per line, sections numbered.</summary>
    public async Task<byte[]> DocxAsync(HoaNhapDbContext db, CancellationToken ct)
    {
        var issuer = await CaseDocuments.CommunePoliceAsync(db, Case.CommuneCode, ct);
        var p = Person;
        var body = new List<string>
        {
            "I. NGƯỜI CHẤP HÀNH ÁN",
            $"Họ và tên: {p.FullName}{(p.OtherNames is { } o ? $" (tên gọi khác: {o})" : "")}; giới tính: {(p.Gender == Gender.Female ? "nữ" : "nam")}; sinh {(p.DateOfBirth is null ? "năm" : "ngày")} {p.BirthDateText}.",
            $"Số định danh cá nhân: {p.PersonalIdNumber ?? "chưa ghi nhận"}. Nơi cư trú: {p.Address}.{(p.Phone is { } ph ? $" Điện thoại: {ph}." : "")}",
            "II. BẢN ÁN VÀ QUYẾT ĐỊNH",
            Judgment is { } j
                ? $"Bản án số {j.Number} ngày {Display.Date(j.JudgmentDate)} của {j.Court}, có hiệu lực từ {Display.Date(j.EffectiveOn)}; tội danh: {string.Join(", ", j.Offences)}; hình phạt chính: {JudgmentText.Penalty(j.MainPenalty)}{(j.TermMonths is { } tm ? $" {tm} tháng" : "")}{(j.ProbationMonths is { } pm ? $", thời gian thử thách {pm} tháng" : "")}."
                : "Chưa ghi nhận bản án.",
        };
        body.AddRange(Decisions.Select(d => $"Quyết định thi hành án số {d.Number} ngày {Display.Date(d.IssuedOn)} của {d.IssuedBy}{(d.ReceivedOn is { } r ? $", nhận ngày {Display.Date(r)}" : "")}."));
        body.Add($"Hồ sơ: {Type}; trạng thái: {CaseText.Status(Case.Status)}; bắt đầu {Display.Date(Case.StartOn)}; kết thúc dự kiến {(Case.ExpectedEndOn is { } e ? Display.Date(e) : "chưa xác định")}; người giám sát, giáo dục: {Supervisor ?? "chưa phân công"}.");
        body.Add("III. THỜI HẠN PHÁP LÝ");
        if (View.Deadlines.Count == 0) body.Add("Không có thời hạn đang theo dõi.");
        body.AddRange(View.Deadlines.Select(d => $"- {d.Name} ({d.Who}): hạn {Display.Date(d.DueOn)}, {d.StateText.ToLowerInvariant()}{(d.DoneOn is { } done ? $" ngày {Display.Date(done)}" : "")}; căn cứ {d.LegalBasis}."));
        body.Add("IV. TIẾP XÚC, ĐIỂM DANH VÀ LỊCH HẸN");
        if (Contacts.Count == 0) body.Add("Chưa có.");
        body.AddRange(Contacts.Select(x => $"- {Display.Date(x.On)}{(x.At is { } t ? " " + t.ToString("HH:mm") : "")}: {x.Kind}{(x.Channel is { } ch ? $" ({ch.ToLowerInvariant()})" : "")}, {x.Who}{(x.Outcome.Length > 0 ? $"; {x.Outcome.ToLowerInvariant()}" : "")}{(x.Note is { } n ? $"; {n}" : "")}."));
        body.Add("V. VI PHẠM");
        if (Breaches.Count == 0) body.Add("Không có vi phạm được ghi nhận.");
        body.AddRange(Breaches.Select(b => $"- {Display.Date(b.OccurredOn)}: {BreachText.Kind(b.Kind)}{(b.Intentional ? " (cố ý)" : "")}; {b.Description}"));
        body.Add("VI. DANH MỤC TÀI LIỆU TRONG HỒ SƠ");
        if (Files.Count == 0) body.Add("Chưa có tài liệu nào.");
        body.AddRange(Files.Select((f, i) => $"{i + 1}. {f.Title}{(f.Number is { } num ? $", số {num}" : "")}, ngày {Display.Date(f.On)}{(f.Generated ? "" : " (bản giấy)")}."));
        var draft = new DocumentDraft
        {
            Kind = CaseFileItemKind.Other, IssuerParent = issuer.Parent, Issuer = issuer.Name, Symbol = $"HS-{issuer.SymbolSuffix}",
            Place = issuer.Place, Date = db.Today, Title = "HỒ SƠ THI HÀNH ÁN", Subject = $"{Type}: {p.FullName}",
            Body = body, Recipients = ["Lưu: hồ sơ thi hành án"], SignerAuthority = issuer.SignerAuthority,
        };
        return AdministrativeDocument.Render(draft);
    }
}

/// <summary>
/// The whole case file on one print-ready page (A4, no menu, each part on its own page) and as a .docx. Viewing,
/// printing and downloading are reads of personal data: each is audited.
/// </summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class PrintModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    public PrintableCaseFile Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, CurrentUser.From(User)!, id, ct);
        if (c is null) return NotFound();
        Data = await PrintableCaseFile.LoadAsync(db, rules, c, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, CurrentUser.From(User)!, id, ct);
        if (c is null) return NotFound();
        var file = await PrintableCaseFile.LoadAsync(db, rules, c, ct);
        var bytes = await file.DocxAsync(db, ct);
        var slug = VietnameseText.Fold(file.Person.FullName).Replace(' ', '-');
        return File(bytes, AdministrativeDocument.ContentType, $"ho-so-{slug}-{db.Today:yyyyMMdd}.docx");
    }
}
