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
        void T(string name, Action a) { var sw = Stopwatch.StartNew(); a(); times[name] = times.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds; }
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
        foreach (var (k, v) in times.OrderByDescending(x => x.Value)) Console.WriteLine($"{k,-30} {v / 200:F3} ms");
    }
}
