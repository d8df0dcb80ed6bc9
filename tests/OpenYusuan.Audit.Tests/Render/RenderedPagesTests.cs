using OpenYusuan.Reading.Tests.Support;
using SkiaSharp;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>Rendered pages as a person sees them: the PDF (pdftoppm) and the DOCX (LibreOffice headless, then
/// pdftoppm) turned into images, every page blank in its outer margin band (nothing runs off the page or into
/// the margins, not even a table cell longer than a page), and as many pages as the document needs (tables of 11
/// sections do not fit in a handful).</summary>
public sealed class RenderedPagesTests() : TempFolder("pages")
{
    [SkippableTheory]
    [InlineData("pdf", false)]
    [InlineData("docx", false)]
    [InlineData("pdf", true)]
    [InlineData("docx", true)]
    public void Every_page_keeps_its_margins_clear(string format, bool longCell)
    {
        Skip.If(!File.Exists("/usr/bin/pdftoppm"), "pdftoppm (poppler-utils) is not installed; ./run-tests installs it");
        Skip.If(format == "pdf" && OpenYusuan.Rendering.Pdf.CjkFont.Path is null, "no CJK font (fonts-wqy-zenhei); ./run-tests installs it");
        Skip.If(format == "docx" && !File.Exists("/usr/bin/soffice"), "LibreOffice is not installed; ./run-tests installs it");
        var input = SharedFiles.Example;
        if (longCell)
        {
            // A cell longer than a page (the overall target's 年度绩效目标 twenty times over) is cut between its lines.
            var lines = File.ReadAllLines(input);
            var at = Array.FindIndex(lines, l => l.StartsWith("年度绩效目标\t", StringComparison.Ordinal));
            Assert.True(at > 0);
            var cells = lines[at].Split('\t');
            cells[1] = string.Concat(Enumerable.Repeat(cells[1], 20));
            lines[at] = string.Join('\t', cells);
            input = Path.Combine(Dir, "long-cell.txt");
            File.WriteAllLines(input, lines);
        }
        var rendered = Path.Combine(Dir, "example." + format);
        Assert.Equal(0, Yusuan.Run("render", input, "--to", format, "-o", rendered).Exit);
        var pdf = rendered;
        if (format == "docx")
        {
            Run("/usr/bin/soffice", "--headless", $"-env:UserInstallation=file://{Dir}/lo", "--convert-to", "pdf", "--outdir", Dir, rendered);
            pdf = Path.ChangeExtension(rendered, ".pdf");
        }
        Run("/usr/bin/pdftoppm", "-r", "36", "-png", pdf, Path.Combine(Dir, "page"));
        var pages = Directory.GetFiles(Dir, "page-*.png").Order().ToList();
        Assert.InRange(pages.Count, 12, 40);
        foreach (var page in pages)
        {
            using var image = SKBitmap.Decode(page);
            // 15 pt at 36 dpi: margins are 1.27 cm or more on every side, in both orientations.
            var band = (int)(15 * 36 / 72.0);
            var inked = 0;
            for (var y = 0; y < image.Height; y++)
                for (var x = 0; x < image.Width; x++)
                    if ((x < band || y < band || x >= image.Width - band || y >= image.Height - band) && image.GetPixel(x, y).Red < 200) inked++;
            Assert.True(inked == 0, $"{Path.GetFileName(page)}: {inked} dark pixels in the margin");
        }
    }

    private static void Run(string program, params string[] args)
    {
        var (code, err) = Tools.Run(program, TimeSpan.FromSeconds(120), args);
        Assert.True(code == 0, $"{program}: {err}");
    }
}
