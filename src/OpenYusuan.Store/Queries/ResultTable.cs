namespace OpenYusuan.Store.Queries;

/// <summary>What a query or report returns: named columns and rows of plain values (string, number, null).</summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public string? Title { get; init; }
}
