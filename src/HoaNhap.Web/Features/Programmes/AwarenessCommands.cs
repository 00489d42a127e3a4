using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

public sealed class AwarenessInput
{
    public string? CommuneCode { get; set; }
    public string? HeldOn { get; set; }
    /// <summary>Meeting, Loudspeaker, Print, Online, SocialMedia or Other.</summary>
    public string? Channel { get; set; }
    public string? Audience { get; set; }
    public int? Reached { get; set; }
    public string? Materials { get; set; }
}

/// <summary>The register of awareness activities: same users and scope as the training register.</summary>
public static class AwarenessCommands
{
    public static async Task<Outcome<List<AwarenessActivity>>> ListAsync(HoaNhapDbContext db, CurrentUser u, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<List<AwarenessActivity>>.Denied();
        var q = db.Set<AwarenessActivity>().AsNoTracking().Where(t => t.ProvinceCode == u.ProvinceCode);
        if (u.CommuneCode is { } c) q = q.Where(t => t.CommuneCode == c);
        return Outcome<List<AwarenessActivity>>.Ok(await q.OrderByDescending(t => t.HeldOn).ThenBy(t => t.CommuneCode).ToListAsync(ct));
    }

    public static async Task<Outcome<AwarenessActivity>> CreateAsync(HoaNhapDbContext db, CurrentUser u, AwarenessInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<AwarenessActivity>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = u.CommuneCode ?? input.CommuneCode?.Trim();
        if (string.IsNullOrEmpty(commune)) errors[nameof(input.CommuneCode)] = ["Hãy chọn xã, phường tổ chức tuyên truyền."];
        else if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == u.ProvinceCode, ct))
            errors[nameof(input.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
        FormChecks.Date(errors, nameof(input.HeldOn), "Ngày tuyên truyền", input.HeldOn, out var heldOn);
        if (!Enum.TryParse<AwarenessChannel>(input.Channel, true, out var channel) || !Enum.IsDefined(channel))
            errors[nameof(input.Channel)] = ["Hãy chọn hình thức tuyên truyền."];
        if (string.IsNullOrWhiteSpace(input.Audience)) errors[nameof(input.Audience)] = ["Hãy nhập đối tượng được tuyên truyền."];
        if (input.Reached is not (>= 0 and <= 10_000_000)) errors[nameof(input.Reached)] = ["Hãy nhập số lượt người được tuyên truyền (0 nếu không xác định được)."];
        if (errors.Count > 0) return Outcome<AwarenessActivity>.Invalid(errors);
        if (heldOn > db.Today)
            return Outcome<AwarenessActivity>.Refused(nameof(input.HeldOn), "Chỉ ghi nhận hoạt động đã diễn ra: " + FormMessages.NotAfterToday("ngày tuyên truyền"));
        var a = new AwarenessActivity
        {
            ProvinceCode = u.ProvinceCode, CommuneCode = commune!, HeldOn = heldOn, Channel = channel,
            Audience = VietnameseText.Nfc(input.Audience!.Trim()), Reached = input.Reached!.Value, Materials = VietnameseText.Nfc(input.Materials?.Trim() ?? ""),
        };
        db.Add(a);
        await db.SaveChangesAsync(ct);
        return Outcome<AwarenessActivity>.Ok(a);
    }
}
