namespace HoaNhap.Domain.Cases;

/// <summary>Why an action on a case is not available now, and what to do first.</summary>
public sealed record ActionBlock(string Why, string WhatFirst, CaseStatus? MoveTo);

/// <summary>
/// Which everyday actions the law allows on a case in its present status, with the reason when it
/// does not — so the case page offers every action it may, and explains the ones it may not,
/// instead of hiding a button. The commands refuse with the same words.
/// </summary>
public static class CaseActions
{
    /// <summary>
    /// A breach is recorded while the sentence is being served in the community, or after the
    /// person absconded (LTHAHS 2019 Điều 64, 65; BLHS 2015 Điều 65 khoản 5): not before the case
    /// is opened, not after it closed.
    /// </summary>
    public static ActionBlock? RecordBreach(Case c) => c.Kind != CaseKind.CommunitySentence || c.SentenceType is null
        ? new("Hồ sơ quản lý tái hòa nhập cộng đồng không ghi nhận vi phạm nghĩa vụ chấp hành án.", "Ghi nhận vi phạm pháp luật của người này trong mục “Vi phạm pháp luật, phạm tội mới”.", null)
        : c.Status switch
        {
            CaseStatus.Active or CaseStatus.Absconded => null,
            CaseStatus.Intake => new("Hồ sơ đang ở trạng thái “Đang tiếp nhận”: người này chưa bắt đầu chấp hành án tại cộng đồng nên chưa ghi nhận vi phạm được.",
                "Hoàn tất tiếp nhận và mở hồ sơ (chuyển sang “Đang chấp hành”) trước, rồi ghi nhận vi phạm.", CaseStatus.Active),
            _ => Closed(c, "ghi nhận vi phạm"),
        };

    /// <summary>Check-ins, summons, visits and contacts go into the supervision record from intake (the summons) until the case closes.</summary>
    public static ActionBlock? RecordCheckIn(Case c) => c.Status switch
    {
        CaseStatus.Intake or CaseStatus.Active or CaseStatus.Absconded => null,
        _ => Closed(c, "ghi thêm điểm danh, triệu tập, thăm gặp"),
    };

    /// <summary>An absence from the place of residence is asked for while the sentence is being served (LTHAHS 2019 Điều 92, 100).</summary>
    public static ActionBlock? RequestAbsence(Case c) => c.Kind != CaseKind.CommunitySentence
        ? new("Người được quản lý tái hòa nhập cộng đồng không phải xin phép vắng mặt tại nơi cư trú.", "Không cần làm gì.", null)
        : c.Status switch
        {
            CaseStatus.Active => null,
            CaseStatus.Intake => new("Hồ sơ đang ở trạng thái “Đang tiếp nhận”: thời gian chấp hành án tại cộng đồng chưa bắt đầu nên chưa xét đơn xin vắng mặt được.",
                "Hoàn tất tiếp nhận và mở hồ sơ (chuyển sang “Đang chấp hành”) trước.", CaseStatus.Active),
            CaseStatus.Absconded => new("Người này đang bỏ trốn: không xét đơn xin vắng mặt.",
                "Khi người này có mặt trở lại, chuyển hồ sơ về “Đang chấp hành” trước.", CaseStatus.Active),
            _ => Closed(c, "ghi nhận đơn xin vắng mặt"),
        };

    static ActionBlock Closed(Case c, string action) =>
        new($"Hồ sơ đã ở trạng thái “{CaseText.Status(c.Status)}”{(c.EndedOn is { } e ? $" từ {HoaNhap.Domain.Text.VietnameseDate.Format(e)}" : "")}: không {action} được nữa.",
            "Hồ sơ đã đóng; nếu cần ghi tiếp, hãy kiểm tra hồ sơ mới của người này (nếu có).", null);
}
