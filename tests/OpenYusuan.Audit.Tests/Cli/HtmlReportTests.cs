using System.Text.RegularExpressions;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Cli;

/// <summary>`audit --format html`: one self-contained page, findings beside the numbered text, each finding
/// linking to its line and to the table cells it was compared with.</summary>
public sealed class HtmlReportTests
{
    [SkippableFact]
    public void Html_report_links_findings_to_lines_and_compared_cells()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var path = SharedFiles.CorpusByPrefix("001_");
        var r = Yusuan.Run("audit", path, "--format", "html");
        Assert.Equal(1, r.Exit);
        var html = r.Out;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link ", html);      // self-contained: no external resources
        var lines = File.ReadAllLines(path).Length;
        Assert.Equal(lines, Regex.Matches(html, "id=\"d0-L\\d+\"").Count);
        // The procurement error links to its sentence, which is highlighted.
        Assert.Matches("<div class=\"finding error\">.*?YS0403</a> <a href=\"#d0-L1022\">第 1022 行</a>", html);
        Assert.Contains("class=\"line hit-error\" id=\"d0-L1022\"", html);
        // The 21011 rounding note links the rows it was compared with.
        Assert.Matches("YS0202</a> <a href=\"#d0-L216\">.*?对照：<a href=\"#d0-L218\">收入总体情况表 2101101 合计", html);
        Assert.Contains("小微企业预留 0.63 万元大于面向中小企业预留 0.50 万元", html);
    }

    [Fact]
    public void Html_report_of_a_json_model_says_there_is_no_text()
    {
        var json = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.json");
        File.WriteAllText(json, Yusuan.Run("parse", SharedFiles.Example).Out);
        try
        {
            var r = Yusuan.Run("audit", json, "--format", "html");
            Assert.Equal(0, r.Exit);
            Assert.Contains("没有原文可显示", r.Out);
        }
        finally { File.Delete(json); }
    }
}
