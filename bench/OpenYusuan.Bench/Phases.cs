using System.Diagnostics;
using OpenYusuan.Model;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Narrative;
using OpenYusuan.Reading.Tables;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Bench;

public static class Phases
{
    public static void Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var times = new Dictionary<string, double>();
        var bytesBy = new Dictionary<string, long>();
        void T(string name, Action a)
        {
            var b = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew(); a(); times[name] = times.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds;
            bytesBy[name] = bytesBy.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - b;
        }
        for (var rep = 0; rep < 200; rep++)
        {
            TextDecoder.Decoded dec = null!; IReadOnlyList<SourceLine> lines = null!; DocumentLayout layout = null!; MetadataReader.Result meta = null!;
            T("decode", () => dec = TextDecoder.Decode(bytes));
            T("lines", () => lines = LineSplitter.Split(dec.Text));
            T("segment", () => layout = Segmenter.Segment(lines));
            T("meta", () => meta = MetadataReader.Read(layout));
            var ctx = new ReadingContext(meta.Unit, layout.Tabbed);
            foreach (var region in layout.Tables)
                T("table " + region.Kind, () => { var t = TableKinds.IsTwoSided(region.Kind) ? new TwoSidedTableReader(ctx).Read(region) : new OneSidedTableReader(ctx).Read(region); ctx.Tables.Add(t); });
            T("sections", () => SectionReader.Read(layout.Explanation));
            T("perf", () => PerformanceReader.Read(layout.Explanation));
            T("overview", () => OverviewReader.Read(layout.Overview, null));
        }
        foreach (var (k, v) in times.OrderByDescending(x => x.Value)) Console.WriteLine($"{k,-30} {v / 200:F3} ms {bytesBy[k] / 200 / 1024,8} KB");
    }
}

public static class IncomePhases
{
    public static void Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var lines = LineSplitter.Split(TextDecoder.Decode(bytes).Text);
        var layout = Segmenter.Segment(lines);
        var region = layout.Tables.First(t => t.Kind == TableKinds.Income);
        var ctx = new ReadingContext("万元", layout.Tabbed);
        foreach (var r in layout.Tables.Where(t => t.Kind == TableKinds.Summary)) ctx.Tables.Add(new TwoSidedTableReader(ctx).Read(r));
        var times = new Dictionary<string, double>();
        void T(string name, Action a) { var sw = Stopwatch.StartNew(); a(); times[name] = times.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds; }
        for (var rep = 0; rep < 200; rep++)
        {
            TableSplit split = null!; IReadOnlyList<string> cols = null!; IReadOnlyList<RawRow> raw = null!;
            T("split", () => split = TableSplitter.Split(region.Kind, region.Lines, "万元"));
            T("columns", () => cols = HeaderColumns.Resolve(region.Kind, split.HeaderKey, out _));
            T("collect", () => raw = layout.Tabbed ? new CellRowCollector(region.Kind, 2).Collect(split.Body) : new ExtractedRowCollector(region.Kind, 2, split.Header, ctx.Notes).Collect(split.Body));
            T("place", () => new ColumnPlacement(region.Kind, cols, 2, ctx, new NoteSink(), "t").Place(raw, "万元"));
        }
        foreach (var (k, v) in times) Console.WriteLine($"  {k,-10} {v / 200:F3} ms");
    }
}
