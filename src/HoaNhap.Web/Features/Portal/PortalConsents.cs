using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Portal;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Portal;

public sealed class ConsentInput
{
    /// <summary>Sms, Zalo or Email.</summary>
    public string? Channel { get; set; }
    public bool? Granted { get; set; }
    /// <summary>Email only: the address to write to.</summary>
    public string? Address { get; set; }
}

/// <summary>
/// The person's consent to reminders, per channel: each change is a new row with when and who, the latest in force
/// (nothing is sent here; the notifications work reads the consent in force before any message).
/// </summary>
public static class PortalConsents
{
    public static async Task<IReadOnlyList<ConsentDto>?> ListAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        var rows = await db.Set<ReminderConsent>().AsNoTracking().Where(x => x.PersonId == person.Id).ToListAsync(ct);
        return Enum.GetValues<ReminderChannel>().Select(channel =>
            rows.Where(r => r.Channel == channel).OrderByDescending(r => r.At).FirstOrDefault() is { } r
                ? new ConsentDto(channel.ToString(), ReminderText.Channel(channel), r.Granted, r.Address, r.At, r.By)
                : new ConsentDto(channel.ToString(), ReminderText.Channel(channel), false, null, null, null)).ToList();
    }

    /// <summary>Records the channels named (the others keep their state); a channel whose choice is unchanged adds no row.</summary>
    public static async Task<Outcome<IReadOnlyList<ConsentDto>>> SetAsync(HoaNhapDbContext db, CurrentUser me, IReadOnlyList<ConsentInput?>? input,
        CancellationToken ct)
    {
        if (!me.May(Act.UsePortal)) return Outcome<IReadOnlyList<ConsentDto>>.Denied();
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return Outcome<IReadOnlyList<ConsentDto>>.Missing();
        var errors = new Dictionary<string, string[]>();
        var changes = new List<(ReminderChannel Channel, bool Granted, string? Address)>();
        var items = input ?? [];
        if (items.Count == 0) errors["channels"] = ["Hãy chọn ít nhất một kênh nhận nhắc việc (SMS, Zalo, email) và cho biết đồng ý hay không."];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var key = $"[{i}]";
            if (item is null || !Enum.TryParse<ReminderChannel>(item.Channel, out var channel) || int.TryParse(item.Channel, out _))
            {
                errors[key + ".channel"] = ["Kênh nhận nhắc việc phải là một trong: Sms, Zalo, Email."];
                continue;
            }
            if (item.Granted is null) { errors[key + ".granted"] = ["Hãy cho biết đồng ý hay không đồng ý nhận nhắc việc qua kênh này."]; continue; }
            string? address = null;
            if (channel == ReminderChannel.Email && item.Granted == true)
            {
                address = item.Address?.Trim();
                if (string.IsNullOrEmpty(address)) errors[key + ".address"] = [FormMessages.Required("Địa chỉ email")];
                else if (address.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(address, out _) || address.Contains(' '))
                    errors[key + ".address"] = ["Địa chỉ email không hợp lệ (ví dụ ten@example.com)."];
            }
            if ((channel is ReminderChannel.Sms or ReminderChannel.Zalo) && item.Granted == true && string.IsNullOrEmpty(person.Phone))
                errors[key + ".granted"] = ["Hồ sơ chưa có số điện thoại: hãy báo Công an xã để cập nhật trước khi chọn SMS hoặc Zalo."];
            changes.Add((channel, item.Granted.Value, address is null ? null : VietnameseText.Nfc(address)));
        }
        if (errors.Count > 0) return Outcome<IReadOnlyList<ConsentDto>>.Invalid(errors);
        var current = (await ListAsync(db, me, ct))!;
        var at = db.Clock.GetUtcNow();
        foreach (var (channel, granted, address) in changes.GroupBy(c => c.Channel).Select(g => g.Last()))
        {
            var now = current.First(c => c.Channel == channel.ToString());
            if (now.Granted == granted && now.Address == address && now.At is not null) continue;
            db.Add(new ReminderConsent
            {
                PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
                Channel = channel, Granted = granted, Address = address, At = at, By = me.UserName,
            });
        }
        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<ConsentDto>>.Ok((await ListAsync(db, me, ct))!);
    }
}
