namespace HoaNhap.Domain.Exports;

public enum ExportJobStatus { Queued, Running, Done, Failed }

/// <summary>
/// A large export (.xlsx) or report (.docx) produced in the background. The row is the job store: every app instance
/// sees its progress, and an instance runs it only after claiming it with a conditional update
/// (<c>Status = Queued → Running</c>), so a job runs exactly once however many instances poll. The file is kept in the
/// row until it is downloaded or removed with old jobs; the job runs with the scope of the user who asked for it.
/// </summary>
public sealed class ExportJob
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Which export (e.g. "loans", "report-docx"); each feature registers its kinds.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The export's parameters as JSON (e.g. a commune filter, a report id).</summary>
    public string Parameters { get; set; } = "{}";
    public string Title { get; set; } = "";
    public ExportJobStatus Status { get; set; }
    /// <summary>0–100.</summary>
    public int Progress { get; set; }
    public string? Error { get; set; }

    // Who asked: the job reads with this user's scope and only this user sees it.
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string UserFullName { get; set; } = "";
    public string Role { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string? CommuneCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The instance that claimed the job, and when; a job claimed long ago by an instance that stopped is claimed again.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
}
