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
