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
        foreach (var path in inputs)
        {
            var model = DisclosureReader.Read(path);
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
