using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The sections of the case page (/Cases/Details/{id}) as fragment ids, and the way back to one
/// after saving: the case page then shows the confirmation at the top of that section, so the
/// officer lands where the change is, with the confirmation in view.
/// </summary>
public static class CasePage
{
    public const string Intake = "intake";
    public const string Supervision = "supervision";
    public const string Breaches = "breaches";
    public const string Absences = "absences";
    public const string Termination = "termination";
    public const string Transfers = "transfers";
    public const string Completion = "completion";
    public const string Files = "files";

    /// <summary>TempData key naming the section whose confirmation is pending.</summary>
    public const string MessageSection = "MessageSection";

    /// <summary>Keeps the confirmation for the section and answers the address to redirect to.</summary>
    public static string Done(ITempDataDictionary temp, Guid caseId, string section, string message)
    {
        temp["Message"] = message;
        temp[MessageSection] = section;
        return $"/Cases/Details/{caseId}#{section}";
    }
}

/// <summary>An action the case page would offer, not available now: its name, why, what to do first (see <see cref="Domain.Cases.CaseActions"/>).</summary>
public sealed record BlockedAction(string Action, Domain.Cases.ActionBlock Block, Guid CaseId, string TestId, bool MayOpen);
