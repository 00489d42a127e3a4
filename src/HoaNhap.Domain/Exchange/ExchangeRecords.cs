using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;

namespace HoaNhap.Domain.Exchange;

/// <summary>Another agency's system allowed to push data (client credentials): a court, procuracy, prison or the bank.</summary>
public sealed class AgencyClient
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>The public client_id, e.g. "court-25-3f2a9c".</summary>
    public string ClientId { get; set; } = "";
    public string Name { get; set; } = "";
    public AgencyKind Kind { get; set; }
    public string ProvinceCode { get; set; } = "";
    /// <summary>Space-separated scopes, e.g. "judgments:write decisions:write".</summary>
    public string Scopes { get; set; } = "";
    /// <summary>SHA-256 of the secret (the secret is 32 random bytes, shown once).</summary>
    public string SecretHash { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

public enum AgencyKind { Court, Procuracy, Prison, Bank }

/// <summary>A call of an agency already carried out, by the sender's reference: a replay answers the same.</summary>
public sealed class ExchangeRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgencyClientId { get; set; }
    public string Reference { get; set; } = "";
    public string Endpoint { get; set; } = "";
    /// <summary>SHA-256 of the request body: the same reference with another body is refused (409).</summary>
    public string BodyHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string Response { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Thông báo của trại giam: a person released (or about to be) to a commune of residence.</summary>
public sealed class ReleaseNotice : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgencyClientId { get; set; }
    public string Reference { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string FullName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public int BirthYear { get; set; }
    public Gender? Gender { get; set; }
    public string? PersonalIdNumber { get; set; }
    public string Address { get; set; } = "";
    public DateOnly ReleasedOn { get; set; }
    public ReleaseKind ReleaseKind { get; set; }
    public string Prison { get; set; } = "";
    public string? JudgmentNumber { get; set; }
    public string? Court { get; set; }
    /// <summary>The person of the registry with that ID number, when there is one.</summary>
    public Guid? PersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>The Social Policy Bank's news of a loan (QĐ 22/2023/QĐ-TTg) of a person.</summary>
public sealed class LoanStatusUpdate : IPlaced
{
    /// <summary>A message as the bank sent it: the status it reports is kept as received, never changed afterwards.</summary>
    public LoanStatusUpdate(LoanStatus status) => Status = status;
    LoanStatusUpdate() { } // for EF Core

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgencyClientId { get; set; }
    public string Reference { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string PersonalIdNumber { get; set; } = "";
    public Guid? PersonId { get; set; }
    public LoanStatus Status { get; private set; }
    public long? Amount { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum LoanStatus { Applied, Approved, Rejected, Disbursed, Repaying, Repaid, Overdue }
