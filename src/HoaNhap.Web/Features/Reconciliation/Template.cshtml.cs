using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>The template of a list (the columns and one example row), as CSV or .xlsx. No personal data: every signed-in user may download it.</summary>
[Shared.Audit.NoPersonalData]
public sealed class TemplateModel : PageModel
{
    public IActionResult OnGet(string? format) => format == "xlsx"
        ? File(ListFile.TemplateXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-doi-soat.xlsx")
        : File(ListFile.TemplateCsv(), "text/csv; charset=utf-8", "mau-doi-soat.csv");
}
