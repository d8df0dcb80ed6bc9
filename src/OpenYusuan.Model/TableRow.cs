namespace OpenYusuan.Model;

/// <summary>One printed row of a table. Which key fields are set depends on the table kind:
/// code rows carry <see cref="Code"/>, income lines of two-sided tables carry <see cref="Item"/>
/// and <see cref="Label"/>, project rows carry <see cref="Project"/>.</summary>
public sealed record TableRow
{
    public string? Code { get; init; }
    public string? Item { get; init; }
    public string? Label { get; init; }
    public string? Name { get; init; }
    public string? Project { get; init; }
    /// <summary>Sub-unit (下属单位) named for this row in a consolidated (汇总) document.</summary>
    public string? Unit { get; init; }
    /// <summary>Column key → amount in the table's unit, printed precision kept.</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; init; } = new Dictionary<string, decimal>();
    public Location? Loc { get; init; }
}
