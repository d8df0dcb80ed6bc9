namespace OpenYusuan.Model;

/// <summary>One line of the 目录: what the document announces.</summary>
public sealed record TocEntry
{
    public int? Part { get; init; }
    public int? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>Table kind when the entry names a standard table.</summary>
    public string? Kind { get; init; }
}
