using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Import;

/// <summary>/Import: upload a register (step 1), and the unit's earlier imports.</summary>
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public sealed class Form
    {
        public string? Kind { get; set; }
        public string? UnitCode { get; set; }
        public string? Encoding { get; set; }
        public bool ConfirmReimport { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public IFormFile? RegisterFile { get; set; }
    public List<RegisterImport> Earlier { get; private set; } = [];
    public bool AskReimport { get; private set; }
    public bool IsProvinceOfficer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        Input = new Form { Kind = nameof(RegisterKind.CommunitySentences), UnitCode = me.CommuneCode ?? me.ProvinceCode };
        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        byte[]? content = null;
        if (RegisterFile is { Length: > 0 and <= Shared.Imports.RegisterFile.MaxBytes })
        {
            using var ms = new MemoryStream();
            await RegisterFile.CopyToAsync(ms, ct);
            content = ms.ToArray();
        }
        else if (RegisterFile is { Length: > Shared.Imports.RegisterFile.MaxBytes }) content = new byte[Shared.Imports.RegisterFile.MaxBytes + 1];
        var outcome = await ImportCommands.UploadAsync(db, me, new ImportInput
        {
            Kind = Input.Kind, UnitCode = Input.UnitCode, FileName = RegisterFile?.FileName, Content = content,
            Encoding = Input.Encoding, ConfirmReimport = Input.ConfirmReimport,
        }, ct);
        if (this.Refusal(outcome, field: k => k == "File" ? nameof(RegisterFile) : k.Length == 0 ? "" : $"Input.{k}") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã đọc tệp {outcome.Value!.FileName}: {outcome.Value.TotalRows} dòng. Chưa ghi gì vào hệ thống; hãy kiểm tra cách ghép cột và bản xem trước.";
            return RedirectToPage("Details", new { id = outcome.Value.Id });
        }
        AskReimport = outcome.Errors.TryGetValue("File", out var messages) && messages.Any(m => m.Contains("confirmReimport"));
        await LoadAsync(me, ct);
        return Page();
    }

    /// <summary>The template of a kind's register: its headers and one example row.</summary>
    public IActionResult OnGetTemplate(string? kind, string? format)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        var k = Enum.TryParse<RegisterKind>(kind, out var parsed) ? parsed : RegisterKind.CommunitySentences;
        var fields = RegisterFields.Of(k);
        var name = k == RegisterKind.CommunitySentences ? "mau-so-chap-hanh-an-tai-cong-dong" : "mau-so-nguoi-chap-hanh-xong-an-phat-tu";
        if (format == "xlsx")
        {
            var row = new Dictionary<string, object>();
            foreach (var f in fields) row[RegisterFields.Label(f)] = Example(f);
            return File(Shared.Exports.SpreadsheetFile.Write([row]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }
        var csv = Domain.Reconciliation.CsvTable.Write([fields.Select(RegisterFields.Label), fields.Select(Example)]);
        return File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)], "text/csv", name + ".csv");
    }

    static string Example(RegisterField f) => f switch
    {
        RegisterField.FullName => "Nguyễn Văn An",
        RegisterField.DateOfBirth => "05/09/1990",
        RegisterField.Gender => "Nam",
        RegisterField.PersonalIdNumber => "025090001234",
        RegisterField.Address => "Tổ 5, Phường Tân Hòa",
        RegisterField.Commune => "Phường Tân Hòa",
        RegisterField.Phone => "0912345678",
        RegisterField.JudgmentNumber => "25/2026/HS-ST",
        RegisterField.JudgmentDate => "15/09/2026",
        RegisterField.Court => "Tòa án nhân dân khu vực 1 - Phú Thọ",
        RegisterField.Offence => "Trộm cắp tài sản (Điều 173)",
        RegisterField.Penalty => "Án treo",
        RegisterField.TermMonths => "24",
        RegisterField.ProbationMonths => "36",
        RegisterField.EffectiveOn => "01/10/2026",
        RegisterField.ReleasedOn => "01/03/2026",
        _ => "",
    };

    async Task LoadAsync(CurrentUser me, CancellationToken ct)
    {
        IsProvinceOfficer = me.CommuneCode is null;
        Earlier = await db.Set<RegisterImport>().AsNoTracking().Visible(me).OrderByDescending(i => i.CreatedAt).Take(20).ToListAsync(ct);
    }
}
