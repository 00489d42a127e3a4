using HoaNhap.Web.Shared.Audit;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Exchange;

public static class ExchangeScopes
{
    public const string Judgments = "judgments:write";
    public const string Decisions = "decisions:write";
    public const string ReleaseNotices = "release-notices:write";
    public const string Loans = "loans:write";
    public static readonly IReadOnlyList<string> All = [Judgments, Decisions, ReleaseNotices, Loans];

    public static string Title(string scope) => scope switch
    {
        Judgments => "Gửi bản án",
        Decisions => "Gửi quyết định thi hành án",
        ReleaseNotices => "Gửi thông báo người chấp hành xong án phạt tù",
        Loans => "Gửi tình hình vay vốn",
        _ => scope,
    };

    public static string Kind(AgencyKind k) => k switch
    {
        AgencyKind.Court => "Tòa án",
        AgencyKind.Procuracy => "Viện kiểm sát",
        AgencyKind.Prison => "Trại giam",
        AgencyKind.Bank => "Ngân hàng Chính sách xã hội",
        _ => k.ToString(),
    };
}

public sealed class AgencyClientInput
{
    public string? Name { get; set; }
    /// <summary>Court, Procuracy, Prison or Bank.</summary>
    public string? Kind { get; set; }
    public string? ProvinceCode { get; set; }
    /// <summary>judgments:write, decisions:write, release-notices:write, loans:write.</summary>
    public List<string>? Scopes { get; set; }
}

/// <summary>A new client and its secret, shown only this once.</summary>
public sealed record AgencyClientCreated(Guid Id, string ClientId, string ClientSecret, string Name, string Kind, string ProvinceCode, IReadOnlyList<string> Scopes);

public sealed record AgencyClientDto(Guid Id, string ClientId, string Name, string Kind, string ProvinceCode, IReadOnlyList<string> Scopes, bool IsActive, DateTimeOffset CreatedAt)
{
    public static AgencyClientDto From(AgencyClient c) => new(c.Id, c.ClientId, c.Name, c.Kind.ToString(), c.ProvinceCode, c.ScopeList, c.IsActive, c.CreatedAt);
}

/// <summary>The system administrator registers the other agencies' systems and gives each a secret.</summary>
public static class AgencyClients
{
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool SecretMatches(AgencyClient client, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(client.SecretHash));

    public static async Task<Outcome<List<AgencyClient>>> ListAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct) =>
        !user.IsAdmin ? Outcome<List<AgencyClient>>.Denied()
            : Outcome<List<AgencyClient>>.Ok(await db.Set<AgencyClient>().AsNoTracking().OrderBy(c => c.ProvinceCode).ThenBy(c => c.Name).ToListAsync(ct));

    public static async Task<Outcome<AgencyClientCreated>> CreateAsync(HoaNhapDbContext db, CurrentUser user, AgencyClientInput input, CancellationToken ct)
    {
        if (!user.IsAdmin) return Outcome<AgencyClientCreated>.Denied();
        var errors = new Dictionary<string, string[]>();
        var name = VietnameseText.Nfc(input.Name);
        if (name.Length == 0) errors[nameof(input.Name)] = [FormMessages.Required("Tên hệ thống của cơ quan")];
        else if (name.Length > 200) errors[nameof(input.Name)] = [FormMessages.TooLong("Tên", 200)];
        if (!Enum.TryParse<AgencyKind>(input.Kind, out var kind) || int.TryParse(input.Kind, out _))
            errors[nameof(input.Kind)] = ["Loại cơ quan phải là Court (Tòa án), Procuracy (Viện kiểm sát), Prison (Trại giam) hoặc Bank (Ngân hàng Chính sách xã hội)."];
        if (input.ProvinceCode is null || !await db.Provinces.AnyAsync(p => p.Code == input.ProvinceCode, ct))
            errors[nameof(input.ProvinceCode)] = ["Mã tỉnh không có trong danh mục."];
        var scopes = (input.Scopes ?? []).Select(s => s?.Trim() ?? "").Distinct().ToList();
        if (scopes.Count == 0) errors[nameof(input.Scopes)] = ["Hãy chọn ít nhất một quyền gửi dữ liệu."];
        else if (scopes.FirstOrDefault(s => !ExchangeScopes.All.Contains(s)) is { } bad)
            errors[nameof(input.Scopes)] = [$"Quyền “{bad}” không có; chỉ có: {string.Join(", ", ExchangeScopes.All)}."];
        if (errors.Count > 0) return Outcome<AgencyClientCreated>.Invalid(errors);

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new AgencyClient
        {
            ClientId = $"{kind.ToString().ToLowerInvariant()}-{input.ProvinceCode}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}",
            Name = name, Kind = kind, ProvinceCode = input.ProvinceCode!, Scopes = string.Join(' ', scopes), SecretHash = Hash(secret),
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(client);
        db.Record(AuditActions.Create, nameof(AgencyClient), client.Id.ToString(), null, client.ProvinceCode, null,
            JsonSerializer.Serialize(new { client.ClientId, client.Name, client.Kind, client.Scopes }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        return Outcome<AgencyClientCreated>.Ok(new AgencyClientCreated(client.Id, client.ClientId, secret, client.Name, kind.ToString(), client.ProvinceCode, scopes));
    }

    public static void MapAgencyClientsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/exchange/clients").WithTags("Trao đổi dữ liệu liên ngành");
        g.MapGet("", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ListAsync(db, http.Me(), ct), list => Results.Ok(list.Select(AgencyClientDto.From).ToList())))
            .WithSummary("Các hệ thống của cơ quan khác được phép gửi dữ liệu (quản trị hệ thống).")
            .Produces<List<AgencyClientDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("", async (AgencyClientInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CreateAsync(db, http.Me(), input, ct), c => Results.Created($"/api/v1/exchange/clients/{c.Id}", c)))
            .WithSummary("Đăng ký hệ thống của một cơ quan (kind: Court, Procuracy, Prison, Bank; scopes: judgments:write, decisions:write, release-notices:write, loans:write). "
                + "clientSecret chỉ trả về một lần.")
            .Produces<AgencyClientCreated>(201).ProducesValidationProblem().ProducesProblem(403);
    }
}
