using static HoaNhap.Domain.Access.Roles;

namespace HoaNhap.Domain.Access;

/// <summary>An act a user may be allowed to do; who may is in <see cref="Permissions"/>.</summary>
public enum Act
{
    ReadRegistry, EditRegistry, AssignSupervisors, UseWorklist, RecordContact, RecordBatchCheckIn,
    SeeDashboard, ListDashboardPeople, ReadReports, WriteReports, ReviewReports,
    SeeReconciliation, RunReconciliation, AgreeReconciliation, RecomputeForecast,
    ReadLoans, ReadReleaseNotices, UseReintegrationModels, UseEmployment, UseTraining,
    ReadAuditLog, ReviewRetention, ManageUsers, ManageRules,
    IssuePortalInvitation, UsePortal, SeeSelfCheckIns, ManageSelfCheckIn,
    RecordViolationSign, DecideGrade, ApproveCadence, ImportRegister,
    SeeAlerts, HandleAlerts, SeeCaseload, SeeAtLarge,
    SeePlans, ManagePlans, ReportPlanTasks,
    SeeInspections, RecordInspections, FollowUpRemedies,
}

/// <summary>
/// The one table of who may do what (issue 17, part 2). The pages, the commands, the API, the layout's menu and the
/// authorization matrix test all read it; the unit a user may act on is decided apart, by the scope of their unit.
/// </summary>
public static class Permissions
{
    static readonly string[] CommuneWork = [ProvinceOfficer, CommuneOfficer, CommuneLeader];

    static readonly IReadOnlyDictionary<Act, string[]> Table = new Dictionary<Act, string[]>
    {
        [Act.ReadRegistry] = [ProvinceOfficer, CommuneOfficer, CommuneLeader, Supervisor, CourtReader, ProcuracyReader],
        [Act.EditRegistry] = [ProvinceOfficer, CommuneOfficer],
        // The commune People's Committee assigns supervisors; the commune police record it for them.
        [Act.AssignSupervisors] = [CommuneLeader, CommuneOfficer],
        [Act.UseWorklist] = [ProvinceOfficer, CommuneOfficer, CommuneLeader, Supervisor],
        [Act.RecordContact] = [ProvinceOfficer, CommuneOfficer, Supervisor],
        // The month-end sheet of a commune's check-ins is the commune police's.
        [Act.RecordBatchCheckIn] = [CommuneOfficer],
        [Act.SeeDashboard] = [SystemAdmin, ProvinceOfficer, CommuneOfficer, CommuneLeader],
        [Act.ListDashboardPeople] = CommuneWork,
        [Act.ReadReports] = CommuneWork,
        [Act.WriteReports] = CommuneWork,
        [Act.ReviewReports] = [ProvinceOfficer],
        [Act.SeeReconciliation] = [ProvinceOfficer, CourtReader, ProcuracyReader],
        [Act.RunReconciliation] = [ProvinceOfficer],
        [Act.AgreeReconciliation] = [CourtReader, ProcuracyReader],
        [Act.RecomputeForecast] = [ProvinceOfficer],
        [Act.ReadLoans] = [BankOfficer, ProvinceOfficer, CommuneOfficer, CommuneLeader],
        [Act.ReadReleaseNotices] = CommuneWork,
        [Act.UseReintegrationModels] = CommuneWork,
        [Act.UseEmployment] = CommuneWork,
        [Act.UseTraining] = CommuneWork,
        [Act.ReadAuditLog] = [SystemAdmin, ProvinceOfficer],
        [Act.ReviewRetention] = [ProvinceOfficer],
        [Act.ManageUsers] = [SystemAdmin],
        [Act.ManageRules] = [SystemAdmin],
        // The commune police invite a person of their commune to the portal (issue 18).
        [Act.IssuePortalInvitation] = [CommuneOfficer],
        // The portal: the person's own file and nothing else; no staff role uses it.
        [Act.UsePortal] = [Person],
        // Self check-ins from the portal, with their photos: only the staff of the case's commune.
        [Act.SeeSelfCheckIns] = [CommuneOfficer, CommuneLeader],
        // The commune police decide a self check-in schedule for a case and review each check-in.
        [Act.ManageSelfCheckIn] = [CommuneOfficer],
        // Signs of violation: the commune police and the person's own supervisor, who see them first (issue 19, part 2).
        [Act.RecordViolationSign] = [CommuneOfficer, Supervisor],
        // The supervision grade of a case: the commune police of the case's commune (issue 19, part 1).
        [Act.DecideGrade] = [CommuneOfficer],
        // Contact less often than the grade's minimum: the commune People's Committee approves (issue 19, part 1).
        [Act.ApproveCadence] = [CommuneLeader],
        // Bringing a commune's or province's old register in (issue 20): the officers who keep the registry.
        [Act.ImportRegister] = [ProvinceOfficer, CommuneOfficer],
        // Alerts (cảnh báo): the commune police verify, dispose and follow up; the province police see the escalated ones.
        [Act.SeeAlerts] = CommuneWork,
        [Act.HandleAlerts] = [CommuneOfficer],
        // Caseload per supervisor and per officer (issue 19, part 8): who assigns (the commune) and who oversees (the province).
        [Act.SeeCaseload] = CommuneWork,
        // Plans and the duties of every body (issue 19, part 6): the police and the commune committee read their unit's plans, a
        // body only its own tasks (the scope is in the query). The unit that owns a plan writes it: the province police, and for a
        // commune plan the commune police who draft it and the commune committee that issues it.
        [Act.SeePlans] = [ProvinceOfficer, CommuneOfficer, CommuneLeader, PartnerBody],
        [Act.ManagePlans] = [ProvinceOfficer, CommuneOfficer, CommuneLeader],
        // A body reports on its own tasks; the owner's police record a report a body sent on paper.
        [Act.ReportPlanTasks] = [PartnerBody, ProvinceOfficer, CommuneOfficer],
        // The inspection and oversight register (issue 19, part 7). The procuracy records its own recommendations (kiến nghị) and
        // follows them to the end: it already writes its agreement to the monthly reconciliation, and the recommendation is its
        // own act, which the province police would otherwise copy from paper. It records nothing else (checked in the command).
        [Act.SeeInspections] = [ProvinceOfficer, CommuneOfficer, CommuneLeader, ProcuracyReader],
        [Act.RecordInspections] = [ProvinceOfficer, ProcuracyReader],
        // The inspected unit's police record that a remedy was carried out; the province police for any unit of the province.
        [Act.FollowUpRemedies] = [ProvinceOfficer, CommuneOfficer],
        // People sentenced to prison still at large (issue 19, part 4): the police of the province and the commune, the commune
        // committee read the list; the registry's editors record it.
        [Act.SeeAtLarge] = CommuneWork,
    };

    public static bool Allows(string role, Act act) => Table[act].Contains(role);

    public static IReadOnlyList<string> RolesFor(Act act) => Table[act];
}
