using System.Text.RegularExpressions;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>The rendered PDF as a reader pages through it: each 目录 line ends in the page where what it lists is
/// printed, and no part heading is left at the foot of a page with its table on the next.</summary>
public sealed partial class PdfTocTests() : TempFolder("pdf-toc")
{
    private List<string> Pages(string input)
    {
        Skip.If(!File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed; ./run-tests installs it");
        Skip.If(OpenYusuan.Rendering.Pdf.CjkFont.Path is null, "no CJK font (fonts-wqy-zenhei); ./run-tests installs it");
        var pdf = Path.Combine(Dir, Path.GetFileNameWithoutExtension(input) + ".pdf");
        Assert.Equal(0, Yusuan.Run("render", input, "--to", "pdf", "-o", pdf, "--force").Exit);
        var text = Path.ChangeExtension(pdf, ".txt");
        Assert.Equal(0, Tools.Run("/usr/bin/pdftotext", TimeSpan.FromSeconds(60), "-layout", pdf, text).ExitCode);
        return File.ReadAllText(text).Split('\f').ToList();
    }

    private static string Squeezed(string s) => Regex.Replace(s, @"\s+", "");

    [SkippableTheory]
    [InlineData("example", 15)]
    [InlineData("shanghai", 16)]
    public void Each_toc_line_gives_the_page_of_what_it_lists(string which, int entries)
    {
        Skip.If(which != "example" && SharedFiles.Shared is null, SharedFiles.Missing);
        var input = which == "example" ? SharedFiles.Example : SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf");
        var pages = Pages(input);
        var toc = TocLine().Matches(pages[1]).ToList();
        Assert.True(toc.Count >= entries, $"{toc.Count} numbered 目录 lines:\n{pages[1]}");
        foreach (var line in toc)
        {
            // "五、一般公共预算支出情况表", "3. 2025年部门支出预算总表": the title without its list number.
            var title = Squeezed(Regex.Replace(line.Groups[1].Value.Trim(), @"^([一二三四五六七八九十]+、|\d+\.\s*)", ""));
            var page = int.Parse(line.Groups[2].Value);
            Assert.InRange(page, 3, pages.Count);
            var printed = pages[page - 1].Split('\n').Select(Squeezed).ToList();
            // Shanghai's 部门预算表 has no heading of its own: it points at the first table, as the next line does.
            if (title is "部门预算表" or "单位预算表") { Assert.Equal(line.Groups[2].Value, toc[toc.IndexOf(line) + 1].Groups[2].Value); continue; }
            // Shanghai's 目录 says 部门主要职能 where the page prints the entity's name: 上海市…局主要职能.
            var own = Regex.Replace(title, "^(部门|单位)(?=主要职能|机构设置)", "");
            Assert.True(printed.Any(l => l.EndsWith(own, StringComparison.Ordinal)), $"“{title}” is not on page {page}");
        }
    }

    [SkippableFact]
    public void A_part_heading_opens_the_page_of_its_table()
    {
        var pages = Pages(SharedFiles.Example);
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            var lines = page.Split('\n').Where(l => l.Trim().Length > 0 && !TocLine().IsMatch(l)).ToList();
            if (lines.Count == 0) continue;
            Assert.False(PartHeading().IsMatch(lines[^1].Trim()), $"page {i + 1} ends with the heading “{lines[^1].Trim()}”");
        }
        var tables = pages.FindIndex(2, p => p.Contains("第二部分"));
        Assert.Contains("表1", pages[tables]);
    }

    [GeneratedRegex(@"(?m)^\s*(\S.*?)\s*·{3,}\s*(\d+)\s*$")]
    private static partial Regex TocLine();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();
}
