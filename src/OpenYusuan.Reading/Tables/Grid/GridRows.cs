using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>The rows of a table's body that hold its content: not the 栏次 numbering, a template's "……" rows, the
/// title or unit printed again, or the header repeated on a continuation page.</summary>
public static class GridRows
{
    /// <summary>A ruled region read into its parts, its columns (labels above each) and its content rows, each cell in
    /// the column it is printed under — what every grid reader starts from.</summary>
    public static (GridLines.Parts Parts, List<GridColumn> Columns, List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> Rows) Read(TableRegion region)
    {
        var parts = GridLines.Split(region);
        var (header, body) = GridPages.JoinRight(region, parts.Header, parts.Body.Where(l => l.Cells is not null && !l.IsBlank).ToList());
        parts = parts with { Header = header };
        var bodyLines = GridPages.Align(parts.Header, body);
        var columns = GridHeader.Build(parts.Header, bodyLines);
        return (parts, columns, Collect(region, parts.Header, bodyLines, GridColumns.Place(columns, bodyLines, parts.Header)));
    }

    public static List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> Collect(TableRegion region, IReadOnlyList<SourceLine> header,
        IReadOnlyList<SourceLine> bodyLines, IReadOnlyList<IReadOnlyList<GridCell>> placed)
    {
        var headerTexts = header.SelectMany(h => h.Cells ?? []).Select(TextNormalizer.Compact).Where(t => t.Length > 0).ToHashSet();
        var rows = new List<(SourceLine Line, IReadOnlyList<GridCell> Cells)>();
        for (var i = 0; i < bodyLines.Count; i++)
        {
            var line = bodyLines[i];
            var cells = placed[i];
            if (cells.Count == 0 || GridLines.IsNumbering(cells.Select(c => c.Text).ToList())) continue;
            // A template's "……" row stands for rows left out.
            if (cells.All(c => c.Text.Trim().All(ch => ch is '…' or '.' or '·' or '—'))) continue;
            // A footnote ruled into the grid's last row (注：项目类别指…) explains the table; a note that the table is empty
            // is kept for the reader to take.
            if (TextNormalizer.Compact(cells[0].Text) is var first && RowLabels.IsFootnote(first) && !RowLabels.IsEmptyNote(first) && !GridLines.IsData(line)) continue;
            string? u = null, p = null;
            if (GridLines.IsPreamble(line, region, ref u, ref p)) continue;
            // The header printed again on a continuation page: rows above the page's first figure that repeat a label of it.
            if (!GridLines.IsData(line) && (cells.All(c => headerTexts.Contains(TextNormalizer.Compact(c.Text)))
                || TopOfGrid(bodyLines, i) && cells.Any(c => headerTexts.Contains(TextNormalizer.Compact(c.Text))))) continue;
            rows.Add((line, cells));
        }
        return rows;
    }

    /// <summary>True when line <paramref name="i"/> is in a continuation grid (a later page, a second grid) above
    /// that grid's first row of figures.</summary>
    private static bool TopOfGrid(IReadOnlyList<SourceLine> lines, int i)
    {
        if (i == 0 || lines[i].Grid is null) return false;
        for (var k = i - 1; k >= 0 && lines[k].Grid == lines[i].Grid; k--)
            if (GridLines.IsData(lines[k])) return false;
        return lines.Take(i).Any(l => l.Grid != lines[i].Grid);
    }

}
