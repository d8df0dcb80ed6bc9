using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace OpenYusuan.Reading.Pdf;

/// <summary>The ruled tables of a page (lattice): the horizontal and vertical rules a PDF draws (stroked lines, or
/// the thin filled rectangles Word and browsers draw borders with) joined into grids. Each band between two
/// rules is a row; the rules that cross a band cut it into that row's cells, so merged header cells and text
/// wrapped inside a cell come out as one cell. Pages whose tables are not ruled (some WPS exports) have no grid
/// and are read by column alignment instead.</summary>
public static class PdfGrid
{
    public sealed record Segment(double Fixed, double From, double To);

    /// <summary>One grid: its rules, and the rows (top first) each cut into cells (left to right).</summary>
    public sealed record Grid(double Left, double Bottom, double Right, double Top, IReadOnlyList<Row> Rows, IReadOnlyList<double> Columns)
    {
        public bool Contains(double x, double y) => x >= Left - 1 && x <= Right + 1 && y >= Bottom - 1 && y <= Top + 1;

        /// <summary>The finest column an edge starts (every vertical rule of the grid is a column edge).</summary>
        public int ColumnOf(double x) => Nearest(Columns, x);
    }

    /// <summary>The index of the value of the ascending <paramref name="sorted"/> nearest to <paramref name="x"/> (the
    /// first of two as near), found by bisection: a grid of many columns costs log n per lookup, not n.</summary>
    private static int Nearest(IReadOnlyList<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && Math.Abs(sorted[lo - 1] - x) <= Math.Abs(sorted[lo] - x) ? lo - 1 : lo;
    }

    public sealed record Row(double Top, double Bottom, IReadOnlyList<double> Edges);

    private const double Thin = 2.5;     // a filled rectangle this thin is a rule
    private const double Snap = 1.5;     // rules this close are the same rule
    private const double MinCell = 3;    // narrower bands or cells are double rules, not cells

    /// <summary>The page's grids; none on a page of more rules than <see cref="ReadingLimits.MaxRulesPerPage"/> (its text
    /// is then read by alignment), so that the work stays bounded whatever a page draws.</summary>
    public static IReadOnlyList<Grid> Find(Page page, CancellationToken cancel = default)
    {
        var (horizontal, vertical) = Rules(page);
        if (horizontal.Count + vertical.Count > ReadingLimits.MaxRulesPerPage * 50) return [];
        horizontal = Merge(horizontal);
        vertical = Merge(vertical);
        if (horizontal.Count > ReadingLimits.MaxRulesPerPage || vertical.Count > ReadingLimits.MaxRulesPerPage) return [];
        var grids = new List<Grid>();
        foreach (var (hs, vs) in Components(horizontal, vertical))
        {
            cancel.ThrowIfCancellationRequested();
            if (hs.Count < 2 || vs.Count < 2) continue;
            var right = vs.Max(v => v.Fixed);
            var ys = hs.Select(h => h.Fixed).Distinct().OrderByDescending(y => y).ToList();
            var rows = new List<Row>();
            for (var i = 0; i + 1 < ys.Count; i++)
            {
                var (top, bottom) = (ys[i], ys[i + 1]);
                if (top - bottom < MinCell) continue;
                var mid = (top + bottom) / 2;
                var edges = vs.Where(v => v.From <= mid && v.To >= mid).Select(v => v.Fixed).OrderBy(x => x).ToList();
                // A band whose outer border is not drawn (WPS leaves the title and group rows of a table open on the
                // right) still reaches the table's edge: its text is a cell, not lost.
                if (edges.Count > 0 && right - edges[^1] >= MinCell
                    && hs.Any(h => Math.Abs(h.Fixed - top) < 0.5 && h.To >= right - Snap) && hs.Any(h => Math.Abs(h.Fixed - bottom) < 0.5 && h.To >= right - Snap))
                    edges.Add(right);
                edges = edges.Where((x, k) => k == 0 || x - edges[k - 1] >= MinCell).ToList();
                if (edges.Count >= 2) rows.Add(new Row(top, bottom, edges));
            }
            foreach (var table in Tables(rows))
            {
                // A box around text is not a table; one row of three or more cells is (the last row of a table that
                // a page break cut off).
                if (table.Count < 2 ? table[0].Edges.Count < 4 : table.Max(r => r.Edges.Count) < 3) continue;
                var columns = table.SelectMany(r => r.Edges).Order().ToList();
                columns = columns.Where((x, k) => k == 0 || x - columns[k - 1] >= MinCell).ToList();
                grids.Add(new Grid(columns[0], table[^1].Bottom, columns[^1], table[0].Top, table, columns));
            }
        }
        return grids;
    }

    /// <summary>Rows split where one table ends and another touching it begins: within a table every row's cell edges
    /// are a subset of the finer rows' edges (merged header cells) or the other way round; two tables' are not.</summary>
    private static IEnumerable<List<Row>> Tables(List<Row> rows)
    {
        var table = new List<Row>();
        var union = new List<double>(); // ascending, so that each lookup is a bisection
        static bool Near(IReadOnlyList<double> sorted, double x) => sorted.Count > 0 && Math.Abs(sorted[Nearest(sorted, x)] - x) <= Snap;
        static bool Within(IEnumerable<double> a, IReadOnlyList<double> b) => a.All(x => Near(b, x));
        foreach (var row in rows)
        {
            if (table.Count > 0 && !Within(row.Edges, union) && !Within(union, row.Edges))
            {
                yield return table;
                (table, union) = ([], []);
            }
            table.Add(row);
            foreach (var x in row.Edges.Where(x => !Near(union, x)).ToList())
            {
                var at = union.BinarySearch(x);
                union.Insert(at < 0 ? ~at : at, x);
            }
        }
        if (table.Count > 0) yield return table;
    }

    /// <summary>Axis-parallel rules: straight segments of stroked paths, and thin filled rectangles.</summary>
    private static (List<Segment> H, List<Segment> V) Rules(Page page)
    {
        var h = new List<Segment>();
        var v = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled)) continue;
            foreach (var sub in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    if (sub.GetBoundingRectangle() is not { } r) continue;
                    if (r.Height <= Thin && r.Width > r.Height) h.Add(new Segment((r.Bottom + r.Top) / 2, r.Left, r.Right));
                    else if (r.Width <= Thin && r.Height > r.Width) v.Add(new Segment((r.Left + r.Right) / 2, r.Bottom, r.Top));
                    continue;
                }
                PdfPoint? start = null, at = null;
                foreach (var command in sub.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move m: start = at = m.Location; break;
                        case PdfSubpath.Line l:
                            Add(l.From, l.To);
                            at = l.To;
                            break;
                        case PdfSubpath.Close when start is { } s && at is { } a: Add(a, s); at = s; break;
                        case PdfSubpath.BezierCurve b: at = b.EndPoint; break;
                    }
                }
            }
        }
        return (h, v);

        void Add(PdfPoint a, PdfPoint b)
        {
            if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) > MinCell) h.Add(new Segment(a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
            else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) > MinCell) v.Add(new Segment(a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    /// <summary>Rules on the same line that touch or overlap become one.</summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var group in Cluster(segments.OrderBy(s => s.Fixed).ToList()))
        {
            var at = group.Average(s => s.Fixed);
            Segment? current = null;
            foreach (var s in group.OrderBy(s => s.From))
            {
                if (current is not null && s.From <= current.To + Snap) current = current with { To = Math.Max(current.To, s.To) };
                else
                {
                    if (current is not null) merged.Add(current);
                    current = new Segment(at, s.From, s.To);
                }
            }
            if (current is not null) merged.Add(current);
        }
        return merged;
    }

    private static IEnumerable<List<Segment>> Cluster(List<Segment> sorted)
    {
        var group = new List<Segment>();
        foreach (var s in sorted)
        {
            if (group.Count > 0 && s.Fixed - group[^1].Fixed > Snap) { yield return group; group = []; }
            group.Add(s);
        }
        if (group.Count > 0) yield return group;
    }

    /// <summary>Rules that cross or touch each other, grouped: one group per table.</summary>
    private static IEnumerable<(List<Segment> H, List<Segment> V)> Components(List<Segment> h, List<Segment> v)
    {
        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < h.Count; i++)
            for (var j = 0; j < v.Count; j++)
                if (v[j].Fixed >= h[i].From - Snap && v[j].Fixed <= h[i].To + Snap && h[i].Fixed >= v[j].From - Snap && h[i].Fixed <= v[j].To + Snap)
                    parent[Find(i)] = Find(h.Count + j);
        return Enumerable.Range(0, h.Count + v.Count).GroupBy(Find).Select(g =>
            (g.Where(i => i < h.Count).Select(i => h[i]).ToList(), g.Where(i => i >= h.Count).Select(i => v[i - h.Count]).ToList()));
    }
}
