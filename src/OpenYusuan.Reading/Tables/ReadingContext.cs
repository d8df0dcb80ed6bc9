using OpenYusuan.Model;

namespace OpenYusuan.Reading.Tables;

/// <summary>What the table readers share while reading one document: the tables read so far (for
/// figures repeated between tables), the names the document gives its codes, and the notes.</summary>
public sealed class ReadingContext(string documentUnit, bool cells)
{
    public string DocumentUnit { get; } = documentUnit;
    /// <summary>True when tables are tab-separated cells rather than text extracted from PDF.</summary>
    public bool Cells { get; } = cells;
    public List<DisclosureTable> Tables { get; } = [];
    public NoteSink Notes { get; } = new();
    /// <summary>Code → name as this document prints it (first occurrence wins).</summary>
    public Dictionary<string, string> CodeNames { get; } = [];

    public DisclosureTable? Table(string kind) => Tables.FirstOrDefault(t => t.Kind == kind);
}
