using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>`render --redraft`: the numeric sentences of 第三部分 drafted from the tables satisfy every narrative rule
/// by construction — the drafted sections of any document raise no narrative finding — and the figures the old
/// text stated differently are listed. A model without narrative (a 汇总) is drafted without asking.</summary>
public sealed class RedraftTests() : TempFolder("redraft")
{
    // Sections 七 and 十二 keep statements the tables cannot check (project fields, procurement, assets).
    private static readonly string[] Drafted = ["1", "2", "3", "4", "5", "6", "8", "9", "10", "11"];

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string> { SharedFiles.Example };
        foreach (var v in SharedFiles.VariantTexts()) data.Add(v);
        foreach (var key in new[] { "000", "001", "003" }) data.Add("corpus:" + key);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void Drafted_sections_raise_no_narrative_finding(string input)
    {
        if (input.StartsWith("corpus:"))
        {
            Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
            input = SharedFiles.CorpusByPrefix(input["corpus:".Length..] + "_");
        }
        var output = Path.Combine(Dir, "redrafted.html");
        var r = Yusuan.Run("render", input, "--to", "html", "-o", output, "--redraft", "--force");
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        Assert.Contains(model.Sections, s => s.Number == 2 && s.Claims.Any(c => c.Share is not null || c.Direction == "none"));
        var narrative = new Auditor().Audit(model, output).Findings
            .Where(f => f.Severity != Severity.Info && (f.Rule.StartsWith("YS04") || f.Rule.StartsWith("YS05")) && Drafted.Contains(f.Location.Section))
            .ToList();
        Assert.True(narrative.Count == 0, string.Join("\n", narrative.Select(f => $"{f.Rule} {f.Message}")));
    }

    public static TheoryData<string> ShanghaiInputs() =>
        new() { Path.Combine(SharedFiles.RepoRoot, "tests", "OpenYusuan.Reading.Tests", "Fixtures", "Shanghai", "sh2025-dept.txt"),
                "pdf:budget-2024-putuo-wanli.pdf", "pdf:budget-2025-putuo-govoffice.pdf" };

    /// <summary>The Shanghai layout: its 预算编制说明 and 其他相关情况说明 are drafted (项 by 项, “三公” by item) and raise no
    /// narrative finding; the projects' 经费情况说明 stay as written.</summary>
    [SkippableTheory]
    [MemberData(nameof(ShanghaiInputs))]
    public void Shanghai_drafted_parts_raise_no_narrative_finding(string input)
    {
        if (input.StartsWith("pdf:"))
        {
            Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
            input = SharedFiles.Corpus(input["pdf:".Length..]);
        }
        var original = DisclosureReader.Read(input);
        var output = Path.Combine(Dir, "shanghai.html");
        var r = Yusuan.Run("render", input, "--to", "html", "-o", output, "--redraft", "--force");
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        var compilation = model.Sections.First();
        Assert.EndsWith("预算编制说明", compilation.Title);
        var items = original.Table(Model.TableKinds.GeneralBudgetExpense)!.Rows!.Count(x => x.Code is { Length: 7 } && x.Project is null);
        Assert.Equal(items, compilation.Claims.Count(c => c.Code is { Length: 7 }));
        Assert.Contains(model.Sections[1].Subsections, s => s.Title.Contains("三公") && s.Claims.Any(c => c.Item == "reception"));
        Assert.Equal(original.Sections.Skip(2).Select(s => s.Title), model.Sections.Skip(2).Select(s => s.Title));
        // 政府采购, 国有资产 and 绩效 restate figures no table holds (kept as the document or the sheet gives them).
        var stated = model.Sections[1].Subsections.Where(x => x.Title.Contains("采购") || x.Title.Contains("资产") || x.Title.Contains("绩效")).Select(x => (int?)x.Number).ToList();
        var narrative = new Auditor().Audit(model, output).Findings
            .Where(f => f.Severity != Severity.Info && (f.Rule.StartsWith("YS04") || f.Rule.StartsWith("YS05")) && f.Location.Section is "1" or "2")
            .Where(f => !(f.Location.Section == "2" && stated.Contains(f.Location.Subsection)))
            .ToList();
        Assert.True(narrative.Count == 0, string.Join("\n", narrative.Select(f => $"{f.Rule} {f.Message}")));
    }

    /// <summary>What the tables cannot give is not invented: a 实有人数 stated beside only some of its parts stays as
    /// stated, and a 预算绩效 part written without target tables stays as written.</summary>
    [Fact]
    public void Figures_and_parts_no_table_holds_are_kept_as_stated()
    {
        var text = File.ReadAllText(SharedFiles.Example)
            .Replace("实有人数 36 人，其中：在职 30 人，增加 2 人；退休 6 人，增加 1 人；离休 0 人，增加 0 人。", "实有人数 36 人，其中：在职 30 人。");
        var start = text.IndexOf("#### （四）预算绩效情况", StringComparison.Ordinal);
        var end = text.IndexOf("###", start + 10, StringComparison.Ordinal);
        Assert.True(start > 0);
        var changed = text[..start] + "#### （四）预算绩效情况\n\n本单位所有项目均按要求编制了绩效目标，详见附件。\n\n" + (end > start ? text[end..] : "");
        var input = Path.Combine(Dir, "kept.txt");
        File.WriteAllText(input, changed);
        var output = Path.Combine(Dir, "kept.html");
        var r = Yusuan.Run("render", input, "--to", "html", "-o", output, "--redraft", "--force");
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        Assert.Equal((36, 30), (model.Overview.Staffing!.Actual!.Value, model.Overview.Staffing.Active!.Value));
        var targets = model.Sections.Single(s => s.Number == 12).Subsections.Single(s => s.Title.Contains("绩效")).Text;
        Assert.Equal("本单位所有项目均按要求编制了绩效目标，详见附件。", targets.Trim());
    }

    [SkippableFact]
    public void A_Shanghai_item_takes_its_own_stated_use_not_one_whose_name_contains_it()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var output = Path.Combine(Dir, "uses.html");
        var r = Yusuan.Run("render", SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf"), "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        var lines = DisclosureReader.Read(output).Sections[0].Text.Split('\n');
        // 事业单位医疗 is inside 行政事业单位医疗 (the 款): its use is the one stated for it.
        Assert.Contains(lines, l => l.Contains("-事业单位医疗”") && l.Contains("主要用于财政部门集中安排的事业单位基本医疗保险费缴费经费"));
    }

    [Fact]
    public void A_wrong_share_is_rewritten_and_listed()
    {
        var text = File.ReadAllText(SharedFiles.Example);
        var broken = Path.Combine(Dir, "wrong-share.txt");
        File.WriteAllText(broken, text.Replace("786.50 万元，占 91.21%", "786.50 万元，占 92.21%"));
        Assert.Contains(new Auditor().Audit(DisclosureReader.Read(broken), broken).Findings, f => f.Rule == "YS0501");
        var output = Path.Combine(Dir, "fixed.docx");
        var refused = Yusuan.Run("render", broken, "--to", "docx", "-o", output);
        Assert.Equal(1, refused.Exit);
        var redrafted = Yusuan.Run("render", broken, "--to", "docx", "-o", output, "--redraft");
        Assert.True(redrafted.Exit == 0, redrafted.Err);
        Assert.Contains("占比 92.21% → 91.21%", redrafted.Err);
        Assert.DoesNotContain(new Auditor().Audit(DisclosureReader.Read(output), output).Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_wrong_total_is_rewritten_and_listed()
    {
        // The totals of 收支, 收入 and 支出 are drafted as whole sentences, not subject by subject: their old figures are
        // compared once the draft is read back. The unchanged example lists nothing.
        var text = File.ReadAllText(SharedFiles.Example);
        var broken = Path.Combine(Dir, "wrong-total.txt");
        File.WriteAllText(broken, text.Replace("收支总预算 862.30 万元", "收支总预算 826.30 万元"));
        var output = Path.Combine(Dir, "fixed-total.html");
        var redrafted = Yusuan.Run("render", broken, "--to", "html", "-o", output, "--redraft");
        Assert.True(redrafted.Exit == 0, redrafted.Err);
        Assert.Contains("第1部分 收支总预算：金额 826.30 → 862.30 万元", redrafted.Err);
        var clean = Yusuan.Run("render", SharedFiles.Example, "--to", "html", "-o", Path.Combine(Dir, "clean.html"), "--redraft");
        Assert.DoesNotContain("改动", clean.Err);
    }

    [Fact]
    public void A_consolidated_model_gets_its_narrative_drafted()
    {
        var json = Path.Combine(Dir, "dept.json");
        // Two units that happen to print the same figures: two files (the same file twice is refused as counted twice).
        var twin = Path.Combine(Dir, "twin-unit.txt");
        File.Copy(SharedFiles.Example, twin);
        Assert.Equal(0, Yusuan.Run("consolidate", SharedFiles.Example, twin, "--entity", "示例市财政局（汇总）", "-o", json).Exit);
        var output = Path.Combine(Dir, "dept.html");
        var r = Yusuan.Run("render", json, "--to", "html", "-o", output);
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        var income = model.Sections.Single(s => s.Number == 2);
        Assert.Contains("收入预算 1,724.60 万元", income.Text);
        Assert.Contains(model.Sections.Single(s => s.Number == 7).Text, "【请填写本部分内容】".Contains);
    }

    [Fact]
    public void A_mistyped_amount_does_not_carry_into_the_change_the_tables_and_the_rate_agree_on()
    {
        // "基本支出 590.50 万元" typed for 509.50: its 增加 31.94 万元, 增长 6.69% fit the table's 509.50 (base 477.56), so
        // the change stays as stated and only the amount is corrected.
        var typo = Path.Combine(Dir, "typo.txt");
        File.WriteAllText(typo, File.ReadAllText(SharedFiles.Example).Replace("基本支出 509.50 万元，占 59.09%", "基本支出 590.50 万元，占 59.09%"));
        var output = Path.Combine(Dir, "typo.html");
        var r = Yusuan.Run("render", typo, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("金额 590.50 → 509.50 万元", r.Err);
        Assert.Contains("基本支出 509.50 万元，占 59.09%，比上年预算增加 31.94 万元，增长 6.69%", File.ReadAllText(output));
    }

    [Fact]
    public void Figures_that_contradict_each_other_and_the_tables_stop_the_drafting()
    {
        // Amount, change and rate that no reading makes agree: drafting would have to pick one, so it asks instead.
        var conflict = Path.Combine(Dir, "conflict.txt");
        File.WriteAllText(conflict, File.ReadAllText(SharedFiles.Example)
            .Replace("基本支出 509.50 万元，占 59.09%，比上年预算增加 31.94 万元，增长 6.69%", "基本支出 590.50 万元，占 59.09%，比上年预算增加 31.94 万元，增长 9.69%"));
        var output = Path.Combine(Dir, "conflict.html");
        var r = Yusuan.Run("render", conflict, "--to", "html", "-o", output, "--redraft", "--force");
        Assert.Equal(1, r.Exit);
        Assert.Contains("基本支出：文中写 590.50 万元，增加 31.94 万元，增长 9.69%，几项数字互相矛盾", r.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_blank_template_is_refused_even_redrafted()
    {
        // The blank template has no figure at all: nothing to publish, whatever --redraft drafts (YS0110 is an error).
        var blank = Path.Combine(Dir, "blank.xlsx");
        Assert.Equal(0, Yusuan.Run("template", "--year", "2025", "-o", blank).Exit);
        var refused = Yusuan.Run("render", blank, "--to", "html", "-o", Path.Combine(Dir, "blank.html"), "--redraft");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("YS0110", refused.Out);
        Assert.False(File.Exists(Path.Combine(Dir, "blank.html")));
    }

    [Fact]
    public void Findings_on_a_redrafted_text_name_the_draft_not_the_lines_of_the_file_given()
    {
        // A table that no longer adds up is an error the redraft cannot fix: render refuses, and its findings name the
        // draft; those on the narrative are placed by part and sentence of the draft, never by a line of the file given.
        var broken = Path.Combine(Dir, "broken-table.txt");
        File.WriteAllText(broken, File.ReadAllText(SharedFiles.Example).Replace("301\t01\t基本工资\t118.80\t118.80", "301\t01\t基本工资\t128.80\t128.80"));
        var r = Yusuan.Run("render", broken, "--to", "html", "-o", Path.Combine(Dir, "draft.html"), "--redraft");
        Assert.Equal(1, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith($"{broken}（重写稿）", l));
    }
}
