namespace OpenYusuan.Model;

/// <summary>第一部分 概况: functions, internal divisions, sub-units (汇总) and staffing.</summary>
public sealed record Overview
{
    public IReadOnlyList<string> Functions { get; init; } = [];
    public IReadOnlyList<string> Divisions { get; init; } = [];
    public IReadOnlyList<string> Units { get; init; } = [];
    public Staffing? Staffing { get; init; }
}
