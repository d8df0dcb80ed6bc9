using System.Text.Json;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Cli;

/// <summary>`yusuan audit` and `yusuan rules` as a reviewer uses them: exit codes, batches, JSON Lines, config.</summary>
public sealed class AuditCommandTests() : TempFolder("audit")
{
    private static readonly int RulesRun = OpenYusuan.Audit.Engine.Auditor.Families.SelectMany(f => f.Rules).Distinct().Count();

    /// <summary>The example with one figure changed: 表3 合计 基本支出 509.50 → 519.50.</summary>
    private string Broken()
    {
        var lines = File.ReadAllLines(SharedFiles.Example).ToList();
        var start = lines.FindIndex(l => l.Contains("单位支出总体情况表") && !l.StartsWith("-"));
        var total = lines.FindIndex(start, l => l.Contains("合") && l.Contains("509.50"));
        lines[total] = lines[total].Replace("509.50", "519.50");
        var path = Path.Combine(Dir, "broken.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Clean_document_exits_0_with_a_summary_line()
    {
        var r = Yusuan.Run("audit", SharedFiles.Example);
        Assert.Equal(0, r.Exit);
        Assert.EndsWith($"0 个错误，0 个警告，0 条提示（示例市财政局 2025，运行 {RulesRun} 条规则）", r.Out.TrimEnd());
    }

    [Fact]
    public void Error_level_findings_exit_1_and_read_like_a_linter()
    {
        var path = Broken();
        var r = Yusuan.Run("audit", path);
        Assert.Equal(1, r.Exit);
        var line = r.Out.Split('\n').First(l => l.Contains("YS0201"));
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+: 错误 YS0201 表3（单位支出总体情况表）合计行“基本支出”列为 519.50，各类之和为 509.50", line);
        Assert.DoesNotContain("\u001b[", r.Out); // no colour when not on a terminal
    }

    [Fact]
    public void Batch_goes_on_past_an_unusable_file_and_exits_2()
    {
        var empty = Path.Combine(Dir, "empty.txt");
        File.WriteAllText(empty, "");
        var r = Yusuan.Run("audit", empty, SharedFiles.Example, "--format", "json");
        Assert.Equal(2, r.Exit);
        Assert.Contains($"{empty}: 文件为空", r.Err);
        // The unusable file keeps its place: a record with the reason, then the audited one.
        var lines = r.Out.TrimEnd().Split('\n');
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal((empty, true), (first.RootElement.GetProperty("document").GetString(), first.RootElement.GetProperty("unusable").GetString()!.Contains("文件为空")));
        using var doc = JsonDocument.Parse(lines[1]);
        Assert.Equal(SharedFiles.Example, doc.RootElement.GetProperty("document").GetString());
    }

    [Fact]
    public void Several_files_give_json_lines_in_argument_order_with_the_spec_shape()
    {
        var broken = Broken();
        var r = Yusuan.Run("audit", SharedFiles.Example, broken, "--format", "json");
        Assert.Equal(1, r.Exit);
        var lines = r.Out.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        var root = second.RootElement;
        Assert.Equal(broken, root.GetProperty("document").GetString());
        Assert.Equal(("示例市财政局", 2025, "xinjiang-2024"), (root.GetProperty("entity").GetString(), root.GetProperty("year").GetInt32(), root.GetProperty("template").GetString()));
        var f = root.GetProperty("findings").EnumerateArray().First(x => x.GetProperty("rule").GetString() == "YS0201");
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal(("expense", "#total", "basic"), (f.GetProperty("location").GetProperty("table").GetString(),
            f.GetProperty("location").GetProperty("row").GetString(), f.GetProperty("location").GetProperty("column").GetString()));
        Assert.Equal(("519.50", "509.50"), (f.GetProperty("expected").GetString(), f.GetProperty("actual").GetString()));
        var summary = root.GetProperty("summary");
        Assert.True(summary.GetProperty("error").GetInt32() >= 1);
        Assert.Equal(RulesRun, summary.GetProperty("rules_run").GetInt32());
    }

    [Fact]
    public void Config_file_silences_or_lowers_a_rule_by_id()
    {
        var broken = Broken();
        var config = Path.Combine(Dir, "yusuan.json");
        File.WriteAllText(config, """{ "rules": { "YS0201": "off", "YS0203": "warning", "YS0307": "info", "YS0202": "warning", "YS0401": "info", "YS0501": "info" } }""");
        var r = Yusuan.Run("audit", broken, "--config", config);
        Assert.DoesNotContain("YS0201", r.Out);
        Assert.Contains("警告 YS0203", r.Out);
        Assert.Contains($"运行 {RulesRun - 1} 条规则", r.Out);   // the rule turned off is not counted as run
        Assert.Equal(0, r.Exit);
        File.WriteAllText(config, """{ "rules": { "YS9999": "off" } }""");
        var bad = Yusuan.Run("audit", broken, "--config", config);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("未知的规则编号 YS9999", bad.Err);
    }

    [Fact]
    public void Rules_lists_the_catalogue()
    {
        var r = Yusuan.Run("rules");
        Assert.Equal(0, r.Exit);
        Assert.Contains("YS0201  error    合计行不等于各行之和", r.Out);
        Assert.Contains("YS0309  warning  “三公”经费小于基本支出表的对应科目", r.Out);
        Assert.Equal(0, Yusuan.Run("audit", "--help").Exit);
        Assert.Equal(0, Yusuan.Run("rules", "--help").Exit);
    }
}
