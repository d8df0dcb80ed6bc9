using System.Text.Json.Serialization;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Model;

/// <summary>One 年度主要任务 of a 部门整体绩效目标表: its name, what it covers, and its amounts (万元).</summary>
public sealed record PerformanceTask
{
    public required string Name { get; init; }
    public string? Content { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Fiscal { get; init; }
    public decimal? Other { get; init; }
    /// <summary>决算 self-evaluation: 完成情况 and the 全年执行数 beside the 全年预算数 above.</summary>
    public string? Status { get; init; }
    public decimal? Executed { get; init; }
    public decimal? ExecutedFiscal { get; init; }
    public decimal? ExecutedOther { get; init; }
    /// <summary>决算 self-evaluation: the task's 分值, 执行率 (in %) and 得分, where printed (部门整体支出绩效自评表).</summary>
    [JsonConverter(typeof(NumberConverter))]
    public decimal? Weight { get; init; }
    public decimal? Rate { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? Score { get; init; }
    public Location? Loc { get; init; }
}
