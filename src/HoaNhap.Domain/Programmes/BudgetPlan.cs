namespace HoaNhap.Domain.Programmes;

/// <summary>
/// The budget (kinh phí) of a commune (or of the province, CommuneCode empty) for this work in one year: the plan
/// (dự toán) by item and, once the year is settled (quyết toán), the amount spent per item. One plan per unit per year.
/// </summary>
public sealed class BudgetPlan : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public int Year { get; set; }
    public List<BudgetItem> Items { get; set; } = [];
    /// <summary>The settlement date (quyết toán); null while the year is not settled.</summary>
    public DateOnly? SettledOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Planned => Items.Sum(i => i.Planned);
    public long Spent => Items.Sum(i => i.Spent ?? 0);
}

/// <summary>One item of a budget plan (e.g. supervision, reintegration support, training, awareness), amounts in VND.</summary>
public sealed class BudgetItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid BudgetPlanId { get; set; }
    public int Order { get; set; }
    public string Item { get; set; } = "";
    public long Planned { get; set; }
    /// <summary>The settlement: amount spent on the item (quyết toán); null until settled.</summary>
    public long? Spent { get; set; }
}
