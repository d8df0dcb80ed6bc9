using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Builds a table's columns from its header rows. A header cell covers the columns under it: in a ruled PDF
/// its box says so; in tab-separated text a group label printed in its first cell covers the empty cells after it when
/// the rows below label them (the spans a tab export drops). Each finest column gets the labels above it, top down.</summary>
public static class GridHeader
{
    /// <summary>Tolerance for edges of the same rule seen on different rows or pages (PDF points).</summary>
    internal const double Snap = 2.5;

    public static List<GridColumn> Build(IReadOnlyList<SourceLine> header, IReadOnlyList<SourceLine> body)
    {
        var boxed = header.Concat(body).Any(l => l.Boxes is not null);
        var rows = header.Select((l, r) => Cells(l, r, header, boxed)).ToList();
        var edges = new List<double>();
        foreach (var cell in rows.SelectMany(r => r).Concat(body.SelectMany(l => Cells(l, -1, header, boxed))))
        {
            AddEdge(edges, cell.Box.Left, boxed);
            AddEdge(edges, cell.Box.Right, boxed);
        }
        edges.Sort();
        var columns = new List<GridColumn>();
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var box = new CellBox(edges[i], edges[i + 1]);
            if (box.Width < (boxed ? Snap : 0.5)) continue;
            var path = new List<string>();
            CellBox? above = null;
            foreach (var row in rows)
                foreach (var cell in row.Where(c => c.Text.Length > 0 && Covers(c.Box, box, boxed)))
                {
                    if (path.Count > 0 && TextNormalizer.Compact(path[^1]) == TextNormalizer.Compact(cell.Text)) continue;
                    // The last characters of a label wrapped into the cell below it ("公务用车运行维护" / "费").
                    if (path.Count > 0 && above == cell.Box && IsWrapTail(cell.Text)) path[^1] += cell.Text.Trim();
                    else path.Add(cell.Text);
                    above = cell.Box;
                }
            columns.Add(new GridColumn(columns.Count, box, path));
        }
        return columns;
    }

    /// <summary>A header cell labels a column whose centre it covers, edges of the same rule a little apart allowed — but
    /// only a column it overlaps: a thin column drawn beside it (a border ruled twice, Beijing) is not under it.</summary>
    private static bool Covers(CellBox cell, CellBox column, bool boxed) =>
        cell.Left - Tolerance(boxed) <= column.Center && cell.Right + Tolerance(boxed) >= column.Center
        && Math.Min(cell.Right, column.Right) - Math.Max(cell.Left, column.Left) > 0.5;

    /// <summary>The end of a label wrapped into the cell below: a character or two ("费"), or a part opening with a
    /// bracket ("（境）费用" under "因公出国"), which no label of its own does.</summary>
    private static bool IsWrapTail(string text) =>
        TextNormalizer.Compact(text) is var t
        && (t.Length <= 2 && t is not ("合计" or "小计" or "总计" or "金额" or "其中" or "项目" or "类" or "款" or "项" or "")
            || t.Length > 1 && t[0] is '（' or '(');

    /// <summary>The column a body cell falls in: the one its box overlaps most.</summary>
    public static int ColumnOf(IReadOnlyList<GridColumn> columns, CellBox box)
    {
        var best = -1;
        var bestOverlap = double.MinValue;
        foreach (var c in columns)
        {
            var overlap = Math.Min(c.Box.Right, box.Right) - Math.Max(c.Box.Left, box.Left);
            // A merged body cell (合计 across the code and name columns) belongs to its first column.
            if (overlap > bestOverlap + 0.01) { best = c.Index; bestOverlap = overlap; }
        }
        return best;
    }

    /// <summary>The non-empty cells of a line with their boxes; in header rows a group label spans the empty cells
    /// after it that the rows below label (the spans a tab export drops, or a page drawn without merging the group's
    /// cells). Merged cells of a PDF row appear once.</summary>
    public static List<GridCell> Cells(SourceLine line, int headerRow, IReadOnlyList<SourceLine> header, bool boxed)
    {
        var cells = new List<GridCell>();
        if (line.Cells is null) return cells;
        for (var i = 0; i < line.Cells.Count; i++)
        {
            var text = line.Cells[i].Trim();
            var box = line.BoxOf(i);
            if (boxed && cells.Count > 0 && cells[^1].Box == box) continue;
            if (text.Length == 0) { if (boxed) cells.Add(new GridCell("", box, -1)); continue; }
            if (headerRow >= 0 && headerRow + 1 < header.Count)
                box = Span(line, i, header.Skip(headerRow + 1).ToList(), box, boxed ? Parent(header.Take(headerRow), box) : null);
            cells.Add(new GridCell(text, box, -1));
        }
        return cells;
    }

    private static CellBox Span(SourceLine line, int i, List<SourceLine> below, CellBox own, CellBox? parent)
    {
        // A label whose end is wrapped into the cell below is one label, not a group over the cells after it.
        if (below.Count > 0 && below[0].Cells is { } under && i < under.Count && IsWrapTail(under[i])) return own;
        var next = i + 1;
        // A label never spans beyond the group printed above it (in a ruled table that group's box is drawn).
        while (next < line.Cells!.Count && line.Cells[next].Trim().Length == 0
               && (parent is not { } p || line.BoxOf(next).Right <= p.Right + Snap)) next++;
        var labelled = below.Select(l => Enumerable.Range(i, next - i).Count(k => l.Cells is { } c && k < c.Count && c[k].Trim().Length > 0)).DefaultIfEmpty(0).Max();
        // Only a group over several labelled cells spans; a single label stays in its own cell.
        var labelledBelow = Enumerable.Range(i, next - i).Count(k => below.Any(l => l.Cells is { } c && k < c.Count && c[k].Trim().Length > 0));
        return labelledBelow >= 2 && labelled >= 1 ? new CellBox(own.Left, line.BoxOf(next - 1).Right) : own;
    }

    /// <summary>The nearest labelled cell above <paramref name="box"/> in a ruled header.</summary>
    private static CellBox? Parent(IEnumerable<SourceLine> above, CellBox box)
    {
        foreach (var row in above.Reverse())
            for (var i = 0; i < (row.Cells?.Count ?? 0); i++)
                if (row.Cells![i].Trim().Length > 0 && row.BoxOf(i).Left - Snap <= box.Center && row.BoxOf(i).Right + Snap >= box.Center)
                    return row.BoxOf(i);
        return null;
    }

    private static double Tolerance(bool boxed) => boxed ? Snap : 0;

    private static void AddEdge(List<double> edges, double x, bool boxed)
    {
        var tolerance = boxed ? Snap : 0.01;
        if (edges.Any(e => Math.Abs(e - x) <= tolerance)) return;
        edges.Add(x);
    }
}
