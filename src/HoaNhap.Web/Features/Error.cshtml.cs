using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features;

[IgnoreAntiforgeryToken]
[Shared.Audit.NoPersonalData]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Đã có lỗi xảy ra";
    public string Explanation { get; private set; } = "Hệ thống gặp sự cố khi xử lý yêu cầu. Việc này đã được ghi lại; hãy thử lại sau ít phút.";

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    void Describe(int? code)
    {
        switch (code)
        {
            case 404:
                Title = "Không tìm thấy trang";
                Explanation = "Trang hoặc hồ sơ này không tồn tại, hoặc không thuộc phạm vi bạn được xem.";
                break;
            case 403:
                Title = "Bạn không có quyền thực hiện việc này";
                Explanation = "Vai trò của bạn không được phép mở trang này.";
                break;
            case 400:
                Title = "Yêu cầu không hợp lệ";
                Explanation = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.";
                break;
        }
    }
}
