namespace HoaNhap.Data.Audit;

/// <summary>Who is acting and from where; the web layer provides it per request.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string UserName { get; }
    string? ClientAddress { get; }
}

public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();
    public string? UserId => null;
    public string UserName => "system";
    public string? ClientAddress => null;
}
