using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>
/// Which reconciliations a user sees: those of their own province, when their role may see reconciliations at all
/// (<see cref="Permissions"/>: the province police import, resolve and sign off; the court and the procuracy read the
/// result and mark it agreed; a commune works on its own people, not on the province's figures).
/// </summary>
public static class ReconciliationAccess
{
    public static bool Sees(CurrentUser user, MonthlyReconciliation r) => user.May(Act.SeeReconciliation) && r.ProvinceCode == user.ProvinceCode;

    public static IQueryable<MonthlyReconciliation> Visible(this IQueryable<MonthlyReconciliation> all, CurrentUser user) =>
        user.May(Act.SeeReconciliation) ? all.Where(r => r.ProvinceCode == user.ProvinceCode) : all.Where(_ => false);
}
