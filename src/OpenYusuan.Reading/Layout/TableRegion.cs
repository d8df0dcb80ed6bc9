using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Layout;

/// <summary>The lines of one table: from its title to the next table, part or section.</summary>
public sealed record TableRegion(string Kind, int? Number, string Title, SourceLine TitleLine, IReadOnlyList<SourceLine> Lines)
{
    /// <summary>True when the table is drawn with rules (its rows' cells have boxes): read by the grid readers.</summary>
    public bool IsRuled => Lines.Count(l => l.Boxes is { Count: >= 2 }) >= 2;
}
