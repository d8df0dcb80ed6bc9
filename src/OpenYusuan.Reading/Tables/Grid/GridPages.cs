using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>A ruled table continued in another grid (the next page, or a second grid on the same page) need not keep
/// its column widths: each grid is laid out on its own (a web page printed to PDF, a sheet exported page by page).
/// When a continuation grid has as many column rules as the grid with the header, its cells are moved onto the header
/// grid's rules, rule by rule, so one set of columns serves the whole table.</summary>
public static class GridPages
{
    public static List<SourceLine> Align(IReadOnlyList<SourceLine> header, IReadOnlyList<SourceLine> body)
    {
        if (!body.Any(l => l.Boxes is not null)) return body.ToList();
        var first = header.FirstOrDefault(l => l.Boxes is not null)?.Grid ?? body.First(l => l.Boxes is not null).Grid;
        var master = Edges(header.Concat(body).Where(l => l.Grid == first));
        var moved = new Dictionary<int, Func<double, double>?>();
        var result = new List<SourceLine>();
        foreach (var line in body)
        {
            if (line.Boxes is null || line.Grid == first) { result.Add(line); continue; }
            if (!moved.TryGetValue(line.Grid ?? 0, out var map))
                moved[line.Grid ?? 0] = map = Map(Edges(body.Where(l => l.Grid == line.Grid)), master);
            result.Add(map is null ? line : line with { Boxes = line.Boxes.Select(b => new CellBox(map(b.Left), map(b.Right))).ToList() });
        }
        return result;
    }

    /// <summary>A table too wide for its page continued to the right on the next one (Beijing's 收入总表: 其他收入 and the
    /// 上年结转结余 columns on the second page). The continuation grid prints a header of its own naming columns the
    /// first page's header does not, and as many rows as the first page; its row labels, where repeated, are the first
    /// page's. A table continued downwards repeats the same header, or none, and goes on with other rows. Such a grid's
    /// columns are put after the first page's, its header rows beside the first page's (aligned from the bottom: labels
    /// beside labels, groups beside groups), and each of its rows beside the first page's row of the same rank.</summary>
    public static (List<SourceLine> Header, List<SourceLine> Body) JoinRight(TableRegion region, IReadOnlyList<SourceLine> header,
        IReadOnlyList<SourceLine> body)
    {
        var head = header.ToList();
        var rows = body.ToList();
        var first = head.FirstOrDefault(l => l.Boxes is not null)?.Grid;
        if (first is null) return (head, rows);
        foreach (var grid in rows.Where(l => l.Boxes is not null && l.Grid != first).Select(l => l.Grid).Distinct().ToList())
        {
            var master = rows.Where(l => l.Grid == first).ToList();
            var lines = rows.Where(l => l.Grid == grid).ToList();
            var start = lines.FindIndex(GridLines.IsData);
            if (start <= 0 || master.Count == 0) continue;
            string? u = null, p = null;
            var own = lines.Take(start).Where(l => !GridLines.IsPreamble(l, region, ref u, ref p)
                && !GridLines.IsNumbering(l.Cells!.Select(c => c.Trim()).Where(c => c.Length > 0).ToList())).ToList();
            var data = lines.Skip(start).ToList();
            if (own.Count == 0 || data.Count != master.Count) continue;
            var known = head.SelectMany(l => l.Cells ?? []).Select(TextNormalizer.Compact).Where(t => t.Length > 0).ToHashSet();
            if (own.SelectMany(l => l.Cells!).Select(TextNormalizer.Compact).All(t => t.Length == 0 || known.Contains(t))) continue;
            // Row labels printed again on the continuation are the first page's, row by row; they are not columns again.
            var labels = LabelCells(data);
            if (labels > 0 && !data.Zip(master).All(r => Label(r.First, labels) == Label(r.Second, LabelCells([r.Second])))) continue;
            // A part is never larger than the whole: no figure of a continued row exceeds the largest of its first part.
            if (!data.Zip(master).All(r => Figures(r.First).DefaultIfEmpty(0).Max() <= Figures(r.Second).DefaultIfEmpty(0).Max())) continue;
            var right = head.Concat(master).Where(l => l.Boxes is not null).SelectMany(l => l.Boxes!).Max(b => b.Right);
            var left = own.Concat(data).SelectMany(l => l.Boxes!.Skip(labels)).Min(b => b.Left);
            SourceLine? Part(SourceLine? line) => line is null ? null : line with
            {
                Cells = line.Cells!.Skip(labels).ToList(),
                Boxes = line.Boxes!.Skip(labels).Select(b => new CellBox(b.Left - left + right, b.Right - left + right)).ToList(),
            };
            var joined = new List<SourceLine>();
            for (var j = Math.Max(head.Count, own.Count) - 1; j >= 0; j--)
            {
                var (a, b) = (Pick(head, j), Pick(own, j));
                joined.Add(Join(a ?? Blank(head[^1]), Part(b) ?? Blank(Part(own[^1])!)));
            }
            head = joined;
            var joinedRows = master.Zip(data).ToDictionary(r => r.First, r => Join(r.First, Part(r.Second)!));
            rows = rows.Where(l => l.Grid != grid).Select(l => joinedRows.GetValueOrDefault(l, l)).ToList();
        }
        return (head, rows);

        // Header row j counted from the bottom.
        static SourceLine? Pick(List<SourceLine> lines, int j) => j < lines.Count ? lines[lines.Count - 1 - j] : null;
        static SourceLine Blank(SourceLine like) => like with { Cells = like.Cells!.Select(_ => "").ToList() };
        static SourceLine Join(SourceLine a, SourceLine b) =>
            SourceLine.FromCells(a.Number, a.Cells!.Concat(b.Cells!).ToList(), a.Boxes!.Concat(b.Boxes!).ToList())
                with { Page = a.Page, Bbox = a.Bbox, Grid = a.Grid, Indent = a.Indent };
    }

    /// <summary>How many leading cells of the rows hold no figure in any row (codes and names).</summary>
    private static int LabelCells(IReadOnlyList<SourceLine> rows)
    {
        var count = rows.Min(l => l.Cells!.Count);
        var k = 0;
        while (k < count && rows.All(l => !GridFigures.IsAmountLike(l.Cells![k].Trim()))) k++;
        return k == count ? 0 : k;
    }

    private static string Label(SourceLine line, int cells) => TextNormalizer.Compact(string.Concat(line.Cells!.Take(cells)));

    private static IEnumerable<decimal> Figures(SourceLine line) =>
        line.Cells!.Select(c => GridFigures.TryParse(c, out var v, out _) ? v : (decimal?)null).Where(v => v is not null).Select(v => v!.Value);

    /// <summary>Each x of a grid moved onto the master's rules when both grids have the same number of rules and
    /// they differ; null when the grid already matches or cannot be matched rule for rule.</summary>
    private static Func<double, double>? Map(List<double> page, List<double> master)
    {
        if (page.Count != master.Count || page.Zip(master).All(p => Math.Abs(p.First - p.Second) <= GridHeader.Snap)) return null;
        return x =>
        {
            var i = page.FindIndex(e => Math.Abs(e - x) <= GridHeader.Snap);
            return i >= 0 ? master[i] : x;
        };
    }

    private static List<double> Edges(IEnumerable<SourceLine> lines)
    {
        var edges = new List<double>();
        foreach (var line in lines.Where(l => l.Boxes is not null))
            foreach (var b in line.Boxes!)
                foreach (var x in new[] { b.Left, b.Right })
                    if (!edges.Any(e => Math.Abs(e - x) <= GridHeader.Snap)) edges.Add(x);
        edges.Sort();
        return edges;
    }
}
