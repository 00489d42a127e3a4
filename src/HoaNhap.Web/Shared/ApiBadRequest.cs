using System.Text.Json;

namespace HoaNhap.Web.Shared;

/// <summary>
/// A request body that is not valid JSON, or a value of the wrong type, becomes a validation
/// problem that names the field, instead of an empty 400.
/// </summary>
public sealed class ApiBadRequest(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted && ex.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await Results.Problem(title: "Kiểu nội dung không được hỗ trợ",
                detail: "Hãy gửi nội dung JSON với tiêu đề Content-Type: application/json.", statusCode: 415).ExecuteAsync(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var json = ex.InnerException as JsonException;
            var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "";
            var message = json is null
                ? "Yêu cầu không hợp lệ: " + (ex.Message.Contains("query", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("route", StringComparison.OrdinalIgnoreCase)
                    ? "tham số trên đường dẫn hoặc chuỗi truy vấn không đúng kiểu." : "nội dung gửi lên không đọc được.")
                : field.Length > 0 ? $"Giá trị của trường “{field}” không đúng kiểu dữ liệu." : "Nội dung gửi lên không phải JSON hợp lệ.";
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                title: "Dữ liệu không hợp lệ").ExecuteAsync(context);
        }
    }
}
