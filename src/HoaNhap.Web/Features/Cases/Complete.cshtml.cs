using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Confirming completion: the end date and what follows are shown before the officer confirms.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CompleteModel(HoaNhapDbContext db, RuleBook rules) : CaseCheckPage<CompletionInput, CompletionResult>(db)
{
    public CompletionPreview Preview { get; private set; } = null!;

    protected override string Section => CasePage.Completion;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Preview = (await CompletionCommands.PreviewAsync(Db, rules, Me, c.Id, ct))!;
        return true;
    }

    protected override void Prefill() => Input = new CompletionInput { CompletedOn = Display.Date(Preview.EndsOn), Generate = true };
    protected override Task<Outcome<CompletionResult>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        CompletionCommands.CompleteAsync(Db, rules, me, caseId, Input, ct);
    protected override string Done(CompletionResult r) => r.Reintegration is null
        ? "Đã xác nhận chấp hành xong và đóng hồ sơ."
        : "Đã xác nhận chấp hành xong và đóng hồ sơ; hồ sơ quản lý tái hòa nhập cộng đồng đã được mở tự động.";

    /// <summary>The answers with "Thay đổi" links, and what closing the case does, before the officer confirms.</summary>
    protected override Task<CheckAnswers> ReviewAsync(Guid caseId, CancellationToken ct) => Task.FromResult(new CheckAnswers("Kiểm tra trước khi xác nhận chấp hành xong",
        [
            new Answer("Ngày chấp hành xong", Input.CompletedOn ?? "", nameof(CompletionInput.CompletedOn)),
            new Answer("Giấy chứng nhận", Input.Generate ? "Hệ thống lập giấy chứng nhận (.docx)" : "Đã cấp bản giấy", nameof(CompletionInput.Generate)),
            new Answer("Số giấy chứng nhận", Input.CertificateNumber ?? "", nameof(CompletionInput.CertificateNumber)),
        ],
        $"/Cases/Complete/{caseId}",
        new Dictionary<string, string?>
        {
            [nameof(CompletionInput.CompletedOn)] = Input.CompletedOn,
            [nameof(CompletionInput.Generate)] = Input.Generate ? "true" : "false",
            [nameof(CompletionInput.CertificateNumber)] = Input.CertificateNumber,
        },
        "Xác nhận chấp hành xong, đóng hồ sơ",
        Preview.Reintegration.StartsOn is { } starts && !Preview.ReintegrationAlreadyOpen
            ? $"Hồ sơ sẽ đóng ở trạng thái “Đã kết thúc” và hồ sơ quản lý tái hòa nhập cộng đồng mở từ ngày {Display.Date(starts)}. Việc này không hoàn tác được."
            : "Hồ sơ sẽ đóng ở trạng thái “Đã kết thúc”. Việc này không hoàn tác được."));
}
