using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Turns a PDF's text layer into lines laid out like the page: words grouped into lines by their
/// baseline, top to bottom, placed at the column their x position gives (one column per character width),
/// so the table readers see rows and the gaps between cells. Each line remembers its page and box.</summary>
public static class PdfLines
{
    public sealed record Line(int Page, string Text, double[] Bbox);

    public static IReadOnlyList<Line> Read(byte[] bytes)
    {
        using var document = OpenDocument(bytes);
        var lines = new List<Line>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            if (words.Count == 0) continue;
            var charWidth = Median(words.Select(w => w.BoundingBox.Width / Math.Max(1, w.Text.Length)));
            var height = Median(words.Select(w => w.BoundingBox.Height));
            var left = words.Min(w => w.BoundingBox.Left);
            var grids = PdfGrid.Find(page);
            var placed = new List<(double Top, Line Line)>();
            var free = new List<Word>();
            var inGrid = grids.ToDictionary(g => g, _ => new List<Word>());
            foreach (var w in words)
            {
                var (x, y) = (w.BoundingBox.Centroid.X, w.BoundingBox.Centroid.Y);
                if (grids.FirstOrDefault(g => g.Contains(x, y)) is { } grid) inGrid[grid].Add(w);
                else free.Add(w);
            }
            foreach (var group in GroupByBaseline(free, Math.Max(1, height * 0.5)))
                placed.Add((group.Max(w => w.BoundingBox.Top), Render(page.Number, group, charWidth, left)));
            foreach (var (grid, gridWords) in inGrid)
                placed.AddRange(CellLines(page.Number, grid, gridWords, height));
            lines.AddRange(placed.OrderByDescending(p => p.Top).Select(p => p.Line));
            lines.Add(new Line(page.Number, "\f", [0, 0, 0, 0]));
        }
        return lines;
    }

    /// <summary>A ruled table's rows as tab-separated lines: each cell's words in reading order, the lines of a
    /// wrapped cell run together (a name or number wrapped in its cell is one text again).</summary>
    private static IEnumerable<(double Top, Line Line)> CellLines(int page, PdfGrid.Grid grid, List<Word> words, double height)
    {
        foreach (var row in grid.Rows)
        {
            var mine = words.Where(w => w.BoundingBox.Centroid.Y <= row.Top && w.BoundingBox.Centroid.Y > row.Bottom).ToList();
            if (mine.Count == 0) continue;
            // Cells are placed on the grid's finest columns, a merged cell in the first column it covers (as HTML
            // colspan is read), so a figure has the same cell index in every row.
            var cells = Enumerable.Repeat("", Math.Max(1, grid.Columns.Count - 1)).ToArray();
            for (var c = 0; c + 1 < row.Edges.Count; c++)
            {
                var (from, to) = (row.Edges[c], row.Edges[c + 1]);
                var inCell = mine.Where(w => w.BoundingBox.Centroid.X >= from && w.BoundingBox.Centroid.X < to).ToList();
                var at = Math.Min(cells.Length - 1, grid.ColumnOf(from));
                cells[at] = string.Concat(GroupByBaseline(inCell, Math.Max(1, height * 0.5))
                    .Select(l => string.Join(' ', l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
            }
            yield return (row.Top, new Line(page, string.Join('\t', cells), [
                Math.Round(row.Edges[0], 1), Math.Round(row.Bottom, 1), Math.Round(row.Edges[^1], 1), Math.Round(row.Top, 1)]));
        }
    }

    private static PdfDocument OpenDocument(byte[] bytes)
    {
        try { return PdfDocument.Open(bytes); }
        catch (Exception e) when (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || e.GetType().Name.Contains("Password"))
        {
            throw new UnusableInputException("PDF 已加密（需要密码），无法读取");
        }
        catch (Exception e)
        {
            throw new UnusableInputException($"PDF 文件损坏或不完整：{e.Message}");
        }
    }

    /// <summary>Words whose baselines are within half a line height of each other form one line, top first.</summary>
    private static IEnumerable<List<Word>> GroupByBaseline(List<Word> words, double tolerance)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var current = new List<Word>();
        double? baseline = null;
        foreach (var w in sorted)
        {
            if (baseline is { } b && Math.Abs(w.BoundingBox.Bottom - b) > tolerance)
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0) baseline = w.BoundingBox.Bottom;
            current.Add(w);
        }
        if (current.Count > 0) yield return current;
    }

    private static Line Render(int page, List<Word> words, double charWidth, double left)
    {
        var sb = new StringBuilder();
        foreach (var w in words.OrderBy(w => w.BoundingBox.Left))
        {
            var column = (int)Math.Round((w.BoundingBox.Left - left) / charWidth);
            if (sb.Length < column) sb.Append(' ', column - sb.Length);
            else if (sb.Length > 0) sb.Append(' ');
            sb.Append(w.Text);
        }
        return new Line(page, sb.ToString(), [
            Math.Round(words.Min(w => w.BoundingBox.Left), 1), Math.Round(words.Min(w => w.BoundingBox.Bottom), 1),
            Math.Round(words.Max(w => w.BoundingBox.Right), 1), Math.Round(words.Max(w => w.BoundingBox.Top), 1)]);
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Where(v => v > 0).Order().ToList();
        return list.Count == 0 ? 1 : list[list.Count / 2];
    }
}
