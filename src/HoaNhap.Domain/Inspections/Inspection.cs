using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Inspections;

/// <summary>Who looked at the work: the province police's inspection, the procuracy's recommendation, the Fatherland Front's supervision.</summary>
public enum InspectionKind
{
    /// <summary>Kiểm tra của Công an tỉnh.</summary>
    PoliceInspection,
    /// <summary>Kiến nghị của Viện kiểm sát nhân dân (kiểm sát việc thi hành án).</summary>
    ProcuracyRecommendation,
    /// <summary>Giám sát của Ủy ban Mặt trận Tổ quốc.</summary>
    FrontSupervision,
}

/// <summary>Open → Closed, by <see cref="Inspection.Close"/> only once every remedy is done.</summary>
public enum InspectionStatus { Open, Closed }

/// <summary>
/// One entry of the inspection and oversight register (sổ theo dõi kiểm tra, kiến nghị, giám sát): who inspected which unit
/// (a commune, or the province's own police when <see cref="CommuneCode"/> is empty), on what day, what they found, and the
/// remedies they asked for, each followed up until done; the entry closes only when every remedy is done.
/// </summary>
public sealed class Inspection : IPlaced
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public InspectionKind Kind { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    /// <summary>The commune inspected, or "" for the province level.</summary>
    public string CommuneCode { get; private set; } = "";
    /// <summary>The number of the inspection's conclusion or the recommendation (e.g. "12/KN-VKS").</summary>
    public string Reference { get; private set; } = "";
    public DateOnly ConductedOn { get; private set; }
    public string Findings { get; private set; } = "";
    public InspectionStatus Status { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosedBy { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static Inspection Record(InspectionKind kind, string provinceCode, string? communeCode, string reference, DateOnly conductedOn,
        string findings, string by, DateTimeOffset at) => new()
    {
        Kind = kind, ProvinceCode = provinceCode, CommuneCode = communeCode ?? "", Reference = VietnameseText.Nfc(reference),
        ConductedOn = conductedOn, Findings = VietnameseText.Nfc(findings), Status = InspectionStatus.Open, RecordedBy = by, CreatedAt = at,
    };

    /// <summary>A remedy asked for (biện pháp khắc phục), due on <paramref name="dueOn"/>, by <paramref name="responsibleUnit"/>; refused once closed or when due before the inspection.</summary>
    public (Remedy? Remedy, string? Refusal) Require(string description, DateOnly dueOn, string responsibleUnit)
    {
        if (Status == InspectionStatus.Closed) return (null, "Cuộc kiểm tra, kiến nghị này đã kết thúc; không thêm biện pháp khắc phục.");
        if (dueOn < ConductedOn) return (null, $"Hạn khắc phục không được trước ngày kiểm tra ({VietnameseDate.Format(ConductedOn)}).");
        return (new Remedy(Id, ProvinceCode, CommuneCode, VietnameseText.Nfc(description), dueOn, VietnameseText.Nfc(responsibleUnit)), null);
    }

    /// <summary>Closes the entry on <paramref name="on"/>: refused while a remedy is not done, or before the inspection.</summary>
    public string? Close(DateOnly on, IReadOnlyCollection<Remedy> remedies, string by)
    {
        if (Status == InspectionStatus.Closed) return "Cuộc kiểm tra, kiến nghị này đã kết thúc.";
        if (on < ConductedOn) return $"Ngày kết thúc không được trước ngày kiểm tra ({VietnameseDate.Format(ConductedOn)}).";
        var open = remedies.Count(r => r.InspectionId == Id && !r.IsDone);
        if (open > 0) return $"Còn {open} biện pháp khắc phục chưa hoàn thành; chỉ kết thúc khi mọi biện pháp đã được khắc phục.";
        Status = InspectionStatus.Closed;
        ClosedOn = on;
        ClosedBy = by;
        return null;
    }
}

/// <summary>A remedy an inspection asked for: what, by whom, by when, and the follow-up (done on a day, with its result).</summary>
public sealed class Remedy : IPlaced
{
    Remedy() { }

    internal Remedy(Guid inspectionId, string province, string commune, string description, DateOnly dueOn, string responsibleUnit)
    {
        InspectionId = inspectionId; ProvinceCode = province; CommuneCode = commune; Description = description; DueOn = dueOn;
        ResponsibleUnit = responsibleUnit;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid InspectionId { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public string CommuneCode { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    /// <summary>The unit that must remedy (đơn vị chịu trách nhiệm), as the conclusion names it.</summary>
    public string ResponsibleUnit { get; private set; } = "";
    public DateOnly? DoneOn { get; private set; }
    public string? Result { get; private set; }
    public string? DoneBy { get; private set; }

    public bool IsDone => DoneOn is not null;

    public bool OverdueOn(DateOnly today) => OversightDeadlines.Overdue(DueOn, IsDone, today);

    /// <summary>Records that the remedy was carried out on <paramref name="on"/>; refused when already done or dated before <paramref name="conductedOn"/>.</summary>
    public string? MarkDone(DateOnly on, string result, DateOnly conductedOn, string by)
    {
        if (IsDone) return "Biện pháp này đã được ghi nhận hoàn thành.";
        if (on < conductedOn) return $"Ngày khắc phục không được trước ngày kiểm tra ({VietnameseDate.Format(conductedOn)}).";
        DoneOn = on;
        Result = VietnameseText.Nfc(result);
        DoneBy = by;
        return null;
    }
}

public static class InspectionText
{
    public static string Kind(InspectionKind k) => k switch
    {
        InspectionKind.PoliceInspection => "Kiểm tra của Công an tỉnh",
        InspectionKind.ProcuracyRecommendation => "Kiến nghị của Viện kiểm sát nhân dân",
        InspectionKind.FrontSupervision => "Giám sát của Ủy ban Mặt trận Tổ quốc",
        _ => k.ToString(),
    };

    public static string Status(InspectionStatus s) => s switch
    {
        InspectionStatus.Open => "Đang theo dõi khắc phục",
        InspectionStatus.Closed => "Đã kết thúc",
        _ => s.ToString(),
    };
}
