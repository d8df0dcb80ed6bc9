using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>A table printed as parts side by side (the 决算 基本支出表: 科目代码 | 科目名称 | 决算数 two or three times across
/// the page, 人员经费 on the left and 公用经费 on the right): its header repeats the same run of labels, starting with a
/// label column. Each part is read as a table of its own, left to right.</summary>
public static class GridHalves
{
    /// <summary>The parts' column ranges, or null when the header does not repeat a run of labels.</summary>
    public static List<(int From, int Count)>? Cut(string kind, IReadOnlyList<GridColumn> columns)
    {
        var labels = columns.Select(c => string.Join("/", c.Path.Select(TextNormalizer.Compact))).ToList();
        var n = labels.Count;
        for (var width = 2; width <= n / 2; width++)
        {
            if (n % width != 0) continue;
            var run = labels.Take(width).ToList();
            // A part starts with the code or name it labels its rows with, and repeats exactly.
            if (run.Any(l => l.Length == 0) || TableFamily.LabelRole(kind, columns[0].Label) is not ("code" or "name")) continue;
            if (Enumerable.Range(width, n - width).All(i => labels[i] == run[i % width]))
                return Enumerable.Range(0, n / width).Select(p => (p * width, width)).ToList();
        }
        return null;
    }

    /// <summary>One part's columns and rows, re-indexed from 0 as if it were printed alone; rows that print nothing in
    /// the part are left out.</summary>
    public static (List<GridColumn> Columns, List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> Rows) Part(
        IReadOnlyList<GridColumn> columns, IReadOnlyList<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows, (int From, int Count) part)
    {
        var partColumns = columns.Skip(part.From).Take(part.Count).Select(c => new GridColumn(c.Index - part.From, c.Box, c.Path)).ToList();
        var partRows = rows
            .Select(r => (r.Line, Cells: (IReadOnlyList<GridCell>)r.Cells
                .Where(c => c.Column >= part.From && c.Column < part.From + part.Count && c.Text.Trim().Length > 0)
                .Select(c => c with { Column = c.Column - part.From }).ToList()))
            .Where(r => r.Cells.Count > 0).ToList();
        return (partColumns, partRows);
    }
}
