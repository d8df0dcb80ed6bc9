using System.Diagnostics;
using OpenYusuan.Reading;
using OpenYusuan.Rendering;

namespace OpenYusuan.Bench;

/// <summary>`--render`: how long rendering takes per format, warm, for each corpus document and the example (the
/// Shanghai PDFs give the longest documents), with the page count of the rendered PDF beside it.</summary>
public static class RenderTimes
{
    public static int Run(IEnumerable<string> inputs)
    {
        var models = inputs.Select(p => (Name: Path.GetFileName(p), Model: DisclosureReader.Read(p))).ToList();
        // A document of at least 40 pages: the longest one with its tables and sections printed k times.
        if (models.OrderByDescending(m => m.Model.Tables.Sum(t => (t.Rows?.Count ?? 0) + (t.Expense?.Count ?? 0))).FirstOrDefault() is { Model: { } big, Name: { } name })
            for (var k = 2; k <= 8; k++)
            {
                var copies = Enumerable.Range(0, k).ToList();
                var longer = big with
                {
                    Tables = copies.SelectMany(c => big.Tables.Select(t => t with { Number = t.Number + c * big.Tables.Count })).ToList(),
                    Sections = copies.SelectMany(c => big.Sections.Select(s => s with { Number = s.Number + c * big.Sections.Count })).ToList(),
                };
                using var probe = UglyToad.PdfPig.PdfDocument.Open(Renderer.Render(longer, "pdf"));
                if (probe.NumberOfPages < 40 && k < 8) continue;
                models.Add(($"{name} ×{k}", longer));
                break;
            }
        foreach (var (path, model) in models)
        {
            var pdf = Renderer.Render(model, "pdf");
            using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var line = $"{Path.GetFileName(path),-36} {doc.NumberOfPages,3} pages";
            foreach (var format in Renderer.Formats)
            {
                for (var i = 0; i < 3; i++) Renderer.Render(model, format); // warm-up
                const int n = 10;
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < n; i++) Renderer.Render(model, format);
                line += $"   {format} {sw.Elapsed.TotalMilliseconds / n,7:F1} ms";
            }
            Console.WriteLine(line);
        }
        return 0;
    }
}
