using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.Cases;

public sealed class OpenInput
{
    /// <summary>The day the commune opened the file and supervision began.</summary>
    public string? On { get; set; }
    public long? Version { get; set; }
}

/// <summary>
/// Opening a case at the end of intake (Đang tiếp nhận → Đang chấp hành): the day, then "check your
/// answers" with the intake tasks not yet done, then the save through <see cref="Case.MoveTo"/>.
/// The officer lands back on the intake section of the case page.
/// </summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class OpenModel(HoaNhapDbContext db, RuleBook rules) : CaseCheckPage<OpenInput, Case>(db)
{
    public IReadOnlyList<IntakeTask> Tasks { get; private set; } = [];

    protected override string Section => CasePage.Intake;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    // The status is fixed on this page: a refusal of the move is the page's, not a field's.
    protected override Func<string, string>? ErrorField => key => key == nameof(StatusInput.Status) || key.Length == 0 ? "" : $"Input.{key}";

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Tasks = (await CaseFileQueries.ViewAsync(Db, rules, c, ct)).Tasks;
        return true;
    }

    protected override void Prefill() => Input = new OpenInput { On = Display.Date(Today), Version = Case.Version };
    protected override Task<Outcome<Case>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        CaseCommands.ChangeStatusAsync(Db, me, caseId, new StatusInput { Status = nameof(CaseStatus.Active), On = Input.On, Version = Input.Version }, ct);
    protected override string Done(Case c) => $"Đã mở hồ sơ ngày {Input.On}: hồ sơ chuyển sang trạng thái “{CaseText.Status(c.Status)}”.";
    protected override void Conflicted(Conflict conflict) => Input.Version = conflict.CurrentVersion;

    /// <summary>The day, what the move means, and the intake tasks not yet done.</summary>
    protected override Task<CheckAnswers> ReviewAsync(Guid caseId, CancellationToken ct)
    {
        var open = Tasks.Where(t => t.State != TaskState.Done && t.Key != IntakeTasks.Open).Select(t => t.Title).ToList();
        return Task.FromResult(new CheckAnswers("Kiểm tra trước khi mở hồ sơ",
            [
                new Answer("Ngày mở hồ sơ, bắt đầu giám sát", Input.On ?? "", nameof(OpenInput.On)),
            ],
            $"/Cases/Open/{caseId}",
            new Dictionary<string, string?> { [nameof(OpenInput.On)] = Input.On, [nameof(OpenInput.Version)] = Input.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "Mở hồ sơ",
            $"Hồ sơ chuyển từ “{CaseText.Status(CaseStatus.Intake)}” sang “{CaseText.Status(CaseStatus.Active)}”: từ ngày này người chấp hành án chịu giám sát, giáo dục, được ghi điểm danh, vi phạm và xin phép vắng mặt.",
            open.Count == 0 ? null : $"Các việc tiếp nhận chưa xong: {string.Join("; ", open)}. Bạn vẫn có thể mở hồ sơ và làm tiếp sau."));
    }
}
