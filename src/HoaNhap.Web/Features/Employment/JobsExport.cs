using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Employment;

/// <summary>The registers as .xlsx: the rows the page shows, Vietnamese headers.</summary>
public static class JobsExport
{
    public static IEnumerable<Dictionary<string, object>> Employers(IEnumerable<Employer> items, IReadOnlyDictionary<string, string> names) =>
        items.Select((e, i) => new Dictionary<string, object>
        {
            ["STT"] = i + 1, ["Tên doanh nghiệp, cơ sở"] = e.Name, ["Mã số thuế"] = e.TaxCode ?? "", ["Địa chỉ"] = e.Address,
            ["Xã, phường"] = names.GetValueOrDefault(e.CommuneCode, e.CommuneCode), ["Ngành nghề"] = e.Sector, ["Công việc cần tuyển"] = e.JobsOffered,
            ["Số chỗ"] = e.Places, ["Người liên hệ"] = e.ContactPerson, ["Điện thoại"] = e.ContactPhone,
            ["Nhận người chấp hành xong án từ ngày"] = Display.Date(e.WillingSince), ["Tình trạng"] = e.Active ? "Đang nhận" : "Ngừng nhận",
        });

    public static IEnumerable<Dictionary<string, object>> Courses(IEnumerable<VocationalCourse> items, IReadOnlyDictionary<string, string> names, DateOnly today) =>
        items.Select((c, i) => new Dictionary<string, object>
        {
            ["STT"] = i + 1, ["Nghề đào tạo"] = c.Trade, ["Cơ sở đào tạo"] = c.Provider, ["Địa điểm"] = c.Place,
            ["Xã, phường"] = names.GetValueOrDefault(c.CommuneCode, c.CommuneCode), ["Khai giảng"] = Display.Date(c.StartsOn),
            ["Kết thúc"] = Display.Date(c.EndsOn), ["Số chỗ"] = c.Seats, ["Miễn học phí"] = c.FeeWaived ? "Có" : "Không", ["Hỗ trợ khác"] = c.Support ?? "",
            ["Tình trạng"] = c.Finished(today) ? "Đã kết thúc" : "Đang mở",
        });
}
