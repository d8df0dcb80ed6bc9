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
    public Location? Loc { get; init; }
}
