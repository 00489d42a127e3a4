namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// The end of reintegration management (TT 10/2024/TT-BCA Điều 13): the criminal-record certificate stating
/// no record (automatic expungement, BLHS 2015 Điều 70) or the court's decision to clear the record (Điều 71, 72).
/// Recording it closes the case; the file is kept.
/// </summary>
public sealed class RecordClearance : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ClearanceKind Kind { get; set; }
    public string DocumentNumber { get; set; } = "";
    public DateOnly DocumentDate { get; set; }
    public string Issuer { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum ClearanceKind { Certificate, CourtDecision }

public static class ClearanceText
{
    public static string Kind(ClearanceKind k) => k == ClearanceKind.Certificate
        ? "Phiếu lý lịch tư pháp ghi không có án tích"
        : "Quyết định xóa án tích của Tòa án";
}
