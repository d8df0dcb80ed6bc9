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
        // A document about twice the longest one: its tables and sections printed twice (a 40-page disclosure).
        if (models.OrderByDescending(m => m.Model.Tables.Sum(t => (t.Rows?.Count ?? 0) + (t.Expense?.Count ?? 0))).FirstOrDefault() is { Model: { } big, Name: { } name })
            models.Add(($"{name} ×2", big with
            {
                Tables = [.. big.Tables, .. big.Tables.Select(t => t with { Number = t.Number + big.Tables.Count })],
                Sections = [.. big.Sections, .. big.Sections.Select(s => s with { Number = s.Number + big.Sections.Count })],
            }));
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
