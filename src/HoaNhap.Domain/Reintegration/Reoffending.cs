namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// A law violation (vi phạm pháp luật) or a new offence (phạm tội mới) of a returnee while under management
/// (TT 10/2024/TT-BCA Điều 7: from release until management ends). A new offence counts towards the
/// re-offending rate and, committed before the record clears, stops the expungement clock (BLHS 2015 Điều 70, 73).
/// The handling (prosecution, new judgment) is added when known. Never deleted.
/// </summary>
public sealed class ReturneeViolation : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ReturneeViolationKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    /// <summary>What happened, in the officer's words.</summary>
    public string Description { get; set; } = "";
    /// <summary>The evidence described in words (minutes of the police, witnesses…).</summary>
    public string? Evidence { get; set; }

    // ---- a law violation: the administrative sanction, if any ----
    public bool AdministrativeSanction { get; set; }
    /// <summary>The sanction decision (number, date, issuer) as written on it.</summary>
    public string? SanctionDecision { get; set; }

    // ---- a new offence: how it was handled ----
    public DateOnly? ProsecutedOn { get; set; }
    public string? ProsecutingBody { get; set; }
    public string? JudgmentNumber { get; set; }
    public DateOnly? JudgmentDate { get; set; }
    public string? Court { get; set; }
    /// <summary>The penalty of the new judgment as written in it.</summary>
    public string? Penalty { get; set; }
    /// <summary>The new judgment sends the person to prison.</summary>
    public bool? Imprisoned { get; set; }
    public DateTimeOffset? HandlingRecordedAt { get; set; }
    public string? HandlingRecordedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum ReturneeViolationKind { LawViolation, NewOffence }

public static class ReturneeViolationText
{
    public static string Kind(ReturneeViolationKind k) => k switch
    {
        ReturneeViolationKind.LawViolation => "Vi phạm pháp luật",
        ReturneeViolationKind.NewOffence => "Phạm tội mới",
        _ => k.ToString(),
    };

    public static string Handling(ReturneeViolation v) =>
        v.Kind != ReturneeViolationKind.NewOffence
            ? v.AdministrativeSanction ? $"Bị xử phạt vi phạm hành chính{(v.SanctionDecision is { } d ? $" ({d})" : "")}" : "Không bị xử phạt vi phạm hành chính"
            : v.JudgmentNumber is { } n ? $"Bản án số {n} ngày {v.JudgmentDate:dd/MM/yyyy} của {v.Court}: {v.Penalty}{(v.Imprisoned == true ? " (phạt tù)" : "")}"
            : v.ProsecutedOn is { } p ? $"Đã khởi tố ngày {p:dd/MM/yyyy}{(v.ProsecutingBody is { } b ? $" ({b})" : "")}; chưa có bản án"
            : "Chưa ghi nhận việc khởi tố, xét xử";
}
