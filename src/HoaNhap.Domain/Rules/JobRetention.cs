namespace HoaNhap.Domain.Rules;

/// <summary>
/// When a hired person is followed up to see whether they kept the job. No text fixes the times: NĐ 49/2020/NĐ-CP names job
/// creation and referral among the support measures for returnees, and the province's plans ask for jobs that last, without
/// saying when to check. The four checkpoints (1, 3, 6 and 12 months after the hire) are proposals of the system
/// (<see cref="SourceStatus.Proposed"/>) until the province confirms them. Appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class JobRetentionDefaults
{
    public const string First = "JobRetention.Checkpoint1";
    public const string Second = "JobRetention.Checkpoint2";
    public const string Third = "JobRetention.Checkpoint3";
    public const string Fourth = "JobRetention.Checkpoint4";

    /// <summary>The checkpoints in order: checkpoint n is <c>Keys[n - 1]</c>.</summary>
    public static IReadOnlyList<string> Keys { get; } = [First, Second, Third, Fourth];

    const string Basis = "Pháp luật không quy định thời điểm theo dõi việc làm sau khi được tuyển dụng; hệ thống đề xuất, chờ Công an tỉnh xác nhận. "
        + "Căn cứ gần nhất: NĐ 49/2020/NĐ-CP (hỗ trợ tạo việc làm, giới thiệu việc làm cho người chấp hành xong án phạt tù)";
    static readonly DateOnly From = new(2020, 1, 1);

    static RuleParameter P(string key, string title, string value) => new(key, title, value, RuleUnits.Months, Basis, SourceStatus.Proposed, From);

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        P(First, "Theo dõi duy trì việc làm: lần thứ nhất, sau khi được tuyển dụng", "1"),
        P(Second, "Theo dõi duy trì việc làm: lần thứ hai, sau khi được tuyển dụng", "3"),
        P(Third, "Theo dõi duy trì việc làm: lần thứ ba, sau khi được tuyển dụng", "6"),
        P(Fourth, "Theo dõi duy trì việc làm: lần thứ tư, sau khi được tuyển dụng", "12"),
    ];
}

/// <summary>Checkpoint <see cref="Number"/> (1–4) of a hire: <see cref="Months"/> after it, due on <see cref="DueOn"/>.</summary>
public sealed record RetentionCheckpoint(int Number, int Months, DateOnly DueOn);

/// <summary>The follow-up schedule of a hire (<see cref="JobRetentionDefaults"/>): the months in force on the day of the hire.</summary>
public static class JobRetention
{
    /// <summary>The four checkpoints of a hire on <paramref name="hiredOn"/> (a month after 31 January is the end of February).</summary>
    public static IReadOnlyList<RetentionCheckpoint> Schedule(DateOnly hiredOn, RuleParameters rules) =>
        JobRetentionDefaults.Keys.Select((key, i) =>
        {
            var months = rules.Int(key, hiredOn);
            return new RetentionCheckpoint(i + 1, months, hiredOn.AddMonths(months));
        }).ToList();

    /// <summary>The checkpoints due by <paramref name="today"/> and not yet recorded, oldest first.</summary>
    public static IReadOnlyList<RetentionCheckpoint> Due(DateOnly hiredOn, DateOnly today, IEnumerable<int> recorded, RuleParameters rules)
    {
        var done = recorded.ToHashSet();
        return Schedule(hiredOn, rules).Where(c => c.DueOn <= today && !done.Contains(c.Number)).OrderBy(c => c.DueOn).ToList();
    }

    /// <summary>The checkpoint <paramref name="number"/> (1–4), or null.</summary>
    public static RetentionCheckpoint? Checkpoint(DateOnly hiredOn, int number, RuleParameters rules) =>
        Schedule(hiredOn, rules).FirstOrDefault(c => c.Number == number);

    /// <summary>"1 tháng", "12 tháng": how a checkpoint is named to users.</summary>
    public static string Name(int months) => $"{months} tháng";
}
