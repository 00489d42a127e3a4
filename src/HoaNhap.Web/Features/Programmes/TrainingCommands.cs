using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

public sealed class TrainingInput
{
    /// <summary>The commune trained (a province officer chooses; a commune user's own commune otherwise).</summary>
    public string? CommuneCode { get; set; }
    public string? HeldOn { get; set; }
    public string? Organiser { get; set; }
    public string? Topic { get; set; }
    public string? UnitsTrained { get; set; }
    public int? PeopleTrained { get; set; }
}

/// <summary>
/// The register of training sessions: province officers record sessions for any commune of the province,
/// commune officers and leaders for their own commune; the same users read the register within their scope.
/// </summary>
public static class TrainingCommands
{

    public static async Task<Outcome<List<TrainingSession>>> ListAsync(HoaNhapDbContext db, CurrentUser u, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<List<TrainingSession>>.Denied();
        var q = db.Set<TrainingSession>().AsNoTracking().Where(t => t.ProvinceCode == u.ProvinceCode);
        if (u.CommuneCode is { } c) q = q.Where(t => t.CommuneCode == c);
        return Outcome<List<TrainingSession>>.Ok(await q.OrderByDescending(t => t.HeldOn).ThenBy(t => t.CommuneCode).ToListAsync(ct));
    }

    public static async Task<Outcome<TrainingSession>> CreateAsync(HoaNhapDbContext db, CurrentUser u, TrainingInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<TrainingSession>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = u.CommuneCode ?? input.CommuneCode?.Trim();
        if (string.IsNullOrEmpty(commune)) errors[nameof(input.CommuneCode)] = ["Hãy chọn xã, phường được tập huấn."];
        else if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == u.ProvinceCode, ct))
            errors[nameof(input.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
        FormChecks.Date(errors, nameof(input.HeldOn), "Ngày tập huấn", input.HeldOn, out var heldOn);
        if (string.IsNullOrWhiteSpace(input.Organiser)) errors[nameof(input.Organiser)] = ["Hãy nhập đơn vị tổ chức tập huấn."];
        if (string.IsNullOrWhiteSpace(input.Topic)) errors[nameof(input.Topic)] = ["Hãy nhập nội dung tập huấn."];
        if (input.PeopleTrained is not (> 0 and <= 10000)) errors[nameof(input.PeopleTrained)] = ["Hãy nhập số người được tập huấn (từ 1 đến 10.000)."];
        if (errors.Count > 0) return Outcome<TrainingSession>.Invalid(errors);
        if (heldOn > db.Today)
            return Outcome<TrainingSession>.Refused(nameof(input.HeldOn), "Chỉ ghi nhận buổi tập huấn đã diễn ra: " + FormMessages.NotAfterToday("ngày tập huấn"));
        var t = new TrainingSession
        {
            ProvinceCode = u.ProvinceCode, CommuneCode = commune!, HeldOn = heldOn,
            Organiser = VietnameseText.Nfc(input.Organiser!.Trim()), Topic = VietnameseText.Nfc(input.Topic!.Trim()),
            UnitsTrained = VietnameseText.Nfc(input.UnitsTrained?.Trim() ?? ""), PeopleTrained = input.PeopleTrained!.Value,
        };
        db.Add(t);
        await db.SaveChangesAsync(ct);
        return Outcome<TrainingSession>.Ok(t);
    }
}
