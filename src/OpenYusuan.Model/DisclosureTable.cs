using System.Text.Json.Serialization;

namespace OpenYusuan.Model;

/// <summary>A standard table of the disclosure. One-sided tables use <see cref="Rows"/> and
/// <see cref="Totals"/>; two-sided ones (summary, fiscal_summary) use <see cref="Income"/>,
/// <see cref="Expense"/>, <see cref="IncomeTotal"/> and <see cref="ExpenseTotals"/>.</summary>
public sealed record DisclosureTable
{
    public required string Kind { get; init; }
    public int? Number { get; init; }
    public string? Title { get; init; }
    public required string Unit { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? EmptyNote { get; init; }
    public IReadOnlyList<string> Columns { get; init; } = [];
    public IReadOnlyList<TableRow>? Rows { get; init; }
    public IReadOnlyDictionary<string, decimal>? Totals { get; init; }
    public IReadOnlyList<TableRow>? Income { get; init; }
    public IReadOnlyList<TableRow>? Expense { get; init; }
    public IReadOnlyList<TableRow>? ExpenseByPurpose { get; init; }
    /// <summary>A side listing expense by economic 类 (Xi'an's 政府预算支出经济分类 beside 功能分类 and 支出用途).</summary>
    public IReadOnlyList<TableRow>? ExpenseByEconomic { get; init; }
    public decimal? IncomeTotal { get; init; }
    public IReadOnlyDictionary<string, decimal>? ExpenseTotals { get; init; }
    public Location? Loc { get; init; }

    [JsonIgnore]
    public bool IsTwoSided => Income is not null || Expense is not null;

    [JsonIgnore]
    /// <summary>True when the table prints no figure at all (an empty table, usually with its note).</summary>
    public bool IsEmpty =>
        (Rows ?? []).All(r => r.Values.Count == 0) && (Totals ?? new Dictionary<string, decimal>()).Count == 0
        && (Income ?? []).All(r => r.Values.Count == 0) && (Expense ?? []).All(r => r.Values.Count == 0)
        && IncomeTotal is null && (ExpenseTotals ?? new Dictionary<string, decimal>()).Count == 0;
}
