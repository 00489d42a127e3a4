using System.Security.Cryptography;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Alerts;

/// <summary>
/// Where alerts come from. A sign of violation raises one at once, in the transaction that records the sign
/// (<see cref="ForSign"/>). Missed check-ins, overdue self-reports and late returns from an absence are not computed again
/// here: the worklist already detects them, and <see cref="FromWorklistAsync"/> turns those detections into alerts each time
/// the worklist is written (the event-driven update and the nightly run). The source key (kind, case, day due) is unique,
/// so a detection seen again raises nothing new.
/// </summary>
public static class AlertRaising
{
    public const string SignSource = "ViolationSign";
    public const string UnauthorisedAbsenceSource = "UnauthorisedAbsence";

    /// <summary>The worklist kinds that are alerts, and the alert kind each one raises.</summary>
    static AlertKind? KindOf(WorklistItem i, DateOnly today) => i.Kind switch
    {
        WorklistKind.SelfCheckInMissed => AlertKind.MissedCheckIn,
        WorklistKind.CheckInDue when i.DueOn < today => AlertKind.MissedCheckIn,
        WorklistKind.SelfReportOverdue => AlertKind.SelfReportOverdue,
        WorklistKind.AbsenceReturnLate => AlertKind.AbsenceOverrun,
        _ => null,
    };

    public static Alert ForSign(ViolationSign sign, string personName, RuleParameters rules) =>
        Alert.Raise(AlertKind.ViolationSign, SignSource, sign.Id, sign.CaseId, sign.PersonId, sign.ProvinceCode, sign.CommuneCode,
            sign.ObservedOn, $"{PreventionText.Kind(sign.Kind)}: {personName}", rules);

    /// <summary>An unauthorised absence is an alert at once, saved with it (one transaction).</summary>
    public static Alert ForUnauthorisedAbsence(UnauthorisedAbsence a, string personName, RuleParameters rules) =>
        Alert.Raise(AlertKind.UnauthorisedAbsence, UnauthorisedAbsenceSource, a.Id, a.CaseId, a.PersonId, a.ProvinceCode, a.CommuneCode,
            a.NoticedOn, $"Vắng mặt không xin phép: {personName}", rules);

    /// <summary>
    /// A return recorded after its due day is an overrun alert at once (added to the caller's unit of work), under the key the worklist's
    /// late-return detection has, so that an overrun already seen by the nightly run is not raised twice; null when it already has one.
    /// </summary>
    public static async Task<Alert?> ForLateReturnAsync(HoaNhapDbContext db, AbsencePermission a, string personName, DateOnly today,
        RuleParameters rules, CancellationToken ct)
    {
        if (a.ReturnDueOn is not { } due || a.ReturnedOn is not { } back || back <= due) return null;
        var detection = new WorklistItem
        {
            Kind = WorklistKind.AbsenceReturnLate, CaseId = a.CaseId, PersonId = a.PersonId, DueOn = due,
            ProvinceCode = a.ProvinceCode, CommuneCode = a.CommuneCode,
        };
        var key = KeyOf(detection);
        if (await db.Set<Alert>().AnyAsync(x => x.SourceId == key, ct)) return null;
        var alert = Alert.Raise(AlertKind.AbsenceOverrun, nameof(WorklistKind.AbsenceReturnLate), key, a.CaseId, a.PersonId, a.ProvinceCode,
            a.CommuneCode, today, $"Trình diện muộn sau khi vắng mặt (hạn {Display.Date(due)}, trình diện {Display.Date(back)}): {personName}", rules);
        db.Add(alert);
        return alert;
    }

    /// <summary>A key for one detection: the same missed check-in seen tomorrow has the same key.</summary>
    public static Guid KeyOf(WorklistItem i) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{i.Kind}|{i.CaseId}|{i.PersonId}|{i.DueOn:yyyy-MM-dd}")).AsSpan(0, 16));

    /// <summary>Adds (and saves, in the caller's transaction) an alert for each detection that has none yet.</summary>
    public static async Task<int> FromWorklistAsync(HoaNhapDbContext db, IReadOnlyList<WorklistItem> items, DateOnly today, CancellationToken ct)
    {
        var found = items.Where(i => i.CaseId is not null && KindOf(i, today) is not null)
            .Select(i => (Item: i, Kind: KindOf(i, today)!.Value, Key: KeyOf(i))).DistinctBy(x => x.Key).ToList();
        if (found.Count == 0) return 0;
        var rules = await new RuleBook(db).ParametersAsync(ct);
        var raised = new List<Alert>();
        foreach (var chunk in found.Chunk(500))
        {
            var keys = chunk.Select(x => x.Key).ToList();
            var existing = (await db.Set<Alert>().AsNoTracking().Where(a => keys.Contains(a.SourceId)).Select(a => a.SourceId).ToListAsync(ct)).ToHashSet();
            // Raised the day it is first seen: a detection long past when alerts began is not escalated at once.
            raised.AddRange(chunk.Where(x => !existing.Contains(x.Key)).Select(x => Alert.Raise(x.Kind, x.Item.Kind.ToString(), x.Key,
                x.Item.CaseId!.Value, x.Item.PersonId, x.Item.ProvinceCode, x.Item.CommuneCode, today, x.Item.Title, rules)));
        }
        // The first nightly run of a deployment raises one alert for every overdue detection in the country: written in
        // bulk (COPY on PostgreSQL), each with its audit entry.
        var added = await db.InsertAuditedAsync(raised, ct);
        return added;
    }
}
