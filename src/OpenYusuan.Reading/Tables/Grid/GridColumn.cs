using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>One column of a table as its header defines it: where it lies, the header labels above it from the
/// outermost group down to its own label, and what it holds — a figure column (<see cref="Key"/>) or a label
/// column (<see cref="Role"/>: code, name, project, unit, text, ignore).</summary>
public sealed record GridColumn(int Index, CellBox Box, IReadOnlyList<string> Path)
{
    public string? Key { get; set; }
    public string? Role { get; set; }
    /// <summary>True when no rule of the family names the column (or another column took its key): its key is the
    /// printed header.</summary>
    public bool AsPrinted { get; set; }

    public string Label => Path.Count > 0 ? Path[^1] : "";

    public bool IsFigure => Key is not null;

    /// <summary>The header as printed, group / label, for notes.</summary>
    public string Printed => string.Join("/", Path.Select(TextNormalizer.Compact));
}

/// <summary>A cell of a table row with the column it falls in.</summary>
public sealed record GridCell(string Text, CellBox Box, int Column);
