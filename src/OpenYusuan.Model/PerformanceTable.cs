namespace OpenYusuan.Model;

/// <summary>A 整体绩效目标表 (kind overall) or 项目支出绩效目标表 (kind project).</summary>
public sealed record PerformanceTable
{
    public required string Kind { get; init; }
    public string? Project { get; init; }
    public string? Owner { get; init; }
    public string? Contact { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Fiscal { get; init; }
    public decimal? Other { get; init; }
    public string? Goal { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public Location? Loc { get; init; }
}
