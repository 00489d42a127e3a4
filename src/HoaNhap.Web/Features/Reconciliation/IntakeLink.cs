using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Text;
using Microsoft.AspNetCore.Http.Extensions;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>
/// Opens the intake of a judgment missing from the registry, prefilled from the row of the list:
/// the judgment form of the person when they are already registered, otherwise the person form,
/// which goes on to the judgment form once the person is saved.
/// </summary>
public static class IntakeLink
{
    public static string For(ReconciliationRow row)
    {
        var judgment = JudgmentQuery(row);
        if (row.PersonId is { } person) return $"/Judgments/Create/{person}{judgment}";
        var q = new QueryBuilder
        {
            { "fullName", row.FullName },
            { "dateOfBirth", row.BirthDate },
            { "gender", VietnameseText.Fold(row.Gender) switch { "nam" => "Male", "nu" => "Female", _ => "" } },
            { "personalIdNumber", row.PersonalIdNumber },
            { "communeCode", row.CommuneCode },
            { "address", row.Address },
            { "judgment", judgment.TrimStart('?') },
        };
        return "/People/Create" + q.ToQueryString();
    }

    static string JudgmentQuery(ReconciliationRow row) => new QueryBuilder
    {
        { "number", row.JudgmentNumber },
        { "court", row.Court },
        { "judgmentDate", row.JudgmentDate },
        { "effectiveOn", row.EffectiveOn },
        { "mainPenalty", Penalties.Parse(row.Penalty)?.ToString() ?? "" },
        { "termMonths", row.TermMonths },
    }.ToQueryString().Value ?? "";
}
