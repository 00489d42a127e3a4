using HoaNhap.Domain.Cases;

namespace HoaNhap.Domain.Rules;

public enum TaskState { NotStarted, InProgress, Done }

/// <summary>One step of the intake of a community sentence, with its state and, when a legal deadline runs, that deadline.</summary>
public sealed record IntakeTask(string Key, string Title, TaskState State, string? Detail, Deadline? Deadline)
{
    public string StateText => IntakeTasks.Text(State);
}

/// <summary>
/// The intake of a community sentence as a task list (decision received, summons, the person
/// appears and signs the undertaking, supervisor assigned, file complete, case opened), each task's
/// state read off what is already recorded (<see cref="IntakeFacts"/>, the file checklist) — nothing
/// is stored twice. The order is the order of LTHAHS 2019 Điều 84–86.
/// </summary>
public static class IntakeTasks
{
    public const string Decision = "decision";
    public const string Summons = "summons";
    public const string Undertaking = "undertaking";
    public const string Supervisor = "supervisor";
    public const string File = "file";
    public const string Open = "open";

    public static string Text(TaskState s) => s switch
    {
        TaskState.NotStarted => "Chưa bắt đầu",
        TaskState.InProgress => "Đang làm",
        TaskState.Done => "Đã xong",
        _ => s.ToString(),
    };

    public static IReadOnlyList<IntakeTask> For(Case c, IntakeFacts f, IReadOnlyList<ChecklistItem> checklist, IReadOnlyList<Deadline> deadlines)
    {
        Deadline? D(string key) => deadlines.FirstOrDefault(d => d.Key == key);
        static string On(DateOnly d) => HoaNhap.Domain.Text.VietnameseDate.Format(d);
        var tasks = new List<IntakeTask>();

        // The decision counts as received when its day of receipt is recorded and its number or the paper is in the file.
        var paper = checklist.Any(i => i.Kind == CaseFileItemKind.EnforcementDecision && i.Present);
        var decision = f.DecisionReceivedOn is not null && paper ? TaskState.Done
            : f.DecisionReceivedOn is not null || paper ? TaskState.InProgress : TaskState.NotStarted;
        tasks.Add(new(Decision, "Nhận quyết định thi hành án", decision,
            decision == TaskState.Done ? (c.DecisionNumber is { } n ? $"Số {n}, nhận ngày {On(f.DecisionReceivedOn!.Value)}" : $"Nhận ngày {On(f.DecisionReceivedOn!.Value)}")
            : decision == TaskState.InProgress ? (paper ? "Chưa ghi ngày nhận quyết định" : "Chưa có quyết định trong hồ sơ") : null,
            D("court-sends-decision")));

        // Summons and undertaking are the steps of a suspended sentence, non-custodial reform and conditional early release (Điều 85 khoản 1).
        var summonsStep = checklist.Any(i => i.Kind == CaseFileItemKind.Summons);
        if (summonsStep || f.SummonedOn is not null)
        {
            tasks.Add(new(Summons, "Triệu tập người chấp hành án", f.SummonedOn is null ? TaskState.NotStarted : TaskState.Done,
                f.SummonedOn is { } s ? $"Giấy triệu tập ngày {On(s)}" : null, D("summon")));
            tasks.Add(new(Undertaking, "Người chấp hành án có mặt, ký bản cam kết",
                f.UndertakingOn is not null ? TaskState.Done : f.SummonedOn is not null ? TaskState.InProgress : TaskState.NotStarted,
                f.UndertakingOn is { } u ? $"Bản cam kết ngày {On(u)}" : f.SummonedOn is not null ? "Đã triệu tập, chờ người chấp hành án có mặt" : null,
                D("report")));
        }

        tasks.Add(new(Supervisor, "Phân công người giám sát, giáo dục", f.SupervisorAssignedOn is null ? TaskState.NotStarted : TaskState.Done,
            f.SupervisorAssignedOn is { } a ? $"Phân công ngày {On(a)}" : null, D("assign-supervisor")));

        var present = checklist.Count(i => i.Present);
        var missing = checklist.Where(i => !i.Present).Select(i => i.Title).ToList();
        tasks.Add(new(File, "Hồ sơ đủ tài liệu", missing.Count == 0 ? TaskState.Done : present == 0 ? TaskState.NotStarted : TaskState.InProgress,
            missing.Count == 0 ? $"Đủ {checklist.Count} tài liệu" : $"Còn thiếu: {string.Join("; ", missing)}", null));

        tasks.Add(new(Open, "Mở hồ sơ, bắt đầu giám sát (chuyển sang “Đang chấp hành”)",
            c.Status == CaseStatus.Intake ? TaskState.NotStarted : TaskState.Done,
            c.FileOpenedOn is { } o ? $"Mở ngày {On(o)}" : null, D("open-file")));
        return tasks;
    }
}
