using System.Text;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>The tab-separated corpus text published as an HTML page (made at test time: paragraphs for lines,
/// a table for each run of tab-separated rows), in UTF-8 and in GB2312: the same cells come out.</summary>
public sealed class HtmlReadingTests
{
    static HtmlReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [SkippableTheory]
    [InlineData("utf-8", false, false)]
    [InlineData("gb2312", false, false)]
    [InlineData("utf-8", true, false)]
    [InlineData("utf-8", true, true)]
    public void Html_page_reads_to_the_same_cells(string charset, bool layoutTable, bool wordCells)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var html = PublishedForms.Html(File.ReadAllText(SharedFiles.CorpusByPrefix("000_")), charset);
        // Cells as Word's "save as web page" writes them, each text in a paragraph of its own.
        if (wordCells)
            html = System.Text.RegularExpressions.Regex.Replace(html, "<td>(.*?)</td>", m =>
                "<td valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span style='font-size:9.0pt;font-family:宋体'>"
                + (m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : "&nbsp;") + "<o:p></o:p></span></p></td>");
        // The page laid out in a table, as older government sites do: navigation in one cell, the article in another.
        if (layoutTable)
            html = html.Replace("<body>", "<body><table width=\"960\"><tr><td><div>首页 &gt; 预决算公开</div></td></tr><tr><td>")
                .Replace("</body>", "</td></tr></table></body>");
        var bytes = charset == "utf-8" ? Encoding.UTF8.GetBytes(html) : Encoding.GetEncoding(54936).GetBytes(html);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(path, bytes);
        try
        {
            var model = DisclosureReader.Read(path);
            Assert.Equal("html", model.Source!.Format);
            var wrong = Fact.Load(SharedFiles.Truth("000")).Where(f => f.Lookup(model) != f.Expected).Select(f => $"{f} → {f.Lookup(model)}").ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
            var text = DisclosureReader.Read(SharedFiles.CorpusByPrefix("000_"));
            Assert.Equal(text.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).Count(),
                model.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).Count());
        }
        finally { File.Delete(path); }
    }
}
