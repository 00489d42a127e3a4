using System.Text.Json;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Shared;

/// <summary>Turns a handler's outcome into RFC 7807 problem details with Vietnamese text.</summary>
public static class ApiResults
{
    public static IResult From<T>(Outcome<T> outcome, Func<T, IResult> ok)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbidden();
        if (outcome.Conflict is { } c)
            return Results.Problem(title: "Xung đột chỉnh sửa", detail: c.Message, statusCode: 409,
                extensions: new Dictionary<string, object?>
                {
                    ["currentVersion"] = c.CurrentVersion,
                    ["updatedBy"] = c.UpdatedBy,
                    ["updatedAt"] = c.UpdatedAt,
                    ["changes"] = c.Differences.ToDictionary(d => JsonNamingPolicy.CamelCase.ConvertName(d.Field),
                        d => new { label = d.Label, theirs = d.Theirs, yours = d.Yours }),
                });
        if (outcome.RefusedByRule)
            return Results.ValidationProblem(
                outcome.Errors.ToDictionary(kv => kv.Key.Length == 0 ? "" : CamelPath(kv.Key), kv => kv.Value),
                title: "Yêu cầu không được pháp luật cho phép", statusCode: 422,
                detail: string.Join(" ", outcome.Errors.SelectMany(kv => kv.Value)));
        if (outcome.Errors.Count > 0) return Invalid(outcome.Errors);
        return ok(outcome.Value!);
    }

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(kv => kv.Key.Length == 0 ? "" : CamelPath(kv.Key), kv => kv.Value),
            title: "Dữ liệu không hợp lệ", detail: "Một số trường chưa đúng; xem từng trường trong errors.");

    static string CamelPath(string key) => string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>Also used for anything outside the caller's scope: existence is not revealed.</summary>
    public static IResult NotFound() =>
        Results.Problem(title: "Không tìm thấy", detail: "Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc phạm vi bạn được xem.", statusCode: 404);

    public static IResult Forbidden() =>
        Results.Problem(title: "Không có quyền", detail: "Vai trò của bạn không được thực hiện việc này.", statusCode: 403);

    /// <summary>The first answer to a request sent again (the same sender's reference, the same phone record): its status and body as
    /// they were, marked <c>Idempotent-Replayed: true</c>.</summary>
    public static IResult Replayed(string body, int status) => new ReplayedAnswer(body, status);

    sealed class ReplayedAnswer(string body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Text(body, "application/json", System.Text.Encoding.UTF8, status).ExecuteAsync(http);
        }
    }

    public static CurrentUser Me(this HttpContext http) => CurrentUser.From(http.User)
        ?? throw new InvalidOperationException("The API group requires an authenticated user.");
}
