namespace OpenYusuan.Model;

/// <summary>One 年度主要任务 of a 部门整体绩效目标表: its name, what it covers, and its amounts (万元).</summary>
public sealed record PerformanceTask
{
    public required string Name { get; init; }
    public string? Content { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Fiscal { get; init; }
    public decimal? Other { get; init; }
    public Location? Loc { get; init; }
}
