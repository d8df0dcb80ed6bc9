namespace OpenYusuan.Model.Findings;

/// <summary>A table cell (table/row/column, side/item for two-sided tables, project) or a narrative
/// place (section/subsection/claim), with the source position.</summary>
public sealed record FindingLocation
{
    public string? Table { get; init; }
    public int? Number { get; init; }
    public string? Side { get; init; }
    public string? Item { get; init; }
    public string? Row { get; init; }
    public string? Project { get; init; }
    public string? Column { get; init; }
    /// <summary>A section number, or "overview", "performance", "glossary", "toc".</summary>
    public string? Section { get; init; }
    public int? Subsection { get; init; }
    public int? Claim { get; init; }
    public int? Line { get; init; }
    public int? Page { get; init; }
    public IReadOnlyList<double>? Bbox { get; init; }
    /// <summary>A workbook's sheet and cell ("B12"), for a disclosure read from XLSX.</summary>
    public string? Sheet { get; init; }
    public string? Cell { get; init; }
}
