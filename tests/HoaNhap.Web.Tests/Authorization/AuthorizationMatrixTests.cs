using System.Net;
using System.Net.Http.Json;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HoaNhap.Web.Tests.Authorization;

/// <summary>
/// Every endpoint and page × every role × a resource of the user's own unit and of another unit.
/// All users here belong to unit A; "own" addresses a resource of unit A, "other" one of unit B.
/// Writes send an empty body: a caller who may act gets 400 (validation), one who may see but
/// not act 403, one outside scope 404 — so the matrix proves the order of checks without side effects.
/// A new endpoint without a row here fails <see cref="Every_endpoint_has_a_row_in_the_matrix"/>.
/// </summary>
public abstract class AuthorizationMatrixTests(HoaNhapApp app, ITestOutputHelper output)
{
    // Role order of every row: SystemAdmin, ProvinceOfficer, CommuneOfficer, CommuneLeader,
    // Supervisor, CourtReader, ProcuracyReader, BankOfficer.
    static readonly string[] RoleOrder = [Roles.SystemAdmin, Roles.ProvinceOfficer, Roles.CommuneOfficer, Roles.CommuneLeader,
        Roles.Supervisor, Roles.CourtReader, Roles.ProcuracyReader, Roles.BankOfficer];

    /// <summary>A row read from the permission table: <paramref name="yes"/> for the roles that may do the act, else <paramref name="no"/>.</summary>
    static string RowOf(Act act, string yes, string no) => string.Join(" ", RoleOrder.Select(r => Permissions.Allows(r, act) ? yes : no));

    const string All200 = "200 200 200 200 200 200 200 200";
    const string ReadersOwn = "404 200 200 200 200 200 200 404";   // the registry, own unit
    const string Nobody404 = "404 404 404 404 404 404 404 404";    // anything of another unit
    const string ReadersList = "403 200 200 200 200 200 200 403";
    const string EditorsOwn = "404 400 400 403 403 403 403 404";   // write with an empty body
    const string EditorsPageOwn = "404 200 200 403 403 403 403 404";
    static readonly string EditorsOnly = RowOf(Act.EditRegistry, "200", "403"); // 403 200 200 403 403 403 403 403
    const string AssignersOwn = "404 403 400 400 403 403 403 404";
    const string AssignersPageOwn = "404 403 200 200 403 403 403 404";
    const string SupervisorOwn = "404 403 403 403 400 403 403 404";      // the assigned supervisor's write, empty body
    const string SupervisorPageOwn = "404 403 403 403 200 403 403 404";
    const string CheckInWritersOwn = "404 400 400 403 400 403 403 404";   // officers and the assigned supervisor, empty body
    const string CheckInWritersPageOwn = "404 200 200 403 200 403 403 404";
    const string SignWritersOwn = "404 403 400 403 400 403 403 404";      // the commune police and the assigned supervisor, empty body
    const string SignWritersPageOwn = "404 403 200 403 200 403 403 404";
    const string GradeDeciderOwn = "404 403 400 403 403 403 403 404";     // the commune police only
    const string GradeDeciderPageOwn = "404 403 200 403 403 403 403 404";
    static readonly string AdminOnly = RowOf(Act.ManageUsers, "200", "403"); // 200 403 403 403 403 403 403 403
    const string AdminOnlyWrite = "400 403 403 403 403 403 403 403";
    static readonly string AuditReaders = RowOf(Act.ReadAuditLog, "200", "403"); // 200 200 403 403 403 403 403 403
    /// <summary>An id that matches nothing: a sub-resource that does not exist answers 404 to everyone, in or out of scope.</summary>
    const string NoSuchId = "00000000-0000-0000-0000-00000000abcd";
    static readonly string ReconReaders = RowOf(Act.SeeReconciliation, "200", "403"); // 403 200 403 403 403 200 200 403
    const string ReconReadersOwn = "404 200 404 404 404 200 200 404";
    static readonly string Importers = RowOf(Act.ImportRegister, "200", "403"); // 403 200 200 403 403 403 403 403
    static readonly string ImportersWrite = RowOf(Act.ImportRegister, "400", "403");
    static readonly string ImportersOther = RowOf(Act.ImportRegister, "404", "403");
    const string ReconRunnerOwn = "404 400 404 404 404 403 403 404";
    const string TransferListReaders = "403 200 200 200 403 200 200 403";
    const string TransferReaders = "404 200 200 200 404 200 200 404";
    const string TransferConsenter = "404 403 400 403 404 403 403 404";     // within the province: the commune police
    const string TransferConsenterPage = "404 403 200 403 404 403 403 404";
    const string TransferSender = "404 403 403 403 404 403 403 404";        // only the receiving commune acknowledges
    static readonly string WorklistUsers = RowOf(Act.UseWorklist, "200", "403"); // 403 200 200 200 200 403 403 403
    static readonly string DashboardOwn = RowOf(Act.SeeDashboard, "200", "403"); // 200 200 200 200 403 403 403 403
    const string DashboardOther = "200 404 404 404 403 403 403 403";
    static readonly string DashboardPeopleOwn = RowOf(Act.ListDashboardPeople, "200", "403"); // 403 200 200 200 403 403 403 403
    const string DashboardPeopleOther = "403 404 404 404 403 403 403 403";
    // A page about a sub-resource (a breach, a proposal, an absence) that does not exist: 403 for a role that may not act, else 404.
    const string Missing = "00000000-0000-0000-0000-00000000abcd";
    const string EditorsPageMissing = "404 404 404 403 403 403 403 404";
    // Loan lists (QĐ 22/2023/QĐ-TTg): the bank of the province, the province police and the commune; the bank alone records.
    static readonly string LoanReaders = RowOf(Act.ReadLoans, "200", "403"); // 403 200 200 200 403 403 403 200
    const string LoanReadersMissing = "403 404 404 404 403 403 403 404";
    const string BankMissing = "403 403 403 403 403 403 403 404";
    const string AssignersPageMissing = "404 403 404 404 403 403 403 404";
    // Reintegration models and the communes' verdict: the province police and the commune police and committee; the police write.
    static readonly string ModelReaders = RowOf(Act.UseReintegrationModels, "200", "403"); // 403 200 200 200 403 403 403 403
    const string ModelOther = "403 404 404 404 403 403 403 403";
    const string ModelWriters = "403 400 400 403 403 403 403 403";
    const string ModelPageWriters = "403 200 200 403 403 403 403 403";
    const string ModelMemberMissing = "403 404 404 403 403 403 403 403";
    // Jobs and training registers and counts: the police of the province and of the commune, the commune leader reads.
    static readonly string JobRegisterReaders = RowOf(Act.UseEmployment, "200", "403"); // 403 200 200 200 403 403 403 403
    const string JobRegisterMissing = "403 404 404 404 403 403 403 403";
    // Contacts and appointments: officers, and the supervisor for the people assigned to them.
    const string ContactRecordersOwn = "404 400 400 403 400 403 403 404";
    const string ContactRecordersPageOwn = "404 200 200 403 200 403 403 404";
    // The person's portal: no staff role uses it; the commune police invite.
    const string PortalOnly = "403 403 403 403 403 403 403 403";
    static readonly string PortalInviterPage = RowOf(Act.IssuePortalInvitation, "200", "403"); // 403 403 200 403 403 403 403 403
    const string PortalInviterPageOther = "403 403 404 403 403 403 403 403";
    // Self check-ins: the case found first (404 outside the unit), then the role (Act.SeeSelfCheckIns / Act.ManageSelfCheckIn).
    const string SelfCheckInReadersOwn = "404 403 200 200 403 403 403 404";
    const string SelfCheckInReadersMissing = "404 403 404 404 403 403 403 404";
    const string SelfCheckInManagerOwn = "404 403 400 403 403 403 403 404";
    const string SelfCheckInManagerPageOwn = "404 403 200 403 403 403 403 404";
    const string SelfCheckInManagerMissing = "404 403 404 403 403 403 403 404";

    // A body's report on a task: the body and the owner's police (empty body: 400); the commune leader and the province police read.
    // The owner of the matrix plan is the commune: its police and committee give tasks; the province police read it.
    const string PlanOwnersOwn = "403 403 400 400 403 403 403 403";
    const string PlanOwnersPageOwn = "403 403 200 200 403 403 403 403";
    const string PlanReportersOwn = "403 403 400 403 403 403 403 403";
    const string PlanReportersPageOwn = "403 403 200 403 403 403 403 403";
    // A remedy done: the province police, the inspected commune's police, and the procuracy for its own recommendation.
    const string RemedyFollowersOwn = "403 400 400 403 403 403 400 403";

    /// <summary>Key: "METHOD /route" for the API and other endpoints, "PAGE /route" for a page (GET).</summary>
    static readonly Dictionary<string, Row> Matrix = new()
    {
        ["POST /api/v1/auth/token"] = Api(HttpMethod.Post, "/api/v1/auth/token", "400 400 400 400 400 400 400 400", json: "{}") with { Person = "400" },
        ["GET /api/v1/units/provinces"] = Api(HttpMethod.Get, "/api/v1/units/provinces", All200),
        ["GET /api/v1/units/provinces/{code}/communes"] = Api(HttpMethod.Get, "/api/v1/units/provinces/{province}/communes", All200, All200),
        ["POST /api/v1/people"] = Api(HttpMethod.Post, "/api/v1/people", "403 400 400 403 403 403 403 403", json: "{}"),
        ["GET /api/v1/people"] = Api(HttpMethod.Get, "/api/v1/people?q=thu", ReadersList),
        ["GET /api/v1/people/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/people/{person}", ReadersOwn, Nobody404),
        ["PUT /api/v1/people/{id:guid}"] = Api(HttpMethod.Put, "/api/v1/people/{person}", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/people/{id:guid}/judgments"] = Api(HttpMethod.Post, "/api/v1/people/{person}/judgments", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/people/{id:guid}/judgments"] = Api(HttpMethod.Get, "/api/v1/people/{person}/judgments", ReadersOwn, Nobody404),
        ["POST /api/v1/judgments/{id:guid}/decisions"] = Api(HttpMethod.Post, "/api/v1/judgments/{judgment}/decisions", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/judgments/{id:guid}/obligations/{obligationId:guid}/settlement"] = Api(HttpMethod.Post, "/api/v1/judgments/{judgment}/obligations/{obligation}/settlement", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/people/{id:guid}/cases"] = Api(HttpMethod.Post, "/api/v1/people/{person}/cases", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/people/{id:guid}/cases"] = Api(HttpMethod.Get, "/api/v1/people/{person}/cases", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/status"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/status", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/cases/{case}", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/documents"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/documents", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/documents/{fileId:guid}"] = Api(HttpMethod.Get, $"/api/v1/cases/{{case}}/documents/{NoSuchId}", Nobody404, Nobody404),
        ["POST /api/v1/cases/{id:guid}/summons"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/summons", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/shortenings"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/shortenings", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/shortenings"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/shortenings", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/shortenings/{proposalId:guid}/decision"] = Api(HttpMethod.Post, $"/api/v1/cases/{{case}}/shortenings/{NoSuchId}/decision", Nobody404, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/completion"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/completion", ReadersOwn, Nobody404),
        // The matrix case is still in intake: an editor's request is well formed but refused (422), nothing changes.
        ["POST /api/v1/cases/{id:guid}/completion"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/completion", "404 422 422 403 403 403 403 404", Nobody404, json: "{}"),
        ["POST /api/v1/people/{id:guid}/supervisors"] = Api(HttpMethod.Post, "/api/v1/people/{person}/supervisors", AssignersOwn, Nobody404, json: "{}"),
        ["GET /api/v1/people/{id:guid}/supervisors"] = Api(HttpMethod.Get, "/api/v1/people/{person}/supervisors", ReadersOwn, Nobody404),
        // Supervision: assignment decisions, the plan and the supervision record of a case.
        ["POST /api/v1/people/{id:guid}/supervisors/change"] = Api(HttpMethod.Post, "/api/v1/people/{person}/supervisors/change", AssignersOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/supervision-plan"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/supervision-plan", ReadersOwn, Nobody404),
        ["PUT /api/v1/cases/{id:guid}/supervision-plan"] = Api(HttpMethod.Put, "/api/v1/cases/{case}/supervision-plan", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/check-ins"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/check-ins", ReadersOwn, Nobody404),
        // Check-ins, visits and contacts: officers and the person's own supervisor.
        ["POST /api/v1/cases/{id:guid}/check-ins"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/check-ins", CheckInWritersOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/self-reports"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/self-reports", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/self-reports"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/self-reports", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/income-deductions"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/income-deductions", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/income-deductions"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/income-deductions", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/community-labour"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/community-labour", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/community-labour"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/community-labour", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/assessments"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/assessments", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/assessments"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/assessments", SupervisorOwn, Nobody404, json: "{}"),
        ["PAGE /Supervision/Change/{id:guid}"] = Web("/Supervision/Change/{person}", AssignersPageOwn, Nobody404),
        ["PAGE /Supervision/Plan/{id:guid}"] = Web("/Supervision/Plan/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Supervision/CheckIn/{id:guid}"] = Web("/Supervision/CheckIn/{case}", CheckInWritersPageOwn, Nobody404),
        ["GET /api/v1/cases/{id:guid}/grade"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/grade", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/grade"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/grade", GradeDeciderOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/signs"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/signs", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/signs"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/signs", SignWritersOwn, Nobody404, json: "{}"),
        ["PAGE /Prevention/Sign/{id:guid}"] = Web("/Prevention/Sign/{case}", SignWritersPageOwn, Nobody404),
        ["PAGE /Prevention/Grade/{id:guid}"] = Web("/Prevention/Grade/{case}", GradeDeciderPageOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/cadence"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/cadence", GradeDeciderOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/cadence/{requestId:guid}/decision"] = Api(HttpMethod.Post, $"/api/v1/cases/{{case}}/cadence/{NoSuchId}/decision", Nobody404, Nobody404, json: "{}"),
        ["PAGE /Prevention/Cadence/{id:guid}"] = Web("/Prevention/Cadence/{case}", GradeDeciderPageOwn, Nobody404),
        ["PAGE /Prevention/CadenceDecision/{id:guid}/{requestId:guid}"] = Web($"/Prevention/CadenceDecision/{{case}}/{NoSuchId}", Nobody404, Nobody404),
        ["PAGE /Supervision/SelfReport/{id:guid}"] = Web("/Supervision/SelfReport/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Supervision/Deduction/{id:guid}"] = Web("/Supervision/Deduction/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Supervision/Labour/{id:guid}"] = Web("/Supervision/Labour/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Supervision/Assessment/{id:guid}"] = Web("/Supervision/Assessment/{case}", SupervisorPageOwn, Nobody404),
        ["PAGE /Supervision/Mine"] = Web("/Supervision/Mine", "403 403 403 403 200 403 403 403"),
        ["PAGE /Supervision/Commune"] = Web("/Supervision/Commune", "403 403 200 403 403 403 403 403"),
        // Contacts and appointments: registry readers read within scope; officers and the person's own supervisor record;
        // the month-end batch check-in belongs to the commune officer; the printable case file is a read of the case.
        ["GET /api/v1/cases/{id:guid}/contacts"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/contacts", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/contacts"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/contacts", ContactRecordersOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/appointments"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/appointments", ContactRecordersOwn, Nobody404, json: "{}"),
        ["GET /api/v1/appointments"] = Api(HttpMethod.Get, "/api/v1/appointments", ReadersList),
        ["GET /api/v1/appointments/calendar.ics"] = Api(HttpMethod.Get, "/api/v1/appointments/calendar.ics", ReadersList),
        ["GET /api/v1/check-ins/due"] = Api(HttpMethod.Get, "/api/v1/check-ins/due", ReadersList),
        ["POST /api/v1/check-ins/batch"] = Api(HttpMethod.Post, "/api/v1/check-ins/batch", "403 403 400 403 403 403 403 403", json: "{}"),
        ["PAGE /Contacts/Case/{id:guid}"] = Web("/Contacts/Case/{case}", ReadersOwn, Nobody404),
        ["PAGE /Contacts/Record/{id:guid}"] = Web("/Contacts/Record/{case}", ContactRecordersPageOwn, Nobody404),
        ["PAGE /Contacts/Schedule/{id:guid}"] = Web("/Contacts/Schedule/{case}", ContactRecordersPageOwn, Nobody404),
        ["PAGE /Contacts/Calendar"] = Web("/Contacts/Calendar", ReadersList),
        ["PAGE /Contacts/BatchCheckIn"] = Web("/Contacts/BatchCheckIn", "403 403 200 403 403 403 403 403"),
        ["PAGE /Cases/Print/{id:guid}"] = Web("/Cases/Print/{case}", ReadersOwn, Nobody404),
        ["POST /api/v1/users"] = Api(HttpMethod.Post, "/api/v1/users", AdminOnlyWrite, json: "{}"),
        ["GET /api/v1/users"] = Api(HttpMethod.Get, "/api/v1/users", AdminOnly),
        ["GET /api/v1/users/{id}"] = Api(HttpMethod.Get, "/api/v1/users/{user}", AdminOnly, AdminOnly),
        ["PUT /api/v1/users/{id}"] = Api(HttpMethod.Put, "/api/v1/users/{user}", AdminOnlyWrite, AdminOnlyWrite, json: "{}"),
        ["GET /api/v1/roles"] = Api(HttpMethod.Get, "/api/v1/roles", AdminOnly),
        ["PUT /api/v1/roles/{role}"] = Api(HttpMethod.Put, "/api/v1/roles/BankOfficer", AdminOnly, json: "{\"requireTwoFactor\":false}"),
        ["GET /api/v1/audit"] = Api(HttpMethod.Get, "/api/v1/audit", AuditReaders),
        ["GET /api/v1/audit/verify"] = Api(HttpMethod.Get, "/api/v1/audit/verify", AuditReaders),
        ["GET /api/v1/audit/anchors"] = Api(HttpMethod.Get, "/api/v1/audit/anchors", AuditReaders),
        ["GET /healthz"] = Web("/healthz", All200) with { Person = "200" },
        // Static files (the stylesheet) are public.
        ["GET /{**path:file}"] = Web("/css/site.css", All200) with { Person = "200" },
        ["HEAD /{**path:file}"] = Api(HttpMethod.Head, "/css/site.css", All200) with { Person = "200" },
        ["GET /openapi/{documentName}.json"] = Web("/openapi/v1.json", All200) with { Person = "200" },

        // Calculators: any signed-in user (no personal data); an empty request is invalid.
        ["POST /api/v1/rules/record-expiry"] = Api(HttpMethod.Post, "/api/v1/rules/record-expiry", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/probation-shortening"] = Api(HttpMethod.Post, "/api/v1/rules/probation-shortening", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/reform-reduction"] = Api(HttpMethod.Post, "/api/v1/rules/reform-reduction", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/penalty-waiver"] = Api(HttpMethod.Post, "/api/v1/rules/penalty-waiver", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/sentence-end"] = Api(HttpMethod.Post, "/api/v1/rules/sentence-end", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/working-days"] = Api(HttpMethod.Post, "/api/v1/rules/working-days", "400 400 400 400 400 400 400 400", json: "{}"),
        ["POST /api/v1/rules/loan-eligibility"] = Api(HttpMethod.Post, "/api/v1/rules/loan-eligibility", "400 400 400 400 400 400 400 400", json: "{}"),
        ["PAGE /Rules"] = Web("/Rules", All200),
        ["PAGE /Rules/RecordExpungement"] = Web("/Rules/RecordExpungement", All200),
        ["PAGE /Rules/ProbationShortening"] = Web("/Rules/ProbationShortening", All200),
        ["PAGE /Rules/SentenceReduction"] = Web("/Rules/SentenceReduction", All200),
        ["PAGE /Rules/SentenceRemission"] = Web("/Rules/SentenceRemission", All200),
        ["PAGE /Rules/SentenceEnd"] = Web("/Rules/SentenceEnd", All200),
        ["PAGE /Rules/WorkingDays"] = Web("/Rules/WorkingDays", All200),
        ["PAGE /Rules/Loan"] = Web("/Rules/Loan", All200),
        // Rule parameters and holidays: everyone reads them; only administrators change them (pages are admin-only).
        ["GET /api/v1/rules/parameters"] = Api(HttpMethod.Get, "/api/v1/rules/parameters", All200),
        ["GET /api/v1/rules/parameters/{key}"] = Api(HttpMethod.Get, "/api/v1/rules/parameters/AnTreo.Shorten.MinServed", All200),
        ["POST /api/v1/rules/parameters/{key}"] = Api(HttpMethod.Post, "/api/v1/rules/parameters/AnTreo.Shorten.MinServed", AdminOnlyWrite, json: "{}"),
        ["GET /api/v1/rules/holidays"] = Api(HttpMethod.Get, "/api/v1/rules/holidays?year=2026", All200),
        ["POST /api/v1/rules/holidays"] = Api(HttpMethod.Post, "/api/v1/rules/holidays", AdminOnlyWrite, json: "{}"),
        ["DELETE /api/v1/rules/holidays/{date}"] = Api(HttpMethod.Delete, "/api/v1/rules/holidays/2031-12-30", "404 403 403 403 403 403 403 403"),
        ["PAGE /Rules/Parameters"] = Web("/Rules/Parameters", AdminOnly),
        ["PAGE /Rules/Parameters/Edit"] = Web("/Rules/Parameters/Edit?key=AnTreo.Shorten.MinServed", AdminOnly),
        ["PAGE /Rules/Holidays"] = Web("/Rules/Holidays?year=2026", AdminOnly),
        // Almost-eligible lists: readers of the registry, each within their own scope.
        ["GET /api/v1/rules/almost-eligible"] = Api(HttpMethod.Get, "/api/v1/rules/almost-eligible", ReadersList),
        ["PAGE /Rules/AlmostEligible"] = Web("/Rules/AlmostEligible", ReadersList),
        // Change of residence and transfer: the sending and receiving units see the record (not supervisors); the
        // unit-A transfer goes from 04792 to 04795 in the same province, so the commune police of A consent or refuse
        // and only the receiving commune acknowledges.
        ["GET /api/v1/cases/{id:guid}/transfers"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/transfers", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/transfers"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/transfers", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/transfers"] = Api(HttpMethod.Get, "/api/v1/transfers?direction=incoming", TransferListReaders),
        ["GET /api/v1/transfers/{transferId:guid}"] = Api(HttpMethod.Get, "/api/v1/transfers/{transfer}", TransferReaders, Nobody404),
        ["POST /api/v1/transfers/{transferId:guid}/consent"] = Api(HttpMethod.Post, "/api/v1/transfers/{transfer}/consent", TransferConsenter, Nobody404, json: "{}"),
        ["POST /api/v1/transfers/{transferId:guid}/acknowledge"] = Api(HttpMethod.Post, "/api/v1/transfers/{transfer}/acknowledge", TransferSender, Nobody404, json: "{}"),
        ["POST /api/v1/transfers/{transferId:guid}/refuse"] = Api(HttpMethod.Post, "/api/v1/transfers/{transfer}/refuse", TransferConsenter, Nobody404, json: "{}"),
        ["PAGE /Transfers"] = Web("/Transfers", TransferListReaders),
        ["PAGE /Transfers/Create/{id:guid}"] = Web("/Transfers/Create/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Transfers/Details/{id:guid}"] = Web("/Transfers/Details/{transfer}", TransferReaders, Nobody404),
        ["PAGE /Transfers/Consent/{id:guid}"] = Web("/Transfers/Consent/{transfer}", TransferConsenterPage, Nobody404),
        ["PAGE /Transfers/Acknowledge/{id:guid}"] = Web("/Transfers/Acknowledge/{transfer}", TransferSender, Nobody404),
        ["PAGE /Transfers/Refuse/{id:guid}"] = Web("/Transfers/Refuse/{transfer}", TransferConsenterPage, Nobody404),
        // Dashboard: the administrator sees every province (counts only, no people); a province officer the province; commune officers
        // and leaders the commune; people behind a figure only for registry readers who see the dashboard. Another province: 404.
        ["GET /api/v1/dashboard"] = Api(HttpMethod.Get, "/api/v1/dashboard?province={province}", DashboardOwn, DashboardOther),
        ["GET /api/v1/dashboard/indicators/{key}/people"] = Api(HttpMethod.Get, "/api/v1/dashboard/indicators/ty-le-vi-pham-phap-luat/people?province={province}", DashboardPeopleOwn, DashboardPeopleOther),
        ["PAGE /Dashboard"] = Web("/Dashboard?province={province}", DashboardOwn, DashboardOther),
        ["PAGE /Dashboard/Indicator/{key}"] = Web("/Dashboard/Indicator/ty-le-vi-pham-phap-luat?province={province}", DashboardOwn, DashboardOther),
        ["PAGE /Dashboard/People/{key}"] = Web("/Dashboard/People/ty-le-vi-pham-phap-luat?province={province}", DashboardPeopleOwn, DashboardPeopleOther),
        // Who is not yet meeting a target (issue 19, part 5): the same readers and scope as the people behind a figure.
        ["GET /api/v1/dashboard/indicators/{key}/missing"] = Api(HttpMethod.Get, "/api/v1/dashboard/indicators/tu-van-chinh-sach/missing?province={province}", DashboardPeopleOwn, DashboardPeopleOther),
        ["PAGE /Dashboard/Indicator/{key}/Missing"] = Web("/Dashboard/Indicator/tu-van-chinh-sach/Missing?province={province}", DashboardPeopleOwn, DashboardPeopleOther),
        // Periodic reports: province officers, commune officers and leaders read and write their unit's report; the commune writes
        // the commune report (the {report} of each unit is a commune draft); only a province officer returns or accepts it.
        ["GET /api/v1/reports"] = Api(HttpMethod.Get, "/api/v1/reports", "403 200 200 200 403 403 403 403"),
        ["POST /api/v1/reports"] = Api(HttpMethod.Post, "/api/v1/reports", "403 400 400 400 403 403 403 403", json: "{}"),
        ["GET /api/v1/reports/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/reports/{report}", "403 200 200 200 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["PUT /api/v1/reports/{id:guid}/narrative"] = Api(HttpMethod.Put, "/api/v1/reports/{report}/narrative", "403 403 200 200 403 403 403 403", "403 404 404 404 403 403 403 403", json: "{}"),
        ["POST /api/v1/reports/{id:guid}/submit"] = Api(HttpMethod.Post, "/api/v1/reports/{report}/submit", "403 403 400 400 403 403 403 403", "403 404 404 404 403 403 403 403", json: "{}"),
        ["POST /api/v1/reports/{id:guid}/review"] = Api(HttpMethod.Post, "/api/v1/reports/{report}/review", "403 400 403 403 403 403 403 403", "403 404 404 404 403 403 403 403", json: "{}"),
        ["GET /api/v1/reports/{id:guid}/document"] = Api(HttpMethod.Get, "/api/v1/reports/{report}/document", "403 200 200 200 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["PAGE /Reports"] = Web("/Reports", "403 200 200 200 403 403 403 403"),
        ["PAGE /Reports/Create"] = Web("/Reports/Create", "403 200 200 200 403 403 403 403"),
        ["PAGE /Reports/Details/{id:guid}"] = Web("/Reports/Details/{report}", "403 200 200 200 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["PAGE /Reports/Edit/{id:guid}"] = Web("/Reports/Edit/{report}", "403 403 200 200 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["PAGE /Reports/Submit/{id:guid}"] = Web("/Reports/Submit/{report}", "403 403 200 200 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["PAGE /Reports/Review/{id:guid}"] = Web("/Reports/Review/{report}", "403 200 403 403 403 403 403 403", "403 404 403 403 403 403 403 403"),
        // Programme registers (training sessions): province officers, commune officers and leaders, within their unit.
        ["GET /api/v1/programmes/training-sessions"] = Api(HttpMethod.Get, "/api/v1/programmes/training-sessions", "403 200 200 200 403 403 403 403"),
        ["POST /api/v1/programmes/training-sessions"] = Api(HttpMethod.Post, "/api/v1/programmes/training-sessions", "403 400 400 400 403 403 403 403", json: "{}"),
        ["PAGE /Programmes/Training"] = Web("/Programmes/Training", "403 200 200 200 403 403 403 403"),
        ["GET /api/v1/programmes/awareness-activities"] = Api(HttpMethod.Get, "/api/v1/programmes/awareness-activities", "403 200 200 200 403 403 403 403"),
        ["POST /api/v1/programmes/awareness-activities"] = Api(HttpMethod.Post, "/api/v1/programmes/awareness-activities", "403 400 400 400 403 403 403 403", json: "{}"),
        ["PAGE /Programmes/Awareness"] = Web("/Programmes/Awareness", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/AwarenessCreate"] = Web("/Programmes/AwarenessCreate", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/TrainingCreate"] = Web("/Programmes/TrainingCreate", "403 200 200 200 403 403 403 403"),
        // Programme registers (commendations): the same users as the training register, within their unit.
        ["GET /api/v1/programmes/commendations"] = Api(HttpMethod.Get, "/api/v1/programmes/commendations", "403 200 200 200 403 403 403 403"),
        ["POST /api/v1/programmes/commendations"] = Api(HttpMethod.Post, "/api/v1/programmes/commendations", "403 400 400 400 403 403 403 403", json: "{}"),
        ["POST /api/v1/programmes/commendations/{id:guid}/decision"] = Api(HttpMethod.Post, $"/api/v1/programmes/commendations/{NoSuchId}/decision", "403 404 404 404 403 403 403 403", json: "{}"),
        ["PAGE /Programmes/Commendations"] = Web("/Programmes/Commendations", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/CommendationCreate"] = Web("/Programmes/CommendationCreate", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/CommendationDecide/{id:guid}"] = Web($"/Programmes/CommendationDecide/{NoSuchId}", "403 404 404 404 403 403 403 403"),
        // Programme registers (budget plan and settlement): the same users as the training register, within their unit.
        ["GET /api/v1/programmes/budgets"] = Api(HttpMethod.Get, "/api/v1/programmes/budgets?year=2099", "403 200 200 200 403 403 403 403"),
        ["PUT /api/v1/programmes/budgets/{year:int}"] = Api(HttpMethod.Put, "/api/v1/programmes/budgets/2099", "403 400 400 400 403 403 403 403", json: "{}"),
        ["PUT /api/v1/programmes/budgets/{year:int}/settlement"] = Api(HttpMethod.Put, "/api/v1/programmes/budgets/2099/settlement", "403 404 404 404 403 403 403 403", json: "{}"),
        ["PAGE /Programmes/Budget"] = Web("/Programmes/Budget?year=2099", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/BudgetEdit"] = Web("/Programmes/BudgetEdit?year=2099", "403 200 200 200 403 403 403 403"),
        ["PAGE /Programmes/BudgetSettle"] = Web("/Programmes/BudgetSettle?year=2099", "403 404 404 404 403 403 403 403"),
        // Worklist: commune officers, leaders, supervisors (their own) and province officers (counts per commune).
        ["GET /api/v1/worklist"] = Api(HttpMethod.Get, "/api/v1/worklist", WorklistUsers),
        ["GET /api/v1/worklist/counts"] = Api(HttpMethod.Get, "/api/v1/worklist/counts", "403 200 403 403 403 403 403 403"),
        ["PAGE /Worklist"] = Web("/Worklist", WorklistUsers),
        // Alerts: the commune police, leader and province police read them in their unit; only the commune officer records a step.
        ["GET /api/v1/alerts"] = Api(HttpMethod.Get, "/api/v1/alerts", RowOf(Act.SeeAlerts, "200", "403")),
        ["GET /api/v1/alerts/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/alerts/{alert}", RowOf(Act.SeeAlerts, "200", "403"), RowOf(Act.SeeAlerts, "404", "403")),
        ["POST /api/v1/alerts/{id:guid}/steps"] = Api(HttpMethod.Post, "/api/v1/alerts/{alert}/steps", RowOf(Act.HandleAlerts, "400", "403"),
            RowOf(Act.SeeAlerts, "404", "403"), json: "{}"),
        // Unauthorised absences (issue 19, part 3): registry readers read them on the case; its editors record them.
        ["GET /api/v1/cases/{id:guid}/unauthorised-absences"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/unauthorised-absences", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/unauthorised-absences"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/unauthorised-absences", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/unauthorised-absences/{absenceId:guid}/back"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/unauthorised-absences/" + Missing + "/back",
            EditorsPageMissing, Nobody404, json: "{}"),
        ["PAGE /Absences/Unauthorised/{id:guid}"] = Web("/Absences/Unauthorised/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Absences/UnauthorisedBack/{id:guid}/{absenceId:guid}"] = Web("/Absences/UnauthorisedBack/{case}/" + Missing, EditorsPageMissing, Nobody404),
        // People sentenced to prison still at large (issue 19, part 4): the police and the commune committee read; registry editors record.
        ["GET /api/v1/at-large"] = Api(HttpMethod.Get, "/api/v1/at-large", RowOf(Act.SeeAtLarge, "200", "403")),
        ["GET /api/v1/at-large/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/at-large/{atlarge}", RowOf(Act.SeeAtLarge, "200", "403"), RowOf(Act.SeeAtLarge, "404", "403")),
        ["POST /api/v1/at-large/{id:guid}/status"] = Api(HttpMethod.Post, "/api/v1/at-large/{atlarge}/status", "403 400 400 403 403 403 403 403",
            "403 404 404 404 403 403 403 403", json: "{}"),
        ["POST /api/v1/judgments/{id:guid}/at-large"] = Api(HttpMethod.Post, "/api/v1/judgments/{judgment}/at-large", EditorsOwn, Nobody404, json: "{}"),
        ["PAGE /AtLarge"] = Web("/AtLarge", RowOf(Act.SeeAtLarge, "200", "403")),
        ["PAGE /AtLarge/{id:guid}"] = Web("/AtLarge/{atlarge}", RowOf(Act.SeeAtLarge, "200", "403"), RowOf(Act.SeeAtLarge, "404", "403")),
        ["PAGE /AtLarge/Record/{id:guid}"] = Web("/AtLarge/Record/{judgment}", EditorsPageOwn, Nobody404),
        ["PAGE /Alerts"] = Web("/Alerts", RowOf(Act.SeeAlerts, "200", "403")),
        ["PAGE /Alerts/{id:guid}"] = Web("/Alerts/{alert}", RowOf(Act.SeeAlerts, "200", "403"), RowOf(Act.SeeAlerts, "404", "403")),
        // Plans and the duties of every body (issue 19, part 6): the unit's police and committee read, the owner writes; a body (PartnerBody,
        // the commune's Women's Union here) reads and reports on its own tasks. The matrix plan of each unit gives the Women's Union a task.
        ["GET /api/v1/plans"] = Api(HttpMethod.Get, "/api/v1/plans", RowOf(Act.SeePlans, "200", "403")) with { PartnerBody = "200" },
        ["POST /api/v1/plans"] = Api(HttpMethod.Post, "/api/v1/plans", RowOf(Act.ManagePlans, "400", "403"), json: "{}"),
        ["GET /api/v1/plans/{id:guid}/tasks"] = Api(HttpMethod.Get, "/api/v1/plans/{plan}/tasks", RowOf(Act.SeePlans, "200", "403"),
            RowOf(Act.SeePlans, "404", "403")) with { PartnerBody = "200", PartnerBodyOther = "404" },
        ["POST /api/v1/plans/{id:guid}/tasks"] = Api(HttpMethod.Post, "/api/v1/plans/{plan}/tasks", PlanOwnersOwn,
            RowOf(Act.SeePlans, "404", "403"), json: "{}") with { PartnerBody = "403", PartnerBodyOther = "404" },
        ["POST /api/v1/plans/{id:guid}/tasks/{taskId:guid}/report"] = Api(HttpMethod.Post, "/api/v1/plans/{plan}/tasks/{task}/report", PlanReportersOwn,
            RowOf(Act.SeePlans, "404", "403"), json: "{}") with { PartnerBody = "400", PartnerBodyOther = "404" },
        ["PAGE /Plans"] = Web("/Plans", RowOf(Act.SeePlans, "200", "403")) with { PartnerBody = "200" },
        ["PAGE /Plans/Create"] = Web("/Plans/Create", RowOf(Act.ManagePlans, "200", "403")),
        ["PAGE /Plans/{id:guid}"] = Web("/Plans/{plan}", RowOf(Act.SeePlans, "200", "403"), RowOf(Act.SeePlans, "404", "403"))
            with { PartnerBody = "200", PartnerBodyOther = "404" },
        ["PAGE /Plans/{id:guid}/Tasks/{taskId:guid}/Report"] = Web("/Plans/{plan}/Tasks/{task}/Report", PlanReportersPageOwn,
            RowOf(Act.ReportPlanTasks, "404", "403")) with { PartnerBody = "200", PartnerBodyOther = "404" },
        // The inspection and oversight register (issue 19, part 7); the matrix entry of each unit is a recommendation of the procuracy
        // about the unit's commune, with one open remedy: the procuracy writes its own, the commune police record remedies done.
        ["GET /api/v1/inspections"] = Api(HttpMethod.Get, "/api/v1/inspections", RowOf(Act.SeeInspections, "200", "403")),
        ["POST /api/v1/inspections"] = Api(HttpMethod.Post, "/api/v1/inspections", RowOf(Act.RecordInspections, "400", "403"), json: "{}"),
        ["GET /api/v1/inspections/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/inspections/{inspection}", RowOf(Act.SeeInspections, "200", "403"),
            RowOf(Act.SeeInspections, "404", "403")),
        ["POST /api/v1/inspections/{id:guid}/remedies"] = Api(HttpMethod.Post, "/api/v1/inspections/{inspection}/remedies", RowOf(Act.RecordInspections, "400", "403"),
            RowOf(Act.SeeInspections, "404", "403"), json: "{}"),
        ["POST /api/v1/inspections/{id:guid}/remedies/{remedyId:guid}/done"] = Api(HttpMethod.Post, "/api/v1/inspections/{inspection}/remedies/{remedy}/done",
            RemedyFollowersOwn, RowOf(Act.SeeInspections, "404", "403"), json: "{}"),
        ["POST /api/v1/inspections/{id:guid}/close"] = Api(HttpMethod.Post, "/api/v1/inspections/{inspection}/close", RowOf(Act.RecordInspections, "400", "403"),
            RowOf(Act.SeeInspections, "404", "403"), json: "{}"),
        ["PAGE /Inspections"] = Web("/Inspections", RowOf(Act.SeeInspections, "200", "403")),
        ["PAGE /Inspections/Create"] = Web("/Inspections/Create", RowOf(Act.RecordInspections, "200", "403")),
        ["PAGE /Inspections/{id:guid}"] = Web("/Inspections/{inspection}", RowOf(Act.SeeInspections, "200", "403"), RowOf(Act.SeeInspections, "404", "403")),
        ["PAGE /"] = Web("/", All200),
        ["PAGE /Error"] = Web("/Error", All200) with { Person = "200" },
        ["PAGE /Account/Login"] = Web("/Account/Login", All200) with { Person = "200" },
        ["PAGE /Account/LoginWith2fa"] = Web("/Account/LoginWith2fa", "302 302 302 302 302 302 302 302") with { Person = "302" },
        ["PAGE /Account/Logout"] = Web("/Account/Logout", All200),
        ["PAGE /Account/AccessDenied"] = Web("/Account/AccessDenied", All200) with { Person = "200" },
        ["PAGE /Account/TwoFactor"] = Web("/Account/TwoFactor", All200),
        ["PAGE /People"] = Web("/People", ReadersList),
        ["PAGE /People/Create"] = Web("/People/Create", EditorsOnly),
        ["PAGE /People/Details/{id:guid}"] = Web("/People/Details/{person}", ReadersOwn, Nobody404),
        ["PAGE /People/Edit/{id:guid}"] = Web("/People/Edit/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /Judgments/Create/{id:guid}"] = Web("/Judgments/Create/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /Judgments/Decision/{id:guid}"] = Web("/Judgments/Decision/{judgment}", EditorsPageOwn, Nobody404),
        ["PAGE /Judgments/Settle/{id:guid}/{obligation:guid}"] = Web("/Judgments/Settle/{judgment}/{obligation}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Create/{id:guid}"] = Web("/Cases/Create/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Status/{id:guid}"] = Web("/Cases/Status/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Details/{id:guid}"] = Web("/Cases/Details/{case}", ReadersOwn, Nobody404),
        ["PAGE /Cases/Receive/{id:guid}"] = Web("/Cases/Receive/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Summons/{id:guid}"] = Web("/Cases/Summons/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Complete/{id:guid}"] = Web("/Cases/Complete/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Cases/Open/{id:guid}"] = Web("/Cases/Open/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /EarlyTermination/Propose/{id:guid}"] = Web("/EarlyTermination/Propose/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /EarlyTermination/Decide/{id:guid}/{proposalId:guid}"] = Web($"/EarlyTermination/Decide/{{case}}/{NoSuchId}", Nobody404, Nobody404),
        ["PAGE /Supervision/Assign/{id:guid}"] = Web("/Supervision/Assign/{person}", AssignersPageOwn, Nobody404),
        // Breaches and escalation: everyone who reads the case reads its breaches; officers record; the commune (officer, leader) sends a proposal.
        // Sub-resources that do not exist (Missing): the role check comes first (403), then "not found".
        ["GET /api/v1/cases/{id:guid}/breaches"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/breaches", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/breaches"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/breaches", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/breaches/{breachId:guid}/reminders"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/breaches/" + Missing + "/reminders", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/breaches/{breachId:guid}/reprimands"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/breaches/" + Missing + "/reprimands", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/proposals/{proposalId:guid}/send"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/proposals/" + Missing + "/send", AssignersOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/proposals/{proposalId:guid}/decision"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/proposals/" + Missing + "/decision", EditorsOwn, Nobody404, json: "{}"),
        ["PAGE /Breaches/Create/{id:guid}"] = Web("/Breaches/Create/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Breaches/Reminder/{id:guid}/{breachId:guid}"] = Web("/Breaches/Reminder/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["PAGE /Breaches/Reprimand/{id:guid}/{breachId:guid}"] = Web("/Breaches/Reprimand/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["PAGE /Breaches/Send/{id:guid}/{proposalId:guid}"] = Web("/Breaches/Send/{case}/" + Missing, AssignersPageMissing, Nobody404),
        ["PAGE /Breaches/Decision/{id:guid}/{proposalId:guid}"] = Web("/Breaches/Decision/{case}/" + Missing, EditorsPageMissing, Nobody404),
        // Absences: officers record the application and the return; the commune (officer, leader) records the decision.
        ["GET /api/v1/cases/{id:guid}/absence-requests"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/absence-requests", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/absence-requests"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/absence-requests", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/absence-requests/{requestId:guid}/decision"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/absence-requests/" + Missing + "/decision", AssignersOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/absence-requests/{requestId:guid}/return"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/absence-requests/" + Missing + "/return", EditorsOwn, Nobody404, json: "{}"),
        ["PAGE /Absences/Request/{id:guid}"] = Web("/Absences/Request/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Absences/Decide/{id:guid}/{requestId:guid}"] = Web("/Absences/Decide/{case}/" + Missing, AssignersPageMissing, Nobody404),
        ["PAGE /Absences/Return/{id:guid}/{requestId:guid}"] = Web("/Absences/Return/{case}/" + Missing, EditorsPageMissing, Nobody404),
        // Reintegration intake: everyone who reads the case reads it (the matrix case is a community sentence: an empty view);
        // officers record the notice, the residence check and the report; the commune (officer, leader) assigns; receiving a
        // prison's notice is for editors of its commune (no such notice here: 404 to editors, 403 to readers, 404 without registry access).
        ["GET /api/v1/cases/{id:guid}/reintegration/reception"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/reception", ReadersOwn, Nobody404),
        ["PUT /api/v1/cases/{id:guid}/reintegration/reception"] = Api(HttpMethod.Put, "/api/v1/cases/{case}/reintegration/reception", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/residence-check"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/residence-check", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/report"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/report", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/officer"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/officer", AssignersOwn, Nobody404, json: "{}"),
        ["POST /api/v1/release-notices/{noticeId:guid}/reception"] = Api(HttpMethod.Post, "/api/v1/release-notices/" + Missing + "/reception", EditorsPageMissing, EditorsPageMissing, json: "{}"),
        ["PAGE /Reintegration/Notice/{id:guid}"] = Web("/Reintegration/Notice/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/Residence/{id:guid}"] = Web("/Reintegration/Residence/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/Report/{id:guid}"] = Web("/Reintegration/Report/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/Officer/{id:guid}"] = Web("/Reintegration/Officer/{case}", AssignersPageOwn, Nobody404),
        ["GET /api/v1/cases/{id:guid}/reintegration/support"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/support", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/support"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/support", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/support/{actionId:guid}/outcome"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/support/" + Missing + "/outcome", EditorsPageMissing, Nobody404, json: "{}"),
        ["PAGE /Reintegration/Need/{id:guid}"] = Web("/Reintegration/Need/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/SupportOutcome/{id:guid}/{actionId:guid}"] = Web("/Reintegration/SupportOutcome/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["GET /api/v1/cases/{id:guid}/reintegration/violations"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/violations", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/violations"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/violations", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/violations/{violationId:guid}/handling"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/violations/" + Missing + "/handling", EditorsPageMissing, Nobody404, json: "{}"),
        ["PAGE /Reintegration/Violation/{id:guid}"] = Web("/Reintegration/Violation/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/ViolationHandling/{id:guid}/{violationId:guid}"] = Web("/Reintegration/ViolationHandling/{case}/" + Missing, EditorsPageMissing, Nobody404),
        // Credit (QĐ 22/2023/QĐ-TTg): the case's counselling and loans like the rest of the case; the loan lists for the bank
        // (its province), the province police and the commune (never the registry); only the bank records what happened to a loan.
        ["GET /api/v1/cases/{id:guid}/loans"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/loans", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/loans"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/loans", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/counselling"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/counselling", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/loans"] = Api(HttpMethod.Get, "/api/v1/loans", LoanReaders),
        ["GET /api/v1/loans/list.xlsx"] = Api(HttpMethod.Get, "/api/v1/loans/list.xlsx", LoanReaders),
        ["GET /api/v1/loans/{loanId:guid}"] = Api(HttpMethod.Get, "/api/v1/loans/" + Missing, LoanReadersMissing),
        ["POST /api/v1/loans/{loanId:guid}/events"] = Api(HttpMethod.Post, "/api/v1/loans/" + Missing + "/events", BankMissing, json: "{}"),
        ["POST /api/v1/loans/business"] = Api(HttpMethod.Post, "/api/v1/loans/business", "403 400 400 403 403 403 403 403", json: "{}"),
        ["PAGE /Loans"] = Web("/Loans", LoanReaders),
        ["PAGE /Loans/Details/{loanId:guid}"] = Web("/Loans/Details/" + Missing, LoanReadersMissing),
        ["PAGE /Loans/Event/{loanId:guid}"] = Web("/Loans/Event/" + Missing, BankMissing),
        ["PAGE /Loans/Counselling/{id:guid}"] = Web("/Loans/Counselling/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Loans/Propose/{id:guid}"] = Web("/Loans/Propose/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Loans/Business"] = Web("/Loans/Business", EditorsOnly),
        // End of management: the record-expiry date for readers of the case; the lists for readers of the registry; officers act.
        ["GET /api/v1/cases/{id:guid}/reintegration/record-expiry"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/record-expiry", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/expungement-request"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/expungement-request", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/end"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/end", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/reintegration/record-expiry"] = Api(HttpMethod.Get, "/api/v1/reintegration/record-expiry", ReadersList),
        ["PAGE /Reintegration/Expungements"] = Web("/Reintegration/Expungements", ReadersList),
        ["PAGE /Reintegration/Expungement/{id:guid}"] = Web("/Reintegration/Expungement/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/End/{id:guid}"] = Web("/Reintegration/End/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Reintegration/FromNotice/{noticeId:guid}"] = Web("/Reintegration/FromNotice/" + Missing, EditorsPageMissing, EditorsPageMissing),
        // Jobs and training: the registers and the counts for the police of the province and of the commune (write) and the commune
        // leader (read), never the bank or supervisors; referrals like the rest of the reintegration case (a supervisor reads their own people).
        ["GET /api/v1/jobs/employers"] = Api(HttpMethod.Get, "/api/v1/jobs/employers", JobRegisterReaders),
        ["POST /api/v1/jobs/employers"] = Api(HttpMethod.Post, "/api/v1/jobs/employers", "403 400 400 403 403 403 403 403", json: "{}"),
        ["PUT /api/v1/jobs/employers/{employerId:guid}"] = Api(HttpMethod.Put, "/api/v1/jobs/employers/" + Missing, JobRegisterMissing, json: "{}"),
        ["GET /api/v1/jobs/courses"] = Api(HttpMethod.Get, "/api/v1/jobs/courses", JobRegisterReaders),
        ["POST /api/v1/jobs/courses"] = Api(HttpMethod.Post, "/api/v1/jobs/courses", "403 400 400 403 403 403 403 403", json: "{}"),
        ["PUT /api/v1/jobs/courses/{courseId:guid}"] = Api(HttpMethod.Put, "/api/v1/jobs/courses/" + Missing, JobRegisterMissing, json: "{}"),
        ["GET /api/v1/jobs/counts"] = Api(HttpMethod.Get, "/api/v1/jobs/counts", JobRegisterReaders),
        ["GET /api/v1/cases/{id:guid}/reintegration/referrals"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/referrals", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/referrals"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/referrals", EditorsOwn, Nobody404, json: "{}"),
        ["POST /api/v1/cases/{id:guid}/reintegration/referrals/{referralId:guid}/outcome"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/referrals/" + Missing + "/outcome", EditorsPageMissing, Nobody404, json: "{}"),
        ["PAGE /Employment/Employers"] = Web("/Employment/Employers", JobRegisterReaders),
        ["PAGE /Employment/Courses"] = Web("/Employment/Courses", JobRegisterReaders),
        ["PAGE /Employment/Counts"] = Web("/Employment/Counts", JobRegisterReaders),
        ["PAGE /Employment/EmployerEdit/{id:guid?}"] = Web("/Employment/EmployerEdit", EditorsOnly),
        ["PAGE /Employment/CourseEdit/{id:guid?}"] = Web("/Employment/CourseEdit", EditorsOnly),
        ["PAGE /Employment/Refer/{id:guid}"] = Web("/Employment/Refer/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Employment/Outcome/{id:guid}/{referralId:guid}"] = Web("/Employment/Outcome/{case}/" + Missing, EditorsPageMissing, Nobody404),
        // Issue 19, part 8: referrals open to community sentences (the matrix's case is one), the job retention follow-up of a hire.
        ["PAGE /Employment/Referrals/{id:guid}"] = Web("/Employment/Referrals/{case}", ReadersOwn, Nobody404),
        ["PAGE /Employment/Retention/{id:guid}/{referralId:guid}"] = Web("/Employment/Retention/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["GET /api/v1/cases/{id:guid}/reintegration/referrals/{referralId:guid}/retention"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/referrals/" + Missing + "/retention", Nobody404, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/referrals/{referralId:guid}/retention"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/referrals/" + Missing + "/retention", EditorsPageMissing, Nobody404, json: "{}"),
        // Caseload: the commune's staff and the province police; another commune (or province) is not found.
        ["GET /api/v1/caseload"] = Api(HttpMethod.Get, "/api/v1/caseload?commune={commune}", RowOf(Act.SeeCaseload, "200", "403"), RowOf(Act.SeeCaseload, "404", "403")),
        ["PAGE /Supervision/Caseload"] = Web("/Supervision/Caseload?commune={commune}", RowOf(Act.SeeCaseload, "200", "403"), RowOf(Act.SeeCaseload, "404", "403")),
        // Membership of an association and special hardship, on the person: registry readers read, officers record.
        ["GET /api/v1/people/{id:guid}/circumstances"] = Api(HttpMethod.Get, "/api/v1/people/{person}/circumstances", ReadersOwn, Nobody404),
        ["PUT /api/v1/people/{id:guid}/membership"] = Api(HttpMethod.Put, "/api/v1/people/{person}/membership", EditorsOwn, Nobody404, json: "{}"),
        ["PUT /api/v1/people/{id:guid}/hardship"] = Api(HttpMethod.Put, "/api/v1/people/{person}/hardship", EditorsOwn, Nobody404, json: "{}"),
        ["PAGE /People/Membership/{id:guid}"] = Web("/People/Membership/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /People/Hardship/{id:guid}"] = Web("/People/Hardship/{person}", EditorsPageOwn, Nobody404),
        // The contact log of a returnee after reception: the matrix's case serves a community sentence, which has none (404 to read,
        // and to the page's recorders; 422 after validation through the API).
        ["GET /api/v1/cases/{id:guid}/reintegration/contacts"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/contacts", Nobody404, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/contacts"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/contacts", ContactRecordersOwn, Nobody404, json: "{}"),
        ["PAGE /Contacts/Returnee/{id:guid}"] = Web("/Contacts/Returnee/{case}", "404 404 404 403 404 403 403 404", Nobody404),
        ["PAGE /AuditLog"] = Web("/AuditLog", AuditReaders),
        ["PAGE /Users"] = Web("/Users", AdminOnly),
        ["PAGE /Users/Create"] = Web("/Users/Create", AdminOnly),
        ["PAGE /Users/Edit/{id}"] = Web("/Users/Edit/{user}", AdminOnly, AdminOnly),
        ["PAGE /Users/RoleSettings"] = Web("/Users/RoleSettings", AdminOnly),
        // Monthly reconciliation: province police run it; the court and procuracy of the province read and agree; nobody else sees it.
        ["POST /api/v1/reconciliations"] = Api(HttpMethod.Post, "/api/v1/reconciliations", "403 400 403 403 403 403 403 403", json: "{}"),
        ["GET /api/v1/reconciliations"] = Api(HttpMethod.Get, "/api/v1/reconciliations", ReconReaders),
        ["GET /api/v1/reconciliations/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/reconciliations/{reconciliation}", ReconReadersOwn, Nobody404),
        ["POST /api/v1/reconciliations/{id:guid}/rows/{rowId:guid}/resolution"] = Api(HttpMethod.Post, "/api/v1/reconciliations/{reconciliation}/rows/{reconrow}/resolution", ReconRunnerOwn, Nobody404, json: "{}"),
        ["POST /api/v1/reconciliations/{id:guid}/sign-off"] = Api(HttpMethod.Post, "/api/v1/reconciliations/{reconciliation}/sign-off", ReconRunnerOwn, Nobody404),
        ["POST /api/v1/reconciliations/{id:guid}/agreement"] = Api(HttpMethod.Post, "/api/v1/reconciliations/{reconciliation}/agreement", "404 403 404 404 404 400 400 404", Nobody404),
        ["GET /api/v1/people/duplicates"] = Api(HttpMethod.Get, "/api/v1/people/duplicates", EditorsOnly),
        ["PAGE /People/Duplicates"] = Web("/People/Duplicates", EditorsOnly),
        // Merging: both people in the officer's unit (the supervisor is not assigned to the second one: 404); an empty body → 400 (otherId).
        ["POST /api/v1/people/{id:guid}/merge"] = Api(HttpMethod.Post, "/api/v1/people/{person}/merge", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/merges"] = Api(HttpMethod.Get, "/api/v1/merges", EditorsOnly),
        ["POST /api/v1/merges/{mergeId:guid}/undo"] = Api(HttpMethod.Post, $"/api/v1/merges/{NoSuchId}/undo", Nobody404, Nobody404, json: "{}"),
        ["PAGE /People/Merge/{id:guid}/{otherId:guid}"] = Web("/People/Merge/{person}/{person2}", "404 200 200 403 404 403 403 404", Nobody404),
        ["PAGE /People/Merges"] = Web("/People/Merges", EditorsOnly),
        // Import of old registers (issue 20): the province and commune police, each for their own unit.
        ["POST /api/v1/imports"] = Api(HttpMethod.Post, "/api/v1/imports", ImportersWrite, json: "{}"),
        ["GET /api/v1/imports/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/imports/{import}", Importers, ImportersOther),
        ["POST /api/v1/imports/{id:guid}/commit"] = Api(HttpMethod.Post, "/api/v1/imports/{import}/commit", ImportersWrite, ImportersOther, json: "{}"),
        ["PAGE /Import"] = Web("/Import", Importers),
        ["PAGE /Import/Details/{id:guid}"] = Web("/Import/Details/{import}", Importers, ImportersOther),
        ["PAGE /Reconciliation"] = Web("/Reconciliation", ReconReaders),
        ["PAGE /Reconciliation/Upload"] = Web("/Reconciliation/Upload", "403 200 403 403 403 403 403 403"),
        ["PAGE /Reconciliation/Template"] = Web("/Reconciliation/Template?format=csv", All200),
        ["PAGE /Reconciliation/Details/{id:guid}"] = Web("/Reconciliation/Details/{reconciliation}", ReconReadersOwn, Nobody404),
        ["PAGE /Reconciliation/Resolve/{id:guid}"] = Web("/Reconciliation/Resolve/{reconrow}", "404 200 404 404 404 403 403 404", Nobody404),
        // Exchange: agencies' systems only (a user's token is refused); the token endpoint is anonymous; clients are the administrator's.
        ["POST /api/v1/exchange/token"] = Api(HttpMethod.Post, "/api/v1/exchange/token", "400 400 400 400 400 400 400 400", json: "{}") with { Person = "400" },
        ["POST /api/v1/exchange/judgments"] = Api(HttpMethod.Post, "/api/v1/exchange/judgments", "403 403 403 403 403 403 403 403", json: "{}"),
        ["POST /api/v1/exchange/decisions"] = Api(HttpMethod.Post, "/api/v1/exchange/decisions", "403 403 403 403 403 403 403 403", json: "{}"),
        ["POST /api/v1/exchange/release-notices"] = Api(HttpMethod.Post, "/api/v1/exchange/release-notices", "403 403 403 403 403 403 403 403", json: "{}"),
        ["POST /api/v1/exchange/loans"] = Api(HttpMethod.Post, "/api/v1/exchange/loans", "403 403 403 403 403 403 403 403", json: "{}"),
        ["GET /api/v1/exchange/clients"] = Api(HttpMethod.Get, "/api/v1/exchange/clients", AdminOnly),
        // Working without signal: the pages' own script with the signed-in user's cookie (writes carry the anti-forgery token);
        // the supervisor's package; records made offline go through the same checks as the online forms (empty body: 400).
        ["GET /api/v1/sync/token"] = Sync(HttpMethod.Get, "/api/v1/sync/token", All200),
        ["GET /api/v1/sync/people"] = Sync(HttpMethod.Get, "/api/v1/sync/people", "403 403 200 403 200 403 403 403"),
        ["POST /api/v1/sync/cases/{id:guid}/check-ins"] = Sync(HttpMethod.Post, "/api/v1/sync/cases/{case}/check-ins", CheckInWritersOwn, Nobody404, json: "{}"),
        ["POST /api/v1/sync/cases/{id:guid}/assessments"] = Sync(HttpMethod.Post, "/api/v1/sync/cases/{case}/assessments", SupervisorOwn, Nobody404, json: "{}"),
        ["POST /api/v1/sync/cases/{id:guid}/contacts"] = Sync(HttpMethod.Post, "/api/v1/sync/cases/{case}/contacts", ContactRecordersOwn, Nobody404, json: "{}"),
        ["GET /api/v1/models"] = Api(HttpMethod.Get, "/api/v1/models", ModelReaders),
        ["GET /api/v1/models/list.xlsx"] = Api(HttpMethod.Get, "/api/v1/models/list.xlsx", ModelReaders),
        ["POST /api/v1/models"] = Api(HttpMethod.Post, "/api/v1/models", ModelWriters, json: "{}"),
        ["GET /api/v1/models/{id:guid}"] = Api(HttpMethod.Get, "/api/v1/models/{model}", ModelReaders, ModelOther),
        ["PUT /api/v1/models/{id:guid}"] = Api(HttpMethod.Put, "/api/v1/models/{model}", ModelWriters, ModelOther, json: "{}"),
        ["POST /api/v1/models/{id:guid}/members"] = Api(HttpMethod.Post, "/api/v1/models/{model}/members", ModelWriters, ModelOther, json: "{}"),
        ["POST /api/v1/models/{id:guid}/members/{memberId:guid}/end"] = Api(HttpMethod.Post, "/api/v1/models/{model}/members/" + Missing + "/end", ModelMemberMissing, ModelOther, json: "{}"),
        ["POST /api/v1/models/{id:guid}/activities"] = Api(HttpMethod.Post, "/api/v1/models/{model}/activities", ModelWriters, ModelOther, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/reintegration/exemplary"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/reintegration/exemplary", ReadersOwn, Nobody404),
        ["POST /api/v1/cases/{id:guid}/reintegration/exemplary"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/reintegration/exemplary", EditorsOwn, Nobody404, json: "{}"),
        ["GET /api/v1/communes/model-coverage"] = Api(HttpMethod.Get, "/api/v1/communes/model-coverage", ModelReaders),
        ["GET /api/v1/communes/{code}/model-coverage"] = Api(HttpMethod.Get, "/api/v1/communes/{commune}/model-coverage", ModelReaders, ModelOther),
        ["PAGE /ReintegrationModels"] = Web("/ReintegrationModels", ModelReaders),
        ["PAGE /ReintegrationModels/Details/{id:guid}"] = Web("/ReintegrationModels/Details/{model}", ModelReaders, ModelOther),
        ["PAGE /ReintegrationModels/Edit/{id:guid?}"] = Web("/ReintegrationModels/Edit/{model}", ModelPageWriters, ModelOther),
        ["PAGE /ReintegrationModels/Member/{id:guid}"] = Web("/ReintegrationModels/Member/{model}", ModelPageWriters, ModelOther),
        ["PAGE /ReintegrationModels/MemberEnd/{id:guid}/{memberId:guid}"] = Web("/ReintegrationModels/MemberEnd/{model}/" + Missing, ModelMemberMissing, ModelOther),
        ["PAGE /ReintegrationModels/Activity/{id:guid}"] = Web("/ReintegrationModels/Activity/{model}", ModelPageWriters, ModelOther),
        ["PAGE /ReintegrationModels/Join/{id:guid}"] = Web("/ReintegrationModels/Join/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /ReintegrationModels/Exemplary/{id:guid}"] = Web("/ReintegrationModels/Exemplary/{case}", EditorsPageOwn, Nobody404),
        ["PAGE /Communes"] = Web("/Communes", "403 200 302 302 403 403 403 403"),
        ["PAGE /Communes/{code}"] = Web("/Communes/{commune}", ModelReaders, ModelOther),
        ["POST /api/v1/exchange/clients"] = Api(HttpMethod.Post, "/api/v1/exchange/clients", AdminOnlyWrite, json: "{}"),
        ["PAGE /Exchange/Clients"] = Web("/Exchange/Clients", AdminOnly),
        ["PAGE /Exchange/ReleaseNotices"] = Web("/Exchange/ReleaseNotices", "403 200 200 200 403 403 403 403"),
        // Personal-data law: the subject-access export and the disclosure log for the officers of the person's unit; the archival
        // review for province officers (an empty decision is invalid: 400).
        ["GET /api/v1/people/{id:guid}/subject-access"] = Api(HttpMethod.Get, "/api/v1/people/{person}/subject-access", EditorsPageOwn, Nobody404),
        ["GET /api/v1/people/{id:guid}/disclosures"] = Api(HttpMethod.Get, "/api/v1/people/{person}/disclosures", EditorsPageOwn, Nobody404),
        ["POST /api/v1/people/{id:guid}/retention-decision"] = Api(HttpMethod.Post, "/api/v1/people/{person}/retention-decision", "404 400 403 403 403 403 403 404", Nobody404, json: "{}"),
        ["GET /api/v1/retention/due"] = Api(HttpMethod.Get, "/api/v1/retention/due", "403 200 403 403 403 403 403 403"),
        ["PAGE /Privacy/SubjectAccess/{id:guid}"] = Web("/Privacy/SubjectAccess/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /Privacy/Disclosures/{id:guid}"] = Web("/Privacy/Disclosures/{person}", EditorsPageOwn, Nobody404),
        ["PAGE /Privacy/Retention"] = Web("/Privacy/Retention", "403 200 403 403 403 403 403 403"),
        // Background exports: anyone signed in starts one (an empty request names the missing kind: 400); a job is seen only by
        // the user who started it (no such job: 404 to everyone).
        ["POST /api/v1/exports"] = Api(HttpMethod.Post, "/api/v1/exports", "400 400 400 400 400 400 400 400", json: "{}"),
        ["GET /api/v1/exports/{id:guid}"] = Api(HttpMethod.Get, $"/api/v1/exports/{NoSuchId}", Nobody404),
        ["GET /api/v1/exports/{id:guid}/file"] = Api(HttpMethod.Get, $"/api/v1/exports/{NoSuchId}/file", Nobody404),
        ["PAGE /Exports"] = Web("/Exports", All200),
        ["PAGE /Exports/Details/{id:guid}"] = Web($"/Exports/Details/{NoSuchId}", Nobody404),

        // The person's own portal (issue 18): the commune police invite; the role Person reads and acts on its own file only (the
        // Person column, checked by The_role_Person_reaches_its_own_portal_and_nothing_else); no staff role uses the portal.
        ["POST /api/v1/people/{id:guid}/portal-invitation"] = Api(HttpMethod.Post, "/api/v1/people/{person}/portal-invitation", "404 403 200 403 403 403 403 404", Nobody404, json: "{}"),
        ["PAGE /Portal/Invitation/{id:guid}"] = Web("/Portal/Invitation/{person}", PortalInviterPage, PortalInviterPageOther),
        ["POST /api/v1/me/activate"] = Api(HttpMethod.Post, "/api/v1/me/activate", "400 400 400 400 400 400 400 400", json: "{}") with { Person = "400" },
        ["POST /api/v1/me/token"] = Api(HttpMethod.Post, "/api/v1/me/token", "400 400 400 400 400 400 400 400", json: "{}") with { Person = "400" },
        ["GET /api/v1/me"] = Api(HttpMethod.Get, "/api/v1/me", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/obligations"] = Api(HttpMethod.Get, "/api/v1/me/obligations", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/dates"] = Api(HttpMethod.Get, "/api/v1/me/dates", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/decisions"] = Api(HttpMethod.Get, "/api/v1/me/decisions", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/loans"] = Api(HttpMethod.Get, "/api/v1/me/loans", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/documents"] = Api(HttpMethod.Get, "/api/v1/me/documents", PortalOnly) with { Person = "200" },
        // Another person's document is found as little as one that does not exist.
        ["GET /api/v1/me/documents/{fileId:guid}"] = Api(HttpMethod.Get, "/api/v1/me/documents/{otherdocument}", PortalOnly) with { Person = "404" },
        ["GET /api/v1/me/messages"] = Api(HttpMethod.Get, "/api/v1/me/messages", PortalOnly) with { Person = "200" },
        ["GET /api/v1/me/consents"] = Api(HttpMethod.Get, "/api/v1/me/consents", PortalOnly) with { Person = "200" },
        ["PUT /api/v1/me/consents"] = Api(HttpMethod.Put, "/api/v1/me/consents", PortalOnly, json: "[]") with { Person = "400" },
        ["GET /api/v1/me/self-reports"] = Api(HttpMethod.Get, "/api/v1/me/self-reports", PortalOnly) with { Person = "200" },
        // A period that is not one of the case's: refused beside the field, nothing is stored.
        ["POST /api/v1/me/self-reports"] = Api(HttpMethod.Post, "/api/v1/me/self-reports", PortalOnly, json: "{\"period\":\"1900-01\"}") with { Person = "400" },
        ["GET /api/v1/me/absence-requests"] = Api(HttpMethod.Get, "/api/v1/me/absence-requests", PortalOnly) with { Person = "200" },
        ["POST /api/v1/me/absence-requests"] = Api(HttpMethod.Post, "/api/v1/me/absence-requests", PortalOnly, json: "{}") with { Person = "400" },
        // Scheduled self check-in (issue 18 part 4): staff of the case's commune see the check-ins and photos; the commune police set
        // the schedule and review; the person checks in from the portal.
        ["GET /api/v1/cases/{id:guid}/self-check-ins"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/self-check-ins", SelfCheckInReadersOwn, Nobody404),
        ["PUT /api/v1/cases/{id:guid}/self-check-in"] = Api(HttpMethod.Put, "/api/v1/cases/{case}/self-check-in", SelfCheckInManagerOwn, Nobody404, json: "{}"),
        ["GET /api/v1/cases/{id:guid}/self-check-ins/{checkInId:guid}/photo"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/self-check-ins/" + NoSuchId + "/photo",
            SelfCheckInReadersMissing, Nobody404),
        ["POST /api/v1/cases/{id:guid}/self-check-ins/{checkInId:guid}/review"] = Api(HttpMethod.Post, "/api/v1/cases/{case}/self-check-ins/" + NoSuchId + "/review",
            SelfCheckInManagerMissing, Nobody404, json: "{}"),
        ["GET /api/v1/me/check-ins"] = Api(HttpMethod.Get, "/api/v1/me/check-ins", PortalOnly) with { Person = "200" },
        ["POST /api/v1/me/check-ins"] = Api(HttpMethod.Post, "/api/v1/me/check-ins", PortalOnly, json: "{}") with { Person = "400" },
        ["PAGE /SelfCheckIns/Schedule/{id:guid}"] = Web("/SelfCheckIns/Schedule/{case}", SelfCheckInManagerPageOwn, Nobody404),
        ["PAGE /SelfCheckIns/Review/{id:guid}/{checkInId:guid}"] = Web("/SelfCheckIns/Review/{case}/" + Missing, Nobody404, Nobody404),
        ["PAGE /SelfCheckIns/Photo/{id:guid}/{checkInId:guid}"] = Web("/SelfCheckIns/Photo/{case}/" + Missing, SelfCheckInReadersMissing, Nobody404),
        ["PAGE /Cong-dan/Tu-diem-danh"] = Web("/Cong-dan/Tu-diem-danh", PortalOnly) with { Person = "200" },
        ["PAGE /Cong-dan/Dang-nhap"] = Web("/Cong-dan/Dang-nhap", All200) with { Person = "200" },
        ["PAGE /Cong-dan/Dang-nhap-bang-ma"] = Web("/Cong-dan/Dang-nhap-bang-ma", All200) with { Person = "200" },
        ["POST /api/v1/me/one-time-code"] = Api(HttpMethod.Post, "/api/v1/me/one-time-code", "400 400 400 400 400 400 400 400", json: "{}") with { Person = "400" },
        ["PAGE /Cong-dan/Kich-hoat"] = Web("/Cong-dan/Kich-hoat", All200) with { Person = "200" },
        ["PAGE /Cong-dan/Dang-xuat"] = Web("/Cong-dan/Dang-xuat", "302 302 302 302 302 302 302 302") with { Person = "302" },
        ["PAGE /Cong-dan"] = Web("/Cong-dan", PortalOnly) with { Person = "200" },
        ["PAGE /Cong-dan/Tu-nhan-xet"] = Web("/Cong-dan/Tu-nhan-xet", PortalOnly) with { Person = "200" },
        ["PAGE /Cong-dan/Xin-vang-mat"] = Web("/Cong-dan/Xin-vang-mat", PortalOnly) with { Person = "200" },
        ["PAGE /Cong-dan/Nhac-viec"] = Web("/Cong-dan/Nhac-viec", PortalOnly) with { Person = "200" },
        ["PAGE /Cong-dan/So-dien-thoai"] = Web("/Cong-dan/So-dien-thoai", PortalOnly) with { Person = "200" },
        ["PUT /api/v1/me/phone"] = Api(HttpMethod.Put, "/api/v1/me/phone", PortalOnly, json: "{}") with { Person = "400" },
        ["POST /api/v1/me/phone/confirm"] = Api(HttpMethod.Post, "/api/v1/me/phone/confirm", PortalOnly, json: "{}") with { Person = "400" },
        ["PAGE /Cong-dan/Tai-lieu/{fileId:guid}"] = Web("/Cong-dan/Tai-lieu/{otherdocument}", PortalOnly) with { Person = "404" },
        // Notifications (issue 18 part 2): the case's message ledger for whoever reads the case; the providers' delivery reports
        // carry no user, only the shared secret (none here: 401 to everyone); the approved templates for every staff role.
        ["GET /api/v1/cases/{id:guid}/messages"] = Api(HttpMethod.Get, "/api/v1/cases/{case}/messages", ReadersOwn, Nobody404),
        ["POST /api/v1/notifications/callbacks/sms"] = Api(HttpMethod.Post, "/api/v1/notifications/callbacks/sms", "401 401 401 401 401 401 401 401", json: "{}") with { Person = "401" },
        ["POST /api/v1/notifications/callbacks/zalo"] = Api(HttpMethod.Post, "/api/v1/notifications/callbacks/zalo", "401 401 401 401 401 401 401 401", json: "{}") with { Person = "401" },
        ["PAGE /Notifications/Templates"] = Web("/Notifications/Templates", All200),
    };

    /// <summary>Form posts of pages (with a valid anti-forgery token and an empty form).</summary>
    static readonly Dictionary<string, Row> PagePosts = new()
    {
        ["POST /People/Create"] = Form("/People/Create", "403 200 200 403 403 403 403 403"),
        // The person's portal: an empty absence application shows its errors; the commune officer's invitation is issued on the post.
        ["POST /Cong-dan/Xin-vang-mat"] = Form("/Cong-dan/Xin-vang-mat", PortalOnly) with { Person = "200" },
        ["POST /SelfCheckIns/Schedule/{id}"] = Form("/SelfCheckIns/Schedule/{case}", SelfCheckInManagerPageOwn, Nobody404),
        ["POST /Portal/Invitation/{id:guid}"] = Form("/Portal/Invitation/{person}", PortalInviterPage, PortalInviterPageOther),
        ["POST /People/Edit/{id}"] = Form("/People/Edit/{person}", EditorsPageOwn, Nobody404),
        ["POST /Judgments/Create/{id}"] = Form("/Judgments/Create/{person}", EditorsPageOwn, Nobody404),
        ["POST /Judgments/Decision/{id}"] = Form("/Judgments/Decision/{judgment}", EditorsPageOwn, Nobody404),
        ["POST /Judgments/Settle/{id}/{obligation}"] = Form("/Judgments/Settle/{judgment}/{obligation}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Create/{id}"] = Form("/Cases/Create/{person}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Status/{id}"] = Form("/Cases/Status/{case}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Receive/{id}"] = Form("/Cases/Receive/{case}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Summons/{id}"] = Form("/Cases/Summons/{case}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Complete/{id}"] = Form("/Cases/Complete/{case}", EditorsPageOwn, Nobody404),
        // Check your answers: the answers checked without saving, then the same post saves.
        ["POST /Cases/Complete/{id}?handler=Check"] = Form("/Cases/Complete/{case}?handler=Check", EditorsPageOwn, Nobody404),
        ["POST /Cases/Open/{id}"] = Form("/Cases/Open/{case}", EditorsPageOwn, Nobody404),
        ["POST /Cases/Open/{id}?handler=Check"] = Form("/Cases/Open/{case}?handler=Check", EditorsPageOwn, Nobody404),
        ["POST /EarlyTermination/Propose/{id}"] = Form("/EarlyTermination/Propose/{case}", EditorsPageOwn, Nobody404),
        ["POST /Supervision/Assign/{id}"] = Form("/Supervision/Assign/{person}", AssignersPageOwn, Nobody404),
        ["POST /Breaches/Create/{id}"] = Form("/Breaches/Create/{case}", EditorsPageOwn, Nobody404),
        ["POST /Breaches/Reminder/{id}/{breachId}"] = Form("/Breaches/Reminder/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Breaches/Reprimand/{id}/{breachId}"] = Form("/Breaches/Reprimand/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Breaches/Send/{id}/{proposalId}"] = Form("/Breaches/Send/{case}/" + Missing, AssignersPageMissing, Nobody404),
        ["POST /Breaches/Send/{id}/{proposalId}?handler=Check"] = Form("/Breaches/Send/{case}/" + Missing + "?handler=Check", AssignersPageMissing, Nobody404),
        ["POST /Breaches/Decision/{id}/{proposalId}"] = Form("/Breaches/Decision/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Absences/Request/{id}"] = Form("/Absences/Request/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/Notice/{id}"] = Form("/Reintegration/Notice/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/Residence/{id}"] = Form("/Reintegration/Residence/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/Report/{id}"] = Form("/Reintegration/Report/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/Officer/{id}"] = Form("/Reintegration/Officer/{case}", AssignersPageOwn, Nobody404),
        ["POST /Reintegration/Need/{id}"] = Form("/Reintegration/Need/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/SupportOutcome/{id}/{actionId}"] = Form("/Reintegration/SupportOutcome/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Reintegration/Violation/{id}"] = Form("/Reintegration/Violation/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/ViolationHandling/{id}/{violationId}"] = Form("/Reintegration/ViolationHandling/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Loans/Counselling/{id}"] = Form("/Loans/Counselling/{case}", EditorsPageOwn, Nobody404),
        ["POST /Loans/Propose/{id}"] = Form("/Loans/Propose/{case}", EditorsPageOwn, Nobody404),
        ["POST /Loans/Event/{loanId}"] = Form("/Loans/Event/" + Missing, BankMissing),
        ["POST /Loans/Business"] = Form("/Loans/Business", EditorsOnly),
        ["POST /Reintegration/Expungement/{id}"] = Form("/Reintegration/Expungement/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/End/{id}"] = Form("/Reintegration/End/{case}", EditorsPageOwn, Nobody404),
        ["POST /Reintegration/FromNotice/{noticeId}"] = Form("/Reintegration/FromNotice/" + Missing, EditorsPageMissing, EditorsPageMissing),
        ["POST /Employment/EmployerEdit"] = Form("/Employment/EmployerEdit", EditorsOnly),
        ["POST /Employment/EmployerEdit/{id}"] = Form("/Employment/EmployerEdit/" + Missing, JobRegisterMissing),
        ["POST /Employment/CourseEdit"] = Form("/Employment/CourseEdit", EditorsOnly),
        ["POST /Employment/CourseEdit/{id}"] = Form("/Employment/CourseEdit/" + Missing, JobRegisterMissing),
        ["POST /Employment/Refer/{id}"] = Form("/Employment/Refer/{case}", EditorsPageOwn, Nobody404),
        ["POST /Employment/Outcome/{id}/{referralId}"] = Form("/Employment/Outcome/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Employment/Retention/{id}/{referralId}"] = Form("/Employment/Retention/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /People/Membership/{id}"] = Form("/People/Membership/{person}", EditorsPageOwn, Nobody404),
        ["POST /People/Hardship/{id}"] = Form("/People/Hardship/{person}", EditorsPageOwn, Nobody404),
        ["POST /Contacts/Returnee/{id}"] = Form("/Contacts/Returnee/{case}", "404 404 404 403 404 403 403 404", Nobody404),
        ["POST /Absences/Decide/{id}/{requestId}"] = Form("/Absences/Decide/{case}/" + Missing, AssignersPageMissing, Nobody404),
        ["POST /Absences/Return/{id}/{requestId}"] = Form("/Absences/Return/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /Supervision/Change/{id}"] = Form("/Supervision/Change/{person}", AssignersPageOwn, Nobody404),
        ["POST /Supervision/Plan/{id}"] = Form("/Supervision/Plan/{case}", EditorsPageOwn, Nobody404),
        ["POST /Supervision/CheckIn/{id}"] = Form("/Supervision/CheckIn/{case}", CheckInWritersPageOwn, Nobody404),
        ["POST /Alerts/{id}"] = Form("/Alerts/{alert}", RowOf(Act.HandleAlerts, "200", "403"), RowOf(Act.SeeAlerts, "404", "403")),
        ["POST /Plans/Create"] = Form("/Plans/Create", RowOf(Act.ManagePlans, "200", "403")),
        ["POST /Plans/{id}?handler=Task"] = Form("/Plans/{plan}?handler=Task", PlanOwnersPageOwn, RowOf(Act.SeePlans, "404", "403"))
            with { PartnerBody = "403", PartnerBodyOther = "404" },
        ["POST /Plans/{id}/Tasks/{taskId}/Report"] = Form("/Plans/{plan}/Tasks/{task}/Report", PlanReportersPageOwn,
            RowOf(Act.ReportPlanTasks, "404", "403")) with { PartnerBody = "200", PartnerBodyOther = "404" },
        ["POST /Inspections/Create"] = Form("/Inspections/Create", RowOf(Act.RecordInspections, "200", "403")),
        ["POST /Inspections/{id}?handler=Remedy"] = Form("/Inspections/{inspection}?handler=Remedy", RowOf(Act.RecordInspections, "200", "403"),
            RowOf(Act.SeeInspections, "404", "403")),
        ["POST /Inspections/{id}?handler=Done"] = Form("/Inspections/{inspection}?handler=Done&remedyId={remedy}", "403 200 200 403 403 403 200 403",
            RowOf(Act.SeeInspections, "404", "403")),
        ["POST /Inspections/{id}?handler=Close"] = Form("/Inspections/{inspection}?handler=Close", RowOf(Act.RecordInspections, "200", "403"),
            RowOf(Act.SeeInspections, "404", "403")),
        ["POST /Absences/Unauthorised/{id}"] = Form("/Absences/Unauthorised/{case}", EditorsPageOwn, Nobody404),
        ["POST /Absences/UnauthorisedBack/{id}/{absenceId}"] = Form("/Absences/UnauthorisedBack/{case}/" + Missing, EditorsPageMissing, Nobody404),
        ["POST /AtLarge/{id}"] = Form("/AtLarge/{atlarge}", "403 200 200 403 403 403 403 403", "403 404 404 404 403 403 403 403"),
        ["POST /AtLarge/Record/{id}"] = Form("/AtLarge/Record/{judgment}", EditorsPageOwn, Nobody404),
        ["POST /Prevention/Sign/{id}"] = Form("/Prevention/Sign/{case}", SignWritersPageOwn, Nobody404),
        ["POST /Prevention/Grade/{id}"] = Form("/Prevention/Grade/{case}", GradeDeciderPageOwn, Nobody404),
        ["POST /Prevention/Cadence/{id}"] = Form("/Prevention/Cadence/{case}", GradeDeciderPageOwn, Nobody404),
        ["POST /Supervision/SelfReport/{id}"] = Form("/Supervision/SelfReport/{case}", EditorsPageOwn, Nobody404),
        ["POST /Supervision/Deduction/{id}"] = Form("/Supervision/Deduction/{case}", EditorsPageOwn, Nobody404),
        ["POST /Supervision/Labour/{id}"] = Form("/Supervision/Labour/{case}", EditorsPageOwn, Nobody404),
        ["POST /Supervision/Assessment/{id}"] = Form("/Supervision/Assessment/{case}", SupervisorPageOwn, Nobody404),
        ["POST /Contacts/Record/{id}"] = Form("/Contacts/Record/{case}", ContactRecordersPageOwn, Nobody404),
        ["POST /Contacts/Schedule/{id}"] = Form("/Contacts/Schedule/{case}", ContactRecordersPageOwn, Nobody404),
        ["POST /Contacts/BatchCheckIn"] = Form("/Contacts/BatchCheckIn", "403 403 200 403 403 403 403 403"),
        // Calculator forms: every signed-in user gets the page back (with the errors of an empty form).
        ["POST /Rules/RecordExpungement"] = Form("/Rules/RecordExpungement", All200),
        ["POST /Rules/ProbationShortening"] = Form("/Rules/ProbationShortening", All200),
        ["POST /Rules/SentenceReduction"] = Form("/Rules/SentenceReduction", All200),
        ["POST /Rules/SentenceRemission"] = Form("/Rules/SentenceRemission", All200),
        ["POST /Rules/SentenceEnd"] = Form("/Rules/SentenceEnd", All200),
        ["POST /Rules/WorkingDays"] = Form("/Rules/WorkingDays", All200),
        ["POST /Rules/Loan"] = Form("/Rules/Loan", All200),
        // Rule parameters and holidays (an empty form: errors shown to an administrator; no date to remove: not found).
        ["POST /Rules/Parameters/Edit"] = Form("/Rules/Parameters/Edit?key=AnTreo.Shorten.MinServed", AdminOnly),
        ["POST /Rules/Holidays"] = Form("/Rules/Holidays?year=2026", AdminOnly),
        ["POST /Rules/Holidays?handler=Remove"] = Form("/Rules/Holidays?handler=Remove", "404 403 403 403 403 403 403 403"),
        // Almost-eligible lists: only a province officer recomputes (the province's lists), then goes back to the list.
        ["POST /Rules/AlmostEligible"] = Form("/Rules/AlmostEligible", "403 302 403 403 403 403 403 403"),
        ["POST /Transfers/Create/{id}"] = Form("/Transfers/Create/{case}", EditorsPageOwn, Nobody404),
        ["POST /Transfers/Create/{id}?handler=Check"] = Form("/Transfers/Create/{case}?handler=Check", EditorsPageOwn, Nobody404),
        ["POST /Transfers/Consent/{id}"] = Form("/Transfers/Consent/{transfer}", TransferConsenterPage, Nobody404),
        ["POST /Transfers/Acknowledge/{id}"] = Form("/Transfers/Acknowledge/{transfer}", TransferSender, Nobody404),
        ["POST /Transfers/Refuse/{id}"] = Form("/Transfers/Refuse/{transfer}", TransferConsenterPage, Nobody404),
        ["POST /Users/Create"] = Form("/Users/Create", AdminOnly),
        ["POST /Import"] = Form("/Import", Importers),
        ["POST /Import/Details/{id}?handler=Commit"] = Form("/Import/Details/{import}?handler=Commit", Importers, ImportersOther),
        ["POST /Import/Details/{id}?handler=Mapping"] = Form("/Import/Details/{import}?handler=Mapping", Importers, ImportersOther),
        ["POST /Reconciliation/Upload"] = Form("/Reconciliation/Upload", "403 200 403 403 403 403 403 403"),
        ["POST /Reconciliation/Resolve/{id}"] = Form("/Reconciliation/Resolve/{reconrow}", "404 200 404 404 404 403 403 404", Nobody404),
        ["POST /Reconciliation/Details/{id}?handler=SignOff"] = Form("/Reconciliation/Details/{reconciliation}?handler=SignOff", "404 200 404 404 404 403 403 404", Nobody404),
        ["POST /Reconciliation/Details/{id}?handler=Agree"] = Form("/Reconciliation/Details/{reconciliation}?handler=Agree", "404 403 404 404 404 200 200 404", Nobody404),
        ["POST /Exchange/Clients"] = Form("/Exchange/Clients", AdminOnly),
        ["POST /ReintegrationModels/Edit"] = Form("/ReintegrationModels/Edit", ModelPageWriters),
        ["POST /ReintegrationModels/Edit/{id}"] = Form("/ReintegrationModels/Edit/{model}", ModelPageWriters, ModelOther),
        ["POST /ReintegrationModels/Member/{id}"] = Form("/ReintegrationModels/Member/{model}", ModelPageWriters, ModelOther),
        ["POST /ReintegrationModels/MemberEnd/{id}/{memberId}"] = Form("/ReintegrationModels/MemberEnd/{model}/" + Missing, ModelMemberMissing, ModelOther),
        ["POST /ReintegrationModels/Activity/{id}"] = Form("/ReintegrationModels/Activity/{model}", ModelPageWriters, ModelOther),
        ["POST /ReintegrationModels/Join/{id}"] = Form("/ReintegrationModels/Join/{case}", EditorsPageOwn, Nobody404),
        ["POST /ReintegrationModels/Exemplary/{id}"] = Form("/ReintegrationModels/Exemplary/{case}", EditorsPageOwn, Nobody404),
        ["POST /AuditLog?handler=Verify"] = Form("/AuditLog?handler=Verify", AuditReaders),
        // Archival review: only a province officer decides (an empty form names no file in scope: 404).
        ["POST /Privacy/Retention"] = Form("/Privacy/Retention", "403 404 403 403 403 403 403 403"),
    };

    /// <param name="Person">What the role Person gets (own and other unit alike); null: refused, 403 or 404.</param>
    sealed record Row(string Kind, HttpMethod Method, string Url, string Own, string Other, string? Json)
    {
        public string? Person { get; init; }
        /// <summary>What the role PartnerBody of unit A gets for unit A's resource; null: as every role when all agree, else refused (403 or 404).</summary>
        public string? PartnerBody { get; init; }
        /// <summary>The same for unit B's resource; null: as <see cref="PartnerBody"/> when the URL names no resource, else refused.</summary>
        public string? PartnerBodyOther { get; init; }
    }
    static Row Api(HttpMethod m, string url, string own, string? other = null, string? json = null) => new("api", m, url, own, other ?? own, json);
    static Row Web(string url, string own, string? other = null) => new("web", HttpMethod.Get, url, own, other ?? own, null);
    /// <summary>The sync API: the signed-in page's cookie, and for a write its anti-forgery token in the header.</summary>
    static Row Sync(HttpMethod m, string url, string own, string? other = null, string? json = null) => new("sync", m, url, own, other ?? own, json);
    static Row Form(string url, string own, string? other = null) => new("form", HttpMethod.Post, url, own, other ?? own, null);

    [SkippableFact]
    public void Every_endpoint_has_a_row_in_the_matrix()
    {
        app.EnsureAvailable();
        var keys = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e))
            .SelectMany(KeysOf).Distinct().OrderBy(k => k).ToList();
        var missing = keys.Where(k => !Matrix.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in the authorization matrix:\n" + string.Join("\n", missing));
        var stale = Matrix.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for endpoints that no longer exist:\n" + string.Join("\n", stale));
    }

    /// <summary>
    /// Every endpoint and page that answers GET says whether it answers with a person's data; one that does is audited by
    /// <see cref="HoaNhap.Web.Shared.Audit.PersonalDataAudit"/> (see <see cref="Every_read_of_personal_data_writes_an_audit_entry"/>).
    /// </summary>
    [SkippableFact]
    public void Every_endpoint_that_answers_GET_declares_whether_it_holds_personal_data()
    {
        app.EnsureAvailable();
        var undeclared = ReadEndpoints()
            .Where(e => e.Endpoint.Metadata.GetMetadata<HoaNhap.Web.Shared.Audit.PersonalDataDeclaration>() is null)
            .Select(e => e.Key).Distinct().OrderBy(k => k).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints that answer GET without saying whether they hold personal data "
            + "(add .ReadsPersonalData<T>() / .NoPersonalData(), or [PersonalData] / [NoPersonalData] on the page model):\n" + string.Join("\n", undeclared));
    }

    /// <summary>
    /// Every route declared as personal data, called by a role that may read it (per the matrix above), leaves one more
    /// "View" entry by that user naming the route, and its answer is not cached.
    /// </summary>
    [SkippableFact]
    public async Task Every_read_of_personal_data_writes_an_audit_entry()
    {
        app.EnsureAvailable();
        var ids = await Resources.ForAsync(app);
        var failures = new List<string>();
        var exercised = 0;
        var declared = ReadEndpoints()
            .Where(e => e.Endpoint.Metadata.GetMetadata<HoaNhap.Web.Shared.Audit.PersonalDataDeclaration>() is HoaNhap.Web.Shared.Audit.PersonalDataAttribute)
            .Select(e => e.Key).Distinct().OrderBy(k => k).ToList();
        Assert.NotEmpty(declared);
        foreach (var key in declared)
        {
            Assert.True(Matrix.TryGetValue(key, out var row), $"{key} has no row in the matrix.");
            var r = Array.FindIndex(row.Own.Split(' '), s => s == "200");
            if (r < 0) continue;   // nobody reads this resource of the matrix (an id that matches nothing)
            var role = RoleOrder[r];
            var client = row.Kind == "api" ? await app.ApiAsync(role, Unit.A) : await app.PagesAsync(role, Unit.A);
            var userName = HoaNhapApp.UserName(role, Unit.A);
            var before = await ViewsByAsync(userName);
            var response = await client.GetAsync(ids.Fill(row.Url, Unit.A));
            exercised++;
            if ((int)response.StatusCode != 200) { failures.Add($"{key} as {role}: {(int)response.StatusCode}"); continue; }
            var after = await ViewsByAsync(userName);
            var route = key[(key.IndexOf(' ') + 1)..];
            var written = after.Skip(before.Count).ToList();
            if (!written.Any(a => a.Details is { } d && d.Contains(route.Split('?')[0].Replace("/Index", ""), StringComparison.OrdinalIgnoreCase)))
                failures.Add($"{key} as {role}: no audit entry written ({written.Count} new entries)");
            if (response.Headers.CacheControl?.NoStore != true)
                failures.Add($"{key} as {role}: answer may be cached (Cache-Control: {response.Headers.CacheControl})");
        }
        output.WriteLine($"{exercised} of {declared.Count} personal-data routes exercised.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    async Task<List<HoaNhap.Domain.Audit.AuditEntry>> ViewsByAsync(string userName) =>
        await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == userName && a.Action == HoaNhap.Domain.Audit.AuditActions.View).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Endpoints that answer GET (pages included), with their matrix key.</summary>
    IEnumerable<(string Key, Endpoint Endpoint)> ReadEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e) && e.RoutePattern.RawText != "{**path:file}")
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                || (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false))
            .SelectMany(e => KeysOf(e).Where(k => k.StartsWith("GET ") || k.StartsWith("PAGE ")).Select(k => (k, (Endpoint)e)));

    static bool IsStaticAsset(RouteEndpoint e) =>
        e.RoutePattern.RawText is { } t && System.Text.RegularExpressions.Regex.IsMatch(t, @"\.(css|js|png|ico|svg|woff2?|map|txt|gz|br)$");

    static IEnumerable<string> KeysOf(RouteEndpoint e)
    {
        var route = "/" + (e.RoutePattern.RawText ?? "").Trim('/');
        if (e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            if (route.EndsWith("/Index")) route = route[..^"/Index".Length];
            if (route.Length == 0) route = "/";
            yield return "PAGE " + route;
            yield break;
        }
        foreach (var method in e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
            yield return $"{method} {route}";
    }

    [SkippableFact]
    public async Task Every_role_gets_the_expected_status_for_own_and_other_unit()
    {
        app.EnsureAvailable();
        var ids = await Resources.ForAsync(app);
        var failures = new List<string>();
        var count = 0;
        for (var r = 0; r < RoleOrder.Length; r++)
        {
            var role = RoleOrder[r];
            var api = await app.ApiAsync(role, Unit.A);
            var pages = await app.PagesAsync(role, Unit.A);
            var token = await FormTokenAsync(pages);
            foreach (var (key, row) in Matrix.Concat(PagePosts))
                foreach (var (which, expected) in new[] { ("own", row.Own), ("other", row.Other) })
                {
                    if (which == "other" && row.Other == row.Own && !row.Url.Contains('{')) continue;
                    var want = int.Parse(expected.Split(' ')[r]);
                    var url = ids.Fill(row.Url, which == "own" ? Unit.A : Unit.B);
                    var client = row.Kind == "api" ? api : pages;
                    var request = new HttpRequestMessage(row.Method, url);
                    if (row.Json is not null) request.Content = new StringContent(row.Json, Encoding.UTF8, "application/json");
                    if (row.Kind == "form") request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                    if (row.Kind == "sync") request.Headers.Add("RequestVerificationToken", token);
                    var got = (int)(await client.SendAsync(request)).StatusCode;
                    count++;
                    if (got != want) failures.Add($"{key} [{which}] as {role}: expected {want}, got {got} ({url})");
                }
        }
        output.WriteLine($"{count} requests checked.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} authorization checks failed:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The role Person (issue 18) against every row: its own portal answers as the row's Person column says, and every staff
    /// page and endpoint refuses it (403 or 404) — also for the person's own file; each read of its own data is audited.
    /// </summary>
    [SkippableFact]
    public async Task The_role_Person_reaches_its_own_portal_and_nothing_else()
    {
        app.EnsureAvailable();
        var ids = await Resources.ForAsync(app);
        var api = await PortalSessions.ApiAsync(app, ids.PortalIdNumber);
        var pages = await PortalSessions.PagesAsync(app, ids.PortalIdNumber);
        var home = await pages.GetStringAsync("/Cong-dan");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(token);
        var userName = HoaNhap.Web.Features.Portal.PortalAccounts.UserNameOf(app.PersonA);
        var failures = new List<string>();
        var count = 0;
        foreach (var (key, row) in Matrix.Concat(PagePosts))
            foreach (var unit in new[] { Unit.A, Unit.B })
            {
                var url = ids.Fill(row.Url, unit);
                var request = new HttpRequestMessage(row.Method, url);
                if (row.Json is not null) request.Content = new StringContent(row.Json, Encoding.UTF8, "application/json");
                if (row.Kind == "form") request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                // A read of the person's own data (declared as such) leaves a View entry by the person.
                var audited = row.Person == "200" && row.Method == HttpMethod.Get && key.StartsWith("GET /api/v1/me", StringComparison.Ordinal)
                    || key is "PAGE /Cong-dan" or "PAGE /Cong-dan/Tu-nhan-xet" or "PAGE /Cong-dan/Xin-vang-mat" or "PAGE /Cong-dan/Nhac-viec";
                var before = audited ? (await ViewsByAsync(userName)).Count : -1;
                var response = await (row.Kind == "api" ? api : pages).SendAsync(request);
                var got = (int)response.StatusCode;
                count++;
                if (row.Person is { } want ? got != int.Parse(want) : got is not (403 or 404))
                    failures.Add($"{key} [{unit}] as Person: expected {row.Person ?? "403 or 404"}, got {got} ({url})");
                else if (audited && (await ViewsByAsync(userName)).Count <= before)
                    failures.Add($"{key} [{unit}] as Person: no audit entry written");
            }
        output.WriteLine($"{count} requests checked as Person.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} checks of the role Person failed:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The role PartnerBody (issue 19, part 6: a body of the plans, here the commune's Women's Union) against every row: it reaches its
    /// plans and its own tasks, and every page and endpoint about a person or a case refuses it (403 or 404) — so a body never reads
    /// a person's file. A row answered alike by every staff role (the calculators, the user's own account) answers it alike.
    /// </summary>
    [SkippableFact]
    public async Task The_role_PartnerBody_reaches_its_plan_tasks_and_never_a_persons_file()
    {
        app.EnsureAvailable();
        var ids = await Resources.ForAsync(app);
        var api = await app.ApiAsync(Roles.PartnerBody, Unit.A);
        var pages = await app.PagesAsync(Roles.PartnerBody, Unit.A);
        var token = await FormTokenAsync(pages);
        var failures = new List<string>();
        var count = 0;
        foreach (var (key, row) in Matrix.Concat(PagePosts))
            foreach (var unit in new[] { Unit.A, Unit.B })
            {
                if (unit == Unit.B && row.Other == row.Own && !row.Url.Contains('{')) continue;
                var declared = unit == Unit.A ? row.PartnerBody : row.PartnerBodyOther ?? (row.Url.Contains('{') ? null : row.PartnerBody);
                var columns = (unit == Unit.A ? row.Own : row.Other).Split(' ').Distinct().ToList();
                var alike = columns.Count == 1 && columns[0] is not ("403" or "404") ? columns[0] : null;
                var url = ids.Fill(row.Url, unit);
                var request = new HttpRequestMessage(row.Method, url);
                if (row.Json is not null) request.Content = new StringContent(row.Json, Encoding.UTF8, "application/json");
                if (row.Kind == "form") request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                if (row.Kind == "sync") request.Headers.Add("RequestVerificationToken", token);
                var got = (int)(await (row.Kind == "api" ? api : pages).SendAsync(request)).StatusCode;
                count++;
                var want = declared ?? alike;
                if (want is not null ? got != int.Parse(want) : got is not (403 or 404))
                    failures.Add($"{key} [{unit}] as PartnerBody: expected {want ?? "403 or 404"}, got {got} ({url})");
            }
        output.WriteLine($"{count} requests checked as PartnerBody.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} checks of the role PartnerBody failed:\n" + string.Join("\n", failures));
    }

    static async Task<string> FormTokenAsync(HttpClient pages)
    {
        // Every signed-in page carries the sign-out form, and with it an anti-forgery token.
        var html = await pages.GetStringAsync("/Account/Logout");
        var m = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>A judgment and a case in each unit, and the ids to put into the URLs.</summary>
    sealed class Resources
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HoaNhapApp, Task<Resources>> Cache = new();
        readonly Dictionary<(string, Unit), string> _ids = [];

        public static Task<Resources> ForAsync(HoaNhapApp app) => Cache.GetValue(app, a => CreateAsync(a));

        static async Task<Resources> CreateAsync(HoaNhapApp app)
        {
            var r = new Resources();
            foreach (var unit in new[] { Unit.A, Unit.B })
            {
                var person = unit == Unit.A ? app.PersonA : app.PersonB;
                var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, unit);
                using var scope = app.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                var judgment = await JudgmentCommands.CreateAsync(db, officer, person, new JudgmentInput
                {
                    Number = $"{(int)unit + 1}/2025/HS-ST", Court = "Tòa án nhân dân khu vực 1", JudgmentDate = "10/03/2025", EffectiveOn = "10/04/2025",
                    Offences = ["Điều 173"], MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
                    CivilObligations = [new CivilObligationInput { Kind = "CourtFee", Amount = 200_000 }],
                }, CancellationToken.None);
                var opened = await CaseCommands.OpenAsync(db, scope.ServiceProvider.GetRequiredService<RuleBook>(), officer, person,
                    Intakes.Sentence(HoaNhap.Domain.Cases.SentenceType.SuspendedSentence, new DateOnly(2025, 3, 10), app.Today, judgment.Value!.Id),
                    CancellationToken.None);
                r._ids[("person", unit)] = person.ToString();
                r._ids[("person2", unit)] = (await app.CreatePersonAsync(unit, "Nguyễn Văn Gộp")).ToString();
                r._ids[("judgment", unit)] = judgment.Value.Id.ToString();
                r._ids[("obligation", unit)] = judgment.Value.CivilObligations[0].Id.ToString();
                r._ids[("case", unit)] = opened.Value!.Id.ToString();
                r._ids[("user", unit)] = (await app.CurrentUserAsync(Roles.Supervisor, unit)).UserId;
                r._ids[("province", unit)] = HoaNhapApp.Units[unit].Province;
                // A reconciliation of the unit's province, done, with one open discrepancy (so sign-off is refused: no side effect).
                var recon = new HoaNhap.Domain.Reconciliation.MonthlyReconciliation
                {
                    ProvinceCode = HoaNhapApp.Units[unit].Province, Month = "2026-01", TotalRows = 1, FileName = "matrix.csv",
                };
                recon.Start();
                recon.Finish(0, 1, 0, 0, DateTimeOffset.UtcNow);
                var reconRow = new HoaNhap.Domain.Reconciliation.ReconciliationRow
                {
                    ReconciliationId = recon.Id, ProvinceCode = recon.ProvinceCode, RowNumber = 1, Part = HoaNhap.Domain.Reconciliation.RowPart.MissingInRegistry,
                    JudgmentNumber = "1/2026/HS-ST", FullName = "Người Không Có", Reason = "Không tìm thấy trong sổ.",
                };
                db.Add(recon);
                db.Add(reconRow);
                await db.SaveChangesAsync();
                r._ids[("reconciliation", unit)] = recon.Id.ToString();
                r._ids[("reconrow", unit)] = reconRow.Id.ToString();
                // An import of the unit's commune, read, with no valid row (so a commit is refused: no side effect).
                var import = new HoaNhap.Domain.Import.RegisterImport
                {
                    ProvinceCode = HoaNhapApp.Units[unit].Province, CommuneCode = HoaNhapApp.Units[unit].Commune, FileName = "matrix.csv",
                    FileHash = Guid.NewGuid().ToString("N"), Encoding = "Utf8", TotalRows = 1, ValidRows = 0, Mapping = "[\"FullName\"]",
                };
                db.Add(import);
                db.Add(new HoaNhap.Domain.Import.RegisterImportFile { ImportId = import.Id, Content = Encoding.UTF8.GetBytes("Họ tên\r\n123\r\n") });
                await db.SaveChangesAsync();
                r._ids[("import", unit)] = import.Id.ToString();
                // A change of residence to another commune of the same province, waiting for consent.
                var province = HoaNhapApp.Units[unit].Province;
                var destination = unit == Unit.A ? "04795" : await db.Communes.Where(c => c.ProvinceCode == province && c.Code != HoaNhapApp.Units[unit].Commune)
                    .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
                var transfer = await HoaNhap.Web.Features.Transfers.TransferCommands.RequestAsync(db, officer, opened.Value.Id, new HoaNhap.Web.Features.Transfers.TransferRequestInput
                {
                    ToProvinceCode = province, ToCommuneCode = destination, NewAddress = "Tổ 1", Reason = "Về ở cùng gia đình", RequestedOn = "10/03/2025",
                }, CancellationToken.None);
                r._ids[("transfer", unit)] = transfer.Value!.Id.ToString();
                // A commune report of the unit, still a draft.
                var report = new HoaNhap.Domain.Reports.PeriodicReport
                {
                    ProvinceCode = province, CommuneCode = HoaNhapApp.Units[unit].Commune, PeriodKind = HoaNhap.Domain.Rules.PeriodKind.Custom,
                    From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 1, 31), PeriodName = "Tháng 01/2024", DueOn = new DateOnly(2024, 2, 2),
                };
                db.Add(report);
                await db.SaveChangesAsync();
                r._ids[("report", unit)] = report.Id.ToString();
                // A reintegration model of the unit's commune.
                var model = new HoaNhap.Domain.Reintegration.ReintegrationModel
                {
                    ProvinceCode = province, CommuneCode = HoaNhapApp.Units[unit].Commune, Name = "Tiếp sức hòa nhập cộng đồng", EstablishedOn = new DateOnly(2025, 1, 1),
                    Lead = HoaNhap.Domain.Reintegration.LeadOrganisation.CommunePolice, Goal = "Giúp đỡ người chấp hành xong án phạt tù.",
                };
                db.Add(model);
                await db.SaveChangesAsync();
                r._ids[("model", unit)] = model.Id.ToString();
                r._ids[("commune", unit)] = HoaNhapApp.Units[unit].Commune;
                // An open alert of the unit (a sign of violation).
                var alert = HoaNhap.Domain.Alerts.Alert.Raise(HoaNhap.Domain.Alerts.AlertKind.ViolationSign, "Matrix", Guid.NewGuid(), opened.Value.Id, person,
                    province, HoaNhapApp.Units[unit].Commune, app.Today, "Dấu hiệu vi phạm", HoaNhap.Domain.Rules.RuleParameters.Defaults);
                db.Add(alert);
                await db.SaveChangesAsync();
                r._ids[("alert", unit)] = alert.Id.ToString();
                // A commune plan of the unit with a task of the Women's Union, and a recommendation of the procuracy about the commune
                // with one open remedy.
                var plan = HoaNhap.Domain.Plans.Plan.Issue(province, HoaNhapApp.Units[unit].Commune, "1/KH-UBND", "Kế hoạch tái hòa nhập cộng đồng",
                    app.Today.AddDays(-30), "matrix", DateTimeOffset.UtcNow);
                var (task, _) = plan.Assign(HoaNhap.Domain.Plans.Body.WomensUnion, "Tư vấn, giúp đỡ người chấp hành xong án phạt tù", app.Today.AddDays(30), null, app.Today);
                var inspection = HoaNhap.Domain.Inspections.Inspection.Record(HoaNhap.Domain.Inspections.InspectionKind.ProcuracyRecommendation, province,
                    HoaNhapApp.Units[unit].Commune, "1/KN-VKS", app.Today.AddDays(-10), "Hồ sơ chưa đủ.", "matrix", DateTimeOffset.UtcNow);
                var (remedy, _) = inspection.Require("Bổ sung hồ sơ", app.Today.AddDays(20), "Công an xã");
                db.AddRange(plan, task!, inspection, remedy!);
                await db.SaveChangesAsync();
                r._ids[("plan", unit)] = plan.Id.ToString();
                r._ids[("task", unit)] = task!.Id.ToString();
                r._ids[("inspection", unit)] = inspection.Id.ToString();
                r._ids[("remedy", unit)] = remedy!.Id.ToString();
                // A person sentenced to prison of the unit, not yet serving.
                var prison = await JudgmentCommands.CreateAsync(db, officer, person, new JudgmentInput
                {
                    Number = $"{(int)unit + 1}/2025/HS-ST-TU", Court = "Tòa án nhân dân khu vực 1", JudgmentDate = "10/03/2025", EffectiveOn = "10/04/2025",
                    Offences = ["Điều 173"], MainPenalty = "Imprisonment", TermMonths = 24,
                }, CancellationToken.None);
                var atLarge = HoaNhap.Domain.Judgments.AtLargeRecord.Open(prison.Value!, HoaNhap.Domain.Judgments.AtLargeStatus.NotYetServing,
                    new DateOnly(2025, 4, 10), "").Record!;
                db.Add(atLarge);
                await db.SaveChangesAsync();
                r._ids[("atlarge", unit)] = atLarge.Id.ToString();
            }
            // The unit-A person opens the portal; a document of the unit-B person is what the portal must not find.
            r.PortalIdNumber = await PortalSessions.ActivateAsync(app, Unit.A, app.PersonA);
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                var summons = await HoaNhap.Web.Features.Cases.CaseFileCommands.IssueSummonsAsync(db, await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.B),
                    Guid.Parse(r._ids[("case", Unit.B)]), new HoaNhap.Web.Features.Cases.SummonsInput { AppointmentOn = Display.Date(app.Today.AddDays(7)), Place = "Công an xã" },
                    CancellationToken.None);
                r._ids[("otherdocument", Unit.A)] = r._ids[("otherdocument", Unit.B)] = summons.Value!.Id.ToString();
            }
            return r;
        }

        /// <summary>The personal ID number of the unit-A person, whose portal is open (PIN <see cref="PortalSessions.Pin"/>).</summary>
        public string PortalIdNumber { get; private set; } = "";

        public string Fill(string url, Unit unit)
        {
            foreach (var name in new[] { "person2", "person", "judgment", "obligation", "case", "user", "province", "reconciliation", "reconrow", "import", "transfer", "report", "model", "commune", "otherdocument", "alert", "plan", "task", "inspection", "remedy", "atlarge" })
                url = url.Replace("{" + name + "}", _ids[(name, unit)]);
            return url;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationMatrixTests_Sqlite(SqliteApp app, ITestOutputHelper output) : AuthorizationMatrixTests(app, output);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixTests_Postgres(PostgresApp app, ITestOutputHelper output) : AuthorizationMatrixTests(app, output);
