using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Plans;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Plans;

/// <summary>A plan as the form and the API send it: <c>{"number","title","issuedOn"}</c>; the owner is the caller's unit.</summary>
public sealed class PlanInput
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? IssuedOn { get; set; }
}

/// <summary>A task: <c>{"body","description","dueOn","indicator"}</c>; indicator is the key of a dashboard figure the body needs (optional).</summary>
public sealed class PlanTaskInput
{
    public string? Body { get; set; }
    public string? Description { get; set; }
    public string? DueOn { get; set; }
    public string? Indicator { get; set; }
}

/// <summary>A body's report: <c>{"on","result","done"}</c>; done = true when the task is completed, false for progress.</summary>
public sealed class PlanTaskReportInput
{
    public string? On { get; set; }
    public string? Result { get; set; }
    public bool? Done { get; set; }
}

/// <summary>A plan with how its tasks stand (counted over the tasks the caller sees: a body only its own).</summary>
public sealed record PlanRow(Plan Plan, string UnitName, int Tasks, int Done, int Overdue);

/// <summary>The figure a task needs, counts only (never a person): the indicator over the plan's unit, this year to today.</summary>
public sealed record TaskFigure(string Key, string Name, string Text, long Numerator, long? Denominator, string Period);

/// <summary>
/// Who sees which plans and tasks. The police and the commune committee see their unit's plans (a province officer the
/// province's and its communes'); a body (role PartnerBody) sees, in the plans of its own unit only, the tasks assigned to
/// its body — another body's task, another unit's plan: not found. Supervisors, court, procuracy, bank, administrators: 403.
/// </summary>
public static class PlanQueries
{
    public static IQueryable<Plan> Visible(HoaNhapDbContext db, CurrentUser me)
    {
        var plans = db.Set<Plan>().Where(p => p.ProvinceCode == me.ProvinceCode);
        if (me.Role == Roles.PartnerBody)
        {
            var unit = me.CommuneCode ?? "";
            var tasks = Tasks(db, me);
            return plans.Where(p => p.CommuneCode == unit && tasks.Any(t => t.PlanId == p.Id));
        }
        return me.CommuneCode is { } mine ? plans.Where(p => p.CommuneCode == mine) : plans;
    }

    /// <summary>Whether the caller's unit owns the plan: the province's police for a province plan, the commune's for a commune plan.</summary>
    public static bool Owns(CurrentUser me, Plan plan) => plan.ProvinceCode == me.ProvinceCode && plan.CommuneCode == (me.CommuneCode ?? "");

    /// <summary>Whether the caller writes the plan (gives tasks): the owner unit's police or committee.</summary>
    public static bool MayManage(CurrentUser me, Plan plan) => me.May(Act.ManagePlans) && Owns(me, plan);

    /// <summary>Whether the caller reports on the plan's tasks it sees: a body on its own, the owner's police on a report sent on paper.</summary>
    public static bool MayReport(CurrentUser me, Plan plan) => me.May(Act.ReportPlanTasks) && (me.Role == Roles.PartnerBody || Owns(me, plan));

    /// <summary>The tasks the caller sees (of visible plans; a body only its own body's, in its own unit).</summary>
    public static IQueryable<PlanTask> Tasks(HoaNhapDbContext db, CurrentUser me)
    {
        var tasks = db.Set<PlanTask>().Where(t => t.ProvinceCode == me.ProvinceCode);
        if (me.Role == Roles.PartnerBody)
        {
            if (me.Body is not { } body) return tasks.Where(_ => false);
            var unit = me.CommuneCode ?? "";
            return tasks.Where(t => t.CommuneCode == unit && t.Body == body);
        }
        return me.CommuneCode is { } mine ? tasks.Where(t => t.CommuneCode == mine) : tasks;
    }

    public static async Task<Outcome<List<PlanRow>>> ListAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (!me.May(Act.SeePlans)) return Outcome<List<PlanRow>>.Denied();
        var today = db.Today;
        var plans = await Visible(db, me).AsNoTracking().OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Number).ToListAsync(ct);
        var ids = plans.Select(p => p.Id).ToList();
        var counts = (await Tasks(db, me).AsNoTracking().Where(t => ids.Contains(t.PlanId))
                .GroupBy(t => t.PlanId)
                .Select(g => new
                {
                    g.Key, Tasks = g.Count(), Done = g.Count(t => t.Status == PlanTaskStatus.Done),
                    Overdue = g.Count(t => t.Status != PlanTaskStatus.Done && t.DueOn < today),
                }).ToListAsync(ct))
            .ToDictionary(x => x.Key);
        var names = await UnitNamesAsync(db, me.ProvinceCode, plans.Select(p => p.CommuneCode), ct);
        return Outcome<List<PlanRow>>.Ok(plans.Select(p =>
        {
            var c = counts.GetValueOrDefault(p.Id);
            return new PlanRow(p, names.GetValueOrDefault(p.CommuneCode, p.CommuneCode), c?.Tasks ?? 0, c?.Done ?? 0, c?.Overdue ?? 0);
        }).ToList());
    }

    public static async Task<Outcome<(PlanRow Row, List<PlanTask> Tasks)>> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!me.May(Act.SeePlans)) return Outcome<(PlanRow, List<PlanTask>)>.Denied();
        var plan = await Visible(db, me).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Outcome<(PlanRow, List<PlanTask>)>.Missing();
        var tasks = await Tasks(db, me).AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.DueOn).ThenBy(t => t.Body).ToListAsync(ct);
        var today = db.Today;
        var names = await UnitNamesAsync(db, me.ProvinceCode, [plan.CommuneCode], ct);
        return Outcome<(PlanRow, List<PlanTask>)>.Ok((new PlanRow(plan, names.GetValueOrDefault(plan.CommuneCode, plan.CommuneCode), tasks.Count,
            tasks.Count(t => t.Status == PlanTaskStatus.Done), tasks.Count(t => t.OverdueOn(today))), tasks));
    }

    /// <summary>The figures the tasks need, by task id: counts over the plan's unit from 1 January to today (no person).</summary>
    public static async Task<Dictionary<Guid, TaskFigure>> FiguresAsync(HoaNhapDbContext db, Plan plan, IEnumerable<PlanTask> tasks, CancellationToken ct)
    {
        var today = db.Today;
        var period = new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today, today, $"Năm {today.Year}");
        var area = new Area(plan.ProvinceCode, plan.IsProvincePlan ? null : plan.CommuneCode, "");
        var figures = new Dictionary<Guid, TaskFigure>();
        foreach (var t in tasks)
        {
            if (t.IndicatorKey is not { } key || Indicators.Find(key) is not { } i) continue;
            var cells = await IndicatorQueries.CellsAsync(db, i, period, area, ct);
            var f = Figure.Of(i, cells.Values.Sum(v => v.N), cells.Values.Sum(v => v.D));
            figures[t.Id] = new TaskFigure(i.Key, i.Name, f.Text, f.Numerator, i.IsRate ? f.Denominator : null,
                $"Từ ngày {Display.Date(period.From)} đến ngày {Display.Date(today)}");
        }
        return figures;
    }

    /// <summary>Names of the owner units: the commune's full name, or "Cấp tỉnh: …" for the province ("").</summary>
    public static async Task<Dictionary<string, string>> UnitNamesAsync(HoaNhapDbContext db, string province, IEnumerable<string> communes, CancellationToken ct)
    {
        var codes = communes.Distinct().ToList();
        var names = await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.FullName, ct);
        if (codes.Contains(""))
            names[""] = "Cấp tỉnh: " + (await db.Provinces.AsNoTracking().Where(p => p.Code == province).Select(p => p.FullName).FirstOrDefaultAsync(ct) ?? province);
        return names;
    }

    /// <summary>The indicators a task may name, for the form's list.</summary>
    public static IEnumerable<Indicator> Figures => Indicators.All.Where(i => i.HasData);
}

/// <summary>Writing plans, tasks and the bodies' reports; each command is one transaction (one save).</summary>
public static class PlanCommands
{
    public static async Task<Outcome<Plan>> CreateAsync(HoaNhapDbContext db, CurrentUser me, PlanInput input, CancellationToken ct)
    {
        if (!me.May(Act.ManagePlans)) return Outcome<Plan>.Denied();
        var errors = new Dictionary<string, string[]>();
        var number = FormChecks.Required(input.Number, nameof(PlanInput.Number), "Số kế hoạch", 50, errors);
        var title = FormChecks.Required(input.Title, nameof(PlanInput.Title), "Tên kế hoạch", 500, errors);
        var issuedOn = FormChecks.Past(db.Today, errors, nameof(PlanInput.IssuedOn), "Ngày ban hành", input.IssuedOn);
        if (errors.Count > 0) return Outcome<Plan>.Invalid(errors);
        var plan = Plan.Issue(me.ProvinceCode, me.CommuneCode, number!, title!, issuedOn!.Value, me.UserName, db.Clock.GetUtcNow());
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return Outcome<Plan>.Ok(plan);
    }

    public static async Task<Outcome<PlanTask>> AddTaskAsync(HoaNhapDbContext db, CurrentUser me, Guid planId, PlanTaskInput input, CancellationToken ct)
    {
        if (!me.May(Act.SeePlans)) return Outcome<PlanTask>.Denied();
        var plan = await PlanQueries.Visible(db, me).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return Outcome<PlanTask>.Missing();
        if (!PlanQueries.MayManage(me, plan)) return Outcome<PlanTask>.Denied();
        var errors = new Dictionary<string, string[]>();
        var body = FormChecks.Choice<Body>(input.Body);
        if (body is null)
            FormChecks.Add(errors, nameof(PlanTaskInput.Body), "Hãy chọn cơ quan, tổ chức được giao nhiệm vụ ("
                + string.Join(", ", Enum.GetNames<Body>()) + ").");
        var description = FormChecks.Required(input.Description, nameof(PlanTaskInput.Description), "Nội dung nhiệm vụ", 2000, errors);
        var dueOn = FormChecks.Date(errors, nameof(PlanTaskInput.DueOn), "Hạn thực hiện", input.DueOn);
        var indicator = string.IsNullOrWhiteSpace(input.Indicator) ? null : input.Indicator.Trim();
        if (indicator is not null && !PlanQueries.Figures.Any(i => i.Key == indicator))
            FormChecks.Add(errors, nameof(PlanTaskInput.Indicator), "Số liệu kèm theo phải là mã một chỉ tiêu có dữ liệu (ví dụ "
                + Indicators.CounsellingCoverage + "), hoặc để trống.");
        if (errors.Count > 0) return Outcome<PlanTask>.Invalid(errors);
        var (task, refusal) = plan.Assign(body!.Value, description!, dueOn!.Value, indicator, db.Today);
        if (refusal is not null) return Outcome<PlanTask>.Refused(nameof(PlanTaskInput.DueOn), refusal);
        db.Add(task!);
        await db.SaveChangesAsync(ct);
        return Outcome<PlanTask>.Ok(task!);
    }

    /// <summary>
    /// A body's report on one of its tasks (or the owner's police recording a report sent on paper). A completed task leaves
    /// the owner's worklist at once.
    /// </summary>
    public static async Task<Outcome<PlanTask>> ReportAsync(HoaNhapDbContext db, CurrentUser me, Guid planId, Guid taskId, PlanTaskReportInput input, CancellationToken ct)
    {
        if (!me.May(Act.SeePlans)) return Outcome<PlanTask>.Denied();
        var task = await PlanQueries.Tasks(db, me).FirstOrDefaultAsync(t => t.Id == taskId && t.PlanId == planId, ct);
        var plan = task is null ? null : await PlanQueries.Visible(db, me).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (task is null || plan is null) return Outcome<PlanTask>.Missing();
        if (!PlanQueries.MayReport(me, plan)) return Outcome<PlanTask>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(PlanTaskReportInput.On), "Ngày báo cáo", input.On);
        var result = FormChecks.Required(input.Result, nameof(PlanTaskReportInput.Result), "Kết quả thực hiện", 4000, errors);
        if (input.Done is null) FormChecks.Add(errors, nameof(PlanTaskReportInput.Done), "Hãy chọn nhiệm vụ đã hoàn thành hay đang thực hiện.");
        if (errors.Count > 0) return Outcome<PlanTask>.Invalid(errors);
        var by = me.Role == Roles.PartnerBody && me.Body is { } b ? $"{me.FullName} ({PlanText.Body(b)})" : me.FullName;
        if (task.Report(on!.Value, result!, input.Done!.Value, by) is { } refusal)
            return Outcome<PlanTask>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(PlanTaskReportInput.On) : nameof(PlanTaskReportInput.Done), refusal);
        if (task.Status == PlanTaskStatus.Done)
        {
            var link = PlanWorklistSource.LinkOf(task);
            db.RemoveRange(await db.Set<WorklistItem>().Where(i => i.Kind == WorklistKind.PlanTaskOverdue && i.Link == link).ToListAsync(ct));
        }
        await db.SaveChangesAsync(ct);
        return Outcome<PlanTask>.Ok(task);
    }
}
