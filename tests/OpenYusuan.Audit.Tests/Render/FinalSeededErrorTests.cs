using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>A 决算 as our own renderer writes it (the corpus 决算 redrafted to HTML), with one error of each class seeded into a
/// copy of the written page — a table cell or a phrase of the explanation, as a unit's finance officer might get it wrong.
/// The clean copy audits without an error; each seeded copy is caught by its rule, at the table kind or section where it
/// was seeded.</summary>
public sealed class FinalSeededErrorTests() : TempFolder("final-seeded")
{
    private static readonly Lazy<string> Written = new(() =>
    {
        var source = SharedFiles.Corpus("final-2024-putuo-planning.pdf");
        var output = Path.Combine(Path.GetTempPath(), $"yusuan-final-seeded-{Guid.NewGuid():N}.html");
        var r = Yusuan.Run("render", source, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Out + r.Err);
        var html = File.ReadAllText(output);
        File.Delete(output);
        return html;
    });

    private List<Finding> Audit(string html, string name) => AuditIn(Dir, html, name);

    private static List<Finding> AuditIn(string dir, string html, string name)
    {
        var path = Path.Combine(dir, name + ".html");
        File.WriteAllText(path, html);
        return new Auditor().Audit(DisclosureReader.Read(path), path).Findings.Where(f => f.Severity != Severity.Info).ToList();
    }

    // The written page's own findings, audited once for every seeded case.
    private static readonly Lazy<List<Finding>> Clean = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-final-clean-").FullName;
        try { return AuditIn(dir, Written.Value, "clean"); }
        finally { Directory.Delete(dir, recursive: true); }
    });

    [SkippableFact]
    public void The_written_final_accounts_audit_without_an_error()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        Assert.DoesNotContain(Clean.Value, f => f.Severity == Severity.Error);
    }

    /// <summary>(what is seeded, the text replaced, its replacement, the rule that must catch it, the table kind or section it
    /// must be located at).</summary>
    public static TheoryData<string, string, string, string, string> Seeds() => new()
    {
        // Tables: a 总表 line, a row's 合计 against 基本 + 项目, a 三公 cell against the 基本支出表 and the text, a 人员经费 line.
        { "总表 年末结转和结余", "<td>年末结转和结余</td><td class=\"n\">100.00</td>", "<td>年末结转和结余</td><td class=\"n\">110.00</td>", "YS0209", TableKinds.FinalSummary },
        { "一般公共预算表 row", "<td>2080505</td><td>机关事业单位基本养老保险缴费支出</td><td class=\"n\">446.11</td><td class=\"n\">446.11</td><td class=\"n\">0.00</td></tr>",
            "<td>2080505</td><td>机关事业单位基本养老保险缴费支出</td><td class=\"n\">446.11</td><td class=\"n\">436.11</td><td class=\"n\">0.00</td></tr>", "YS0203", TableKinds.FinalGeneralBudgetExpense },
        { "三公 决算数", "<td>公务接待费</td><td class=\"n\">2.85</td><td class=\"n\">0.39</td>", "<td>公务接待费</td><td class=\"n\">2.85</td><td class=\"n\">0.49</td>", "YS0401", "7" },
        // The explanation: totals, shares, 与上年相比, each 项's 年初预算/决算/完成率 and its comparison word, 三公 预算 and 决算.
        { "收入支出总计", "年度收入支出总计 9,859.38 万元", "年度收入支出总计 9,869.38 万元", "YS0401", "1" },
        { "share", "基本支出 5,377.64 万元，占 55.10%", "基本支出 5,377.64 万元，占 56.10%", "YS0506", "3" },
        { "与上年相比", "增加 1,062.85 万元，增长 12.08%", "增加 1,062.85 万元，增长 13.08%", "YS0503", "1" },
        { "三公 与上年相比", "比 2023 年度减少 0.15 万元，下降 27.78%", "比 2023 年度减少 0.15 万元，下降 25.78%", "YS0503", "7" },
        { "项 决算数", "支出决算为 446.11 万元", "支出决算为 456.11 万元", "YS0401", "5" },
        { "项 年初预算", "年初预算为 452.40 万元", "年初预算为 462.40 万元", "YS0506", "5" },
        { "完成年初预算的", "完成年初预算的 98.61%", "完成年初预算的 97.61%", "YS0506", "5" },
        { "大于/小于", "决算数小于预算数的主要原因：机构改革", "决算数大于预算数的主要原因：机构改革", "YS0417", "5" },
        { "三公 预算数", "“三公”经费财政拨款支出年初预算为 2.85 万元", "“三公”经费财政拨款支出年初预算为 3.85 万元", "YS0401", "7" },
        { "三公 决算数 in the text", "公务接待费支出决算为 0.39 万元", "公务接待费支出决算为 0.49 万元", "YS0401", "7" },
        { "人员经费", "人员经费 4,884.09 万元", "人员经费 4,894.09 万元", "YS0401", "6" },
        // Other matters: 机关运行经费 beyond the 公用经费 it is part of, 政府采购 parts, 车辆 by kind.
        { "机关运行经费", "机关运行经费支出 142.80 万元", "机关运行经费支出 542.80 万元", "YS0402", "11" },
        { "政府采购", "服务采购金额 809.07 万元", "服务采购金额 819.07 万元", "YS0403", "11" },
        { "车辆", "共有车辆 0 辆，其中：部级领导干部用车 0 辆", "共有车辆 0 辆，其中：部级领导干部用车 2 辆", "YS0419", "11" },
        // What a reviewer reads for: a wrong year, a placeholder left in, doubled punctuation.
        { "year", "与 2023 年度相比，收入支出总计", "与 2024 年度相比，收入支出总计", "YS0801", "1" },
        { "placeholder", "本年收入合计 9,746.50 万元", "本年收入合计 XX 万元", "YS0702", "2" },
        { "punctuation", "占 55.10%；", "占 55.10%；；", "YS0703", "3" },
    };

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Each_seeded_error_is_caught_where_it_was_seeded(string what, string from, string to, string rule, string where)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var html = Written.Value;
        Assert.True(html.Split(from).Length == 2, $"{what}: “{from}” must occur once in the written page");
        var clean = Clean.Value.Select(f => f.Message).ToHashSet();
        var raised = Audit(html.Replace(from, to), "seeded").Where(f => !clean.Contains(f.Message)).ToList();
        Assert.True(raised.Any(f => f.Rule == rule && (f.Location.Table == where || f.Location.Section == where)),
            $"{what}: {rule} at {where} expected; raised: " + string.Join(" | ", raised.Select(f => $"{f.Rule} {f.Location.Table}{f.Location.Section} {f.Message}")));
        Assert.All(raised, f => Assert.NotNull(f.Location.Line ?? f.Location.Page));
    }
}
