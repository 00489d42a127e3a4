using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>
/// Who takes part in the monthly reconciliation of a province: the province police import, resolve
/// and sign off; the court and the procuracy of the province read the result and mark it agreed.
/// Nobody else sees it (a commune works on its own people, not on the province's figures).
/// </summary>
public static class ReconciliationAccess
{
    public static bool Sees(CurrentUser user) => user.Role is Roles.ProvinceOfficer or Roles.CourtReader or Roles.ProcuracyReader;

    public static bool Runs(CurrentUser user) => user.Role == Roles.ProvinceOfficer;

    public static bool Agrees(CurrentUser user) => user.Role is Roles.CourtReader or Roles.ProcuracyReader;

    public static bool Sees(CurrentUser user, MonthlyReconciliation r) => Sees(user) && r.ProvinceCode == user.ProvinceCode;

    public static IQueryable<MonthlyReconciliation> Visible(this IQueryable<MonthlyReconciliation> all, CurrentUser user) =>
        Sees(user) ? all.Where(r => r.ProvinceCode == user.ProvinceCode) : all.Where(_ => false);
}
