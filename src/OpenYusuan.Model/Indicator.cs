using System.Text.Json.Serialization;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Model;

/// <summary>One row of a performance-target (绩效目标) table.</summary>
public sealed record Indicator
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Level3 { get; init; }
    public string? Value { get; init; }
    public string? Basis { get; init; }
    public string? Prior { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? Weight { get; init; }
    public string? Scoring { get; init; }
    public string? Evidence { get; init; }
    /// <summary>决算 self-evaluation (绩效自评表): 实际完成值, 得分, 偏差原因分析及改进措施.</summary>
    public string? Actual { get; init; }
    [JsonConverter(typeof(NumberConverter))]
    public decimal? Score { get; init; }
    public string? Deviation { get; init; }
    /// <summary>The value and the 实际完成值 read as figures where each is one (derived, never read back from JSON).</summary>
    public IndicatorMeasure? Target => IndicatorMeasure.Parse(Value);
    public IndicatorMeasure? Achieved => IndicatorMeasure.Parse(Actual);
    public Location? Loc { get; init; }
}
