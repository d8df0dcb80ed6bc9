using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Model;

/// <summary>A 整体绩效目标表 (kind overall) or 项目支出绩效目标表 (kind project).</summary>
public sealed partial record PerformanceTable
{
    /// <summary>Whether a line (whitespace removed) is such a table's title: the reader starts a table there, the
    /// paragraph joiner keeps it on its own line, the drafter finds where printed tables begin.</summary>
    public static bool IsTitle(string compact) => compact.Length <= 20 && Title().IsMatch(compact);

    [GeneratedRegex(@"(整体|项目支出)绩效目标表$")]
    private static partial Regex Title();

    public required string Kind { get; init; }
    public string? Project { get; init; }
    public string? Owner { get; init; }
    public string? Contact { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Fiscal { get; init; }
    public decimal? Other { get; init; }
    public string? Goal { get; init; }
    /// <summary>决算 self-evaluation (绩效自评表): the 年度资金总额 line's 年初预算数, 全年预算数 and 全年执行数.</summary>
    public decimal? InitialBudget { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    /// <summary>The self-evaluation's 预算执行率 part: its 分值, 执行率（B/A, in %) and 得分, and the table's 总分 (分值 and 得分).</summary>
    [JsonConverter(typeof(NumberConverter))]
    public decimal? ExecutionWeight { get; init; }
    public decimal? ExecutionRate { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? ExecutionScore { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? TotalWeight { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? TotalScore { get; init; }
    /// <summary>Other money lines of the funding block under their printed labels (基本支出, 项目支出, 市本级使用资金 …).</summary>
    public IReadOnlyDictionary<string, decimal>? Funds { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>The 年度主要任务 a 部门整体绩效目标表 lists with their amounts (Xi'an), where printed.</summary>
    public IReadOnlyList<PerformanceTask>? Tasks { get; init; }
    public Location? Loc { get; init; }
}
