using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>A form that adds to a case's supervision record: the supervision record is shown beside it.</summary>
public abstract class CaseRecordPage<TInput, TResult>(HoaNhapDbContext db, RuleBook book) : CaseFormPage<TInput, TResult>(db) where TInput : class, new()
{
    public CaseSupervision Supervision { get; private set; } = null!;
    protected Task<RuleParameters> RulesAsync(CancellationToken ct) => book.ParametersAsync(ct);
    protected override string Section => CasePage.Supervision;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Supervision = await SupervisionQueries.ForCaseAsync(Db, await book.ParametersAsync(ct), c, Db.Today, ct);
        return true;
    }
}
