using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>Narrative rules on the consistent example with one statement changed: each change is caught with
/// its numbers, at its section and sentence.</summary>
public sealed class NarrativeRuleTests() : TempFolder("narrative")
{
    private List<Finding> AuditWith(Func<string, string> change, bool notes = false)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        var path = Path.Combine(Dir, "example.txt");
        File.WriteAllText(path, changed);
        return new Auditor().Audit(DisclosureReader.Read(path), path).Findings.Where(f => notes || f.Severity != Severity.Info).ToList();
    }

    private static string ReplaceIn(string text, string section, string from, string to)
    {
        var start = text.IndexOf(section, text.IndexOf("第三部分", text.IndexOf("第三部分", StringComparison.Ordinal) + 1, StringComparison.Ordinal), StringComparison.Ordinal);
        var at = text.IndexOf(from, start, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [Fact]
    public void Every_claim_of_the_example_is_consistent_and_resolved()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var claims = d.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).ToList();
        Assert.True(claims.Count > 40);
        Assert.Contains(claims, c => c.Code is { Length: 7 } && c.ChangePct is not null);
        Assert.Contains(claims, c => c.Item == "vehicle_operation" && c.Amount == 3.60m);
        Assert.Equal(3, claims.Count(c => c.Topic == "project"));
        Assert.All(claims.Where(c => c.Topic == "project"), c => Assert.True(c.Fields!.ContainsKey("basis") && c.Fields.ContainsKey("period")));
    }

    [Fact]
    public void A_share_computed_against_the_wrong_total_is_an_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var income = d.Sections.First(s => s.Title.Contains("收入预算")).Claims.First(c => c.Share is not null);
        var wrong = (income.Share!.Value + 1.00m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var f = AuditWith(t => ReplaceIn(t, "收入预算情况说明", $"占 {income.Share:0.00}%", $"占 {wrong}%"));
        var share = Assert.Single(f, x => x.Rule == "YS0501");
        Assert.Equal((Severity.Error, "2", wrong, income.Share.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
            (share.Severity, share.Location.Section, share.Actual, share.Expected));
    }

    [Fact]
    public void A_growth_rate_that_does_not_fit_its_change_is_an_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var basic = d.Sections.First(s => s.Title.Contains("支出预算情况说明")).Claims.Single(c => c.Item == "basic");
        var pct = basic.ChangePct!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var f = AuditWith(t => ReplaceIn(t, "支出预算情况说明", $"{pct}%", "99.99%"));
        var yoy = Assert.Single(f, x => x.Rule == "YS0503");
        Assert.Equal(("3", pct, "99.99"), (yoy.Location.Section, yoy.Expected, yoy.Actual));
        Assert.Contains($"上年应为 {basic.Prior}", yoy.Message);
    }

    [Fact]
    public void An_amount_that_differs_from_its_table_is_an_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var basic = d.Sections.First(s => s.Title.Contains("支出预算情况说明")).Claims.Single(c => c.Item == "basic");
        var amount = basic.Amount!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var f = AuditWith(t => ReplaceIn(t, "支出预算情况说明", $"基本支出 {amount}", "基本支出 1.00"));
        var a = Assert.Single(f, x => x.Rule == "YS0401");
        Assert.Equal(("expense", "basic", amount, "1.00"), (a.Related![0].Table, a.Related[0].Column, a.Expected, a.Actual));
    }

    [Fact]
    public void An_amount_written_in_yuan_as_wan_yuan_is_a_unit_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var basic = d.Sections.First(s => s.Title.Contains("支出预算情况说明")).Claims.Single(c => c.Item == "basic");
        var amount = basic.Amount!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var inYuan = (basic.Amount.Value * 10000m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var f = AuditWith(t => ReplaceIn(t, "支出预算情况说明", $"基本支出 {amount}", $"基本支出 {inYuan}"));
        var u = Assert.Single(f, x => x.Rule == "YS0410");
        Assert.Contains("把元写成了万元", u.Message);
        Assert.DoesNotContain(f, x => x.Rule == "YS0401");
    }

    [Fact]
    public void A_section_with_only_its_heading_is_reported()
    {
        var f = AuditWith(t =>
        {
            var lines = t.Split('\n').ToList();
            var start = lines.FindLastIndex(l => l.Contains("十一、关于") && l.Contains("上年结转结余"));
            var next = lines.FindIndex(start + 1, l => l.Contains("十二、"));
            lines.RemoveRange(start + 1, next - start - 1);
            return string.Join('\n', lines);
        });
        var e = Assert.Single(f, x => x.Rule == "YS0411");
        Assert.Equal(("11", Severity.Warning), (e.Location.Section, e.Severity));
    }

    [Fact]
    public void A_project_without_its_execution_period_is_reported()
    {
        var f = AuditWith(t =>
        {
            var at = t.IndexOf("资金执行时间：", StringComparison.Ordinal);
            var end = t.IndexOf('\n', at);
            return t[..at] + t[(end + 1)..];
        });
        var p = Assert.Single(f, x => x.Rule == "YS0107");
        Assert.Contains("缺少：资金执行时间", p.Message);
        Assert.Equal("7", p.Location.Section);
    }

    [Fact]
    public void A_project_described_with_another_amount_is_an_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var project = d.Sections.SelectMany(s => s.Claims).First(c => c.Topic == "project");
        var amount = project.Amount!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var f = AuditWith(t => ReplaceIn(t, "项目支出情况说明", $"预算安排规模：{amount}", "预算安排规模：1.23"));
        var p = Assert.Single(f, x => x.Rule == "YS0406");
        Assert.Equal(("project_expense", project.Project, "1.23"), (p.Location.Table, p.Location.Project, p.Actual));
    }

    [Fact]
    public void A_project_described_under_another_name_with_its_amount_is_a_note()
    {
        // 财政票据印制及管理 (22.60) described as 票据印制管理: the amounts agree, the names do not — the same project named
        // apart (or a name read mixed with the next column's), told as a note rather than two errors.
        var f = AuditWith(t => ReplaceIn(t, "项目支出情况说明", "项目名称：财政票据印制及管理", "项目名称：票据印制管理"), notes: true);
        var p = Assert.Single(f, x => x.Rule == "YS0406");
        Assert.Equal((Severity.Info, "财政票据印制及管理", "票据印制管理"), (p.Severity, p.Expected, p.Actual));
        Assert.Contains("金额相同（22.60 万元），名称不同", p.Message);
    }

    [Fact]
    public void Projects_whose_names_were_not_read_are_counted_by_their_rows()
    {
        // 表7 with its 项目名称 cells blank (as when wrapped names could not be read): its three 项 rows are the three
        // projects 第十二部分 counts, not none.
        var f = AuditWith(t =>
        {
            foreach (var name in new[] { "财政票据印制及管理", "预算绩效评价第三方委托业务", "预算管理一体化系统运行维护" })
            {
                var table = t.IndexOf("一般公共预算项目支出情况表", t.IndexOf("第二部分", t.IndexOf("第二部分", StringComparison.Ordinal) + 1, StringComparison.Ordinal), StringComparison.Ordinal);
                var at = t.IndexOf("\t" + name + "\t", table, StringComparison.Ordinal);
                t = t[..at] + "\t\t" + t[(at + name.Length + 2)..];
            }
            return t;
        });
        Assert.DoesNotContain(f, x => x.Rule == "YS0408");
    }

    [Fact]
    public void A_table_called_empty_that_has_figures_is_an_error()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var fund = d.Table(TableKinds.GovFundExpense)!;
        var filled = d with
        {
            Tables = d.Tables.Select(t => t == fund ? t with
            {
                EmptyNote = null, Rows = [new TableRow { Code = "208", Name = "社会保障和就业支出", Values = new Dictionary<string, decimal> { ["total"] = 5.00m, ["project"] = 5.00m } }],
                Totals = new Dictionary<string, decimal> { ["total"] = 5.00m, ["project"] = 5.00m },
            } : t).ToList(),
        };
        var f = new Auditor().Audit(filled, "x").Findings;
        var s = Assert.Single(f, x => x.Rule == "YS0407");
        Assert.Equal(("gov_fund_expense", Severity.Error), (s.Location.Table, s.Severity));
        Assert.Contains(f, x => x.Rule == "YS0311" && x.Severity == Severity.Error);
    }
    [Fact]
    public void A_staff_count_repeated_with_another_figure_is_a_warning_at_its_sentence()
    {
        const string sentence = "示例市财政局 2025 年机关运行经费";
        var f = AuditWith(t => ReplaceIn(t, "机关运行经费情况", sentence, "本单位在职人员 31 人。" + sentence));
        var staff = Assert.Single(f, x => x.Rule == "YS0412");
        Assert.Equal(("30", "31", "12", 1), (staff.Expected, staff.Actual, staff.Location.Section, staff.Location.Subsection));
        Assert.Contains("在职人数 30 人", staff.Message);
    }

    [Fact]
    public void Staffing_figures_of_a_section_become_claims_and_a_hire_is_not_a_count()
    {
        var path = Path.Combine(Dir, "staff.txt");
        File.WriteAllText(path, ReplaceIn(File.ReadAllText(SharedFiles.Example), "机关运行经费情况", "示例市财政局 2025 年机关运行经费",
            "本单位编制数 32，在职人员 30 人，比上年增加 2 人；退休 6 人。示例市财政局 2025 年机关运行经费"));
        var section = DisclosureReader.Read(path).Sections.Single(s => s.Number == 12).Subsections.Single(s => s.Title.Contains("机关运行经费"));
        var claims = section.Claims.Where(c => c.Topic == "staffing").Select(c => $"{c.Item}={c.Fields!["count"]}{(c.Direction is { } d ? $" {d} {c.Change}" : "")}");
        Assert.Equal(["authorized=32", "active=30 increase 2", "retired=6"], claims);
    }

    [Fact]
    public void An_actual_headcount_that_is_not_the_sum_of_its_parts_is_an_error()
    {
        var f = AuditWith(t => t.Replace("实有人数 36 人", "实有人数 37 人"));
        var staff = Assert.Single(f, x => x.Rule == "YS0404");
        Assert.Equal(("37", "36", "overview"), (staff.Expected, staff.Actual, staff.Location.Section));
    }
}
