using OpenYusuan.Reading.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace OpenYusuan.Audit.Tests.Cli;

/// <summary>`audit --annotate out.pdf`: a copy of the PDF with each finding boxed and numbered on its page, the same
/// numbers as the text list; refused for anything but one PDF.</summary>
public sealed class AnnotateTests
{
    [SkippableFact]
    public void Findings_are_numbered_on_their_pages()
    {
        var pdf = SharedFiles.Shared is null ? null : SharedFiles.Corpus("budget-2024-putuo-wanli.pdf");
        Skip.If(pdf is null || !File.Exists(pdf), SharedFiles.Missing);
        var output = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.pdf");
        try
        {
            var r = Yusuan.Run("audit", pdf!, "--annotate", output);
            Assert.Equal(1, r.Exit); // the document has an error (YS0108)
            Assert.Contains($"已写出标注 PDF {output}", r.Err);
            // The YS0504 warning on page 7 (item 9's 100% rise from a prior of zero) carries the number of its place in the list.
            var lines = r.Out.Split('\n').Where(l => l.StartsWith('[')).ToList();
            var listed = Assert.Single(lines, l => l.Contains("YS0504"));
            var number = (lines.IndexOf(listed) + 1).ToString();
            Assert.StartsWith($"[{number}] ", listed);
            Assert.Contains(":p7:", listed);

            using var original = PdfDocument.Open(pdf!);
            using var annotated = PdfDocument.Open(output);
            Assert.Equal(original.NumberOfPages, annotated.NumberOfPages);
            var page = annotated.GetPage(7);
            var label = Assert.Single(page.Letters, l => l.Value == number && l.FontName?.Contains("Helvetica") == true);
            var line = page.GetWords().First(w => w.Text.StartsWith("9."));
            Assert.True(label.Location.X < line.BoundingBox.Left && Math.Abs(label.Location.Y - line.BoundingBox.Bottom) < 15,
                $"label at {label.Location}, line at {line.BoundingBox}");
            Assert.Equal(original.GetPage(7).Letters.Count + 1, page.Letters.Count);
        }
        finally { File.Delete(output); }
    }

    [Fact]
    public void Annotate_needs_a_single_pdf()
    {
        var output = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.pdf");
        var r = Yusuan.Run("audit", SharedFiles.Example, "--annotate", output);
        Assert.Equal(2, r.Exit);
        Assert.Contains("不是 PDF 文件", r.Err);
        Assert.False(File.Exists(output));
        r = Yusuan.Run("audit", SharedFiles.Example, SharedFiles.Example, "--annotate", output);
        Assert.Equal(2, r.Exit);
        Assert.Contains("只能用于单个 PDF", r.Err);
    }
}
