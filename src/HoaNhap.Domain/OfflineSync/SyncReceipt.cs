namespace HoaNhap.Domain.OfflineSync;

/// <summary>
/// A record made on a phone without signal and sent later (đồng bộ bản ghi lập khi không có mạng): the phone's own id for it,
/// the version of the case it was based on, and the answer the server gave. The phone's id is unique, so a record sent twice
/// (a retry after a lost answer, two tabs syncing at once) is stored once and the second sending gets the first answer.
/// </summary>
public sealed class SyncReceipt : IPlaced
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    /// <summary>The id the phone generated when the record was made (unique).</summary>
    public Guid ClientId { get; private set; }
    /// <summary>The user who made and sent the record: only they get its answer again.</summary>
    public string UserId { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public string CommuneCode { get; private set; } = "";
    /// <summary>What the record is: CheckIn, Assessment or Contact.</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The id of the record stored from it.</summary>
    public Guid RecordId { get; private set; }
    /// <summary>The case's version the phone had when the record was made.</summary>
    public long CaseVersion { get; private set; }
    /// <summary>When the phone says the record was made (its clock), if it said.</summary>
    public DateTimeOffset? MadeAt { get; private set; }
    /// <summary>The answer given to the first sending (status code and JSON body), given again to a repeat.</summary>
    public int StatusCode { get; private set; }
    public string Answer { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    SyncReceipt() { }

    public SyncReceipt(Guid clientId, string userId, Guid caseId, Guid personId, string provinceCode, string communeCode,
        string kind, Guid recordId, long caseVersion, DateTimeOffset? madeAt, int statusCode, string answer)
    {
        ClientId = clientId;
        UserId = userId;
        CaseId = caseId;
        PersonId = personId;
        ProvinceCode = provinceCode;
        CommuneCode = communeCode;
        Kind = kind;
        RecordId = recordId;
        CaseVersion = caseVersion;
        MadeAt = madeAt;
        StatusCode = statusCode;
        Answer = answer;
    }
}
