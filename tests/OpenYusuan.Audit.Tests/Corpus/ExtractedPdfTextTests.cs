using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The corpus PDFs as a user would turn them into text (pdftotext, with and without -layout): real
/// Shanghai budgets and 决算 documents the text reader was not written for. Whatever it cannot read it must
/// say so (YS09) and not turn into false findings: only the real problems of 万里街道 2024 (其他教育支出
/// “增加100.00%” on a zero base; a 三公 table with figures whose note says it is empty; a 减少 2.98% explained by
/// “经费增加”; 住房公积金 written 350.35 then 352.67 万元 on p.9), the bracket 规划资源局 2024 opens in 十、 and never closes its 一般公共预算 基本支出 and 人员经费 quoted from the all-funds
/// figures (p.24), two 项 of its 决算 text named otherwise than in its tables (p.22, 24) and 住房改革支出 written as a second
/// 住房保障支出 (款) (p.24), and what makes the national 决算 template a
/// template (XX slots, filling instructions, tables without a figure and without a 本表无数据 note).</summary>
public sealed class ExtractedPdfTextTests
{
    /// <summary>The rules each document really breaks, whatever way its text is read (but YS0108, which needs the table).</summary>
    private static string[] Real(string pdf) => pdf switch
    {
        _ when pdf.Contains("wanli") => ["YS0108", "YS0414", "YS0504", "YS0708"],
        _ when pdf.Contains("planning") => ["YS0401", "YS0604", "YS0605", "YS0704"],
        _ when pdf.Contains("template") => ["YS0104", "YS0110", "YS0702", "YS0709"],
        _ => [],
    };

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var pdf in new[] { "budget-2024-putuo-wanli.pdf", "budget-2025-putuo-govoffice.pdf", "final-2024-putuo-planning.pdf", "final-template-national-2024.pdf" })
            foreach (var layout in new[] { true, false })
                data.Add(pdf, layout);
        return data;
    }

    [SkippableTheory]
    [InlineData("budget-2024-putuo-wanli.pdf")]
    [InlineData("budget-2025-putuo-govoffice.pdf")]
    [InlineData("final-2024-putuo-planning.pdf")]
    [InlineData("final-template-national-2024.pdf")]
    public void Pdf_read_directly_raises_no_false_finding_and_locates_by_page(string pdf)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var path = SharedFiles.Corpus(pdf);
        var report = new Auditor().Audit(DisclosureReader.Read(path), path);
        var raised = report.Findings.Where(f => f.Severity != Severity.Info && f.Rule != RuleIds.TableUnreadable).ToList();
        Assert.Equal(Real(pdf), raised.Select(f => f.Rule).Distinct().Order());
        Assert.All(report.Findings.Where(f => f.Location.Line is not null), f => Assert.Fail($"line instead of page: {f.Rule}"));
        if (pdf.Contains("wanli"))
            Assert.Equal((7, 31), (raised.Single(f => f.Rule == "YS0504").Location.Page!.Value, raised.Single(f => f.Rule == "YS0108").Location.Page!.Value));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Extracted_text_raises_no_false_finding(string pdf, bool layout)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        Skip.If(!File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed; ./run-tests installs it");
        var text = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.txt");
        Tools.Run("pdftotext", TimeSpan.FromMinutes(2), layout ? ["-layout", SharedFiles.Corpus(pdf), text] : [SharedFiles.Corpus(pdf), text]);
        try
        {
            var report = new Auditor().Audit(DisclosureReader.Read(text), text);
            // The reader's own notes (YS09: a table it could not read whole) are how it says so; no audit finding may follow.
            var raised = report.Findings.Where(f => f.Severity != Severity.Info && !f.Rule.StartsWith("YS09")).ToList();
            // The 三公 table's problem of 万里 2024 (YS0108) needs the table read, which text without -layout does not allow.
            // Nor the 决算's YS0401, which needs its 基本支出决算表 (two blocks side by side) read, nor its YS0605, which finds the
            // 项 a misnamed one stands for by its amount in the 一般公共预算 table.
            var expected = Real(pdf).Where(r => layout || r is not ("YS0108" or "YS0401" or "YS0605"));
            Assert.Equal(expected, raised.Select(f => f.Rule).Distinct().Order());
            if (pdf.StartsWith("final")) Assert.Equal("final", DisclosureReader.Read(text).Kind);
        }
        finally { File.Delete(text); }
    }
}
