using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The corpus 决算 (普陀区规划资源局 2024) as published raises only its one real error; with one error seeded into its model —
/// a 总表 line, a table against another, a completion rate, a comparison word — each is caught where it was seeded.</summary>
public sealed class FinalAccountsAuditTests
{
    private static Disclosure Published()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        return DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
    }

    private static List<Finding> All(Disclosure d) =>
        new Auditor().Audit(d, "final.pdf").Findings.Where(f => f.Severity == Severity.Error).ToList();

    /// <summary>The errors of a changed document beyond the published one's (its real error on p.24).</summary>
    private static List<Finding> Errors(Disclosure d)
    {
        var published = All(Published()).Select(f => f.Message).ToHashSet();
        return All(d).Where(f => !published.Contains(f.Message)).ToList();
    }

    /// <summary>The document with the first <paramref name="from"/> in its explanation replaced.</summary>
    private static Disclosure Said(Disclosure d, string from, string to)
    {
        var done = false;
        Section Change(Section s)
        {
            if (!done && s.Text.Contains(from, StringComparison.Ordinal))
            {
                done = true;
                var at = s.Text.IndexOf(from, StringComparison.Ordinal);
                return s with { Text = s.Text[..at] + to + s.Text[(at + from.Length)..] };
            }
            return s with { Subsections = s.Subsections.Select(Change).ToList() };
        }
        var changed = d with { Sections = d.Sections.Select(Change).ToList() };
        Assert.True(done, from);
        return changed;
    }

    [SkippableFact]
    public void The_published_final_accounts_raise_only_their_real_errors()
    {
        // p.24 says "一般公共预算财政拨款基本支出 5377.64 万元。其中：人员经费 4896.98 万元": the 支出决算表's basic spending of
        // all funds; 表5 and 表6 give the 一般公共预算 part, 5364.75 = 人员经费 4884.09 + 公用经费 480.66.
        // Section 5 names two 项 otherwise than its tables (机关事业单位退休人员活动费支出 for 2080599 其他行政事业单位养老支出, the
        // pre-2019 其他国土资源事务支出 for 2200199), and writes 住房改革支出 (22102) as a second 住房保障支出 (款) twice.
        var d = Published();
        Assert.Equal("final", d.Kind);
        var f = All(d);
        var amounts = f.Where(x => x.Rule == "YS0401").ToList();
        Assert.All(amounts, x => Assert.Equal(("6", 24), (x.Location.Section, x.Location.Page!.Value)));
        Assert.Equal(["5377.64", "4896.98"], amounts.Select(x => x.Actual));
        Assert.Equal(["5364.75", "4884.09"], amounts.Select(x => x.Expected));
        var names = f.Where(x => x.Rule != "YS0401").OrderBy(x => x.Actual).ToList();
        Assert.All(names, x => Assert.Equal("5", x.Location.Section));
        Assert.Equal([("YS0605", "其他国土资源事务支出", "其他自然资源事务支出", 24), ("YS0605", "机关事业单位退休人员活动费支出", "其他行政事业单位养老支出", 22),
            ("YS0604", "款", "类", 24), ("YS0604", "款", "类", 24)],
            names.Select(x => (x.Rule, x.Actual!, x.Expected!, x.Location.Page!.Value)).OrderByDescending(x => x.Item1).ThenBy(x => x.Item2, StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_summary_line_that_does_not_add_up_is_caught_on_the_summary()
    {
        var d = Published();
        var summary = d.Table(TableKinds.FinalSummary)!;
        var expense = summary.Expense!.Select(r => r.Item == "year_end_carryover"
            ? r with { Values = new Dictionary<string, decimal> { ["amount"] = r.Values["amount"] + 10m } } : r).ToList();
        var f = Errors(d with { Tables = d.Tables.Select(t => t == summary ? t with { Expense = expense } : t).ToList() });
        var x = Assert.Single(f, e => e.Rule == "YS0209");
        Assert.Equal((TableKinds.FinalSummary, "支出总计"), (x.Location.Table, x.Location.Row));
        Assert.NotNull(x.Location.Page);
    }

    [SkippableFact]
    public void The_income_table_against_the_summary_is_caught()
    {
        var d = Published();
        var income = d.Table(TableKinds.FinalIncome)!;
        var totals = new Dictionary<string, decimal>(income.Totals!) { ["total"] = income.Totals!["total"] + 5m, ["fiscal_subtotal"] = income.Totals["fiscal_subtotal"] + 5m };
        var f = Errors(d with { Tables = d.Tables.Select(t => t == income ? t with { Totals = totals } : t).ToList() });
        Assert.Contains(f, e => e.Rule == "YS0316" && e.Location.Table == TableKinds.FinalIncome && e.Message.Contains("本年收入合计"));
    }

    [SkippableFact]
    public void A_completion_rate_that_does_not_fit_its_two_figures_is_caught_quoting_them()
    {
        var f = Errors(Said(Published(), "完成年初预算的 98.61%", "完成年初预算的 99.61%"));
        var x = Assert.Single(f);
        Assert.Equal(("YS0506", "98.61", "99.61"), (x.Rule, x.Expected, x.Actual));
        Assert.Contains("446.11 ÷ 452.40", x.Message);
        Assert.NotNull(x.Location.Page);
    }

    [SkippableFact]
    public void A_comparison_word_against_the_figures_is_caught_and_a_fitting_one_is_not()
    {
        var d = Published();
        var f = Errors(Said(d, "98.61%。决算数小于预算数", "98.61%。决算数大于预算数"));
        var x = Assert.Single(f);
        Assert.Equal(("YS0417", "决算数大于预算数"), (x.Rule, x.Actual));
        Assert.Contains("年初预算 452.40 万元、决算 446.11 万元", x.Message);
        // 持平 where the two figures are equal (54.53 = 54.53) is right; where they differ it is not.
        Assert.Single(Errors(Said(d, "98.61%。决算数小于预算数", "98.61%。决算数同预算数持平")), e => e.Rule == "YS0417");
    }

    [SkippableFact]
    public void A_class_amount_in_the_explanation_is_held_to_the_tables()
    {
        // The claims are read from the text, so the seeded figure goes into the claim the reader made of it.
        var d = Published();
        Section Change(Section s) => s with
        {
            Claims = s.Claims.Select(c => c.Code == "210" && c.Amount == 236.63m ? c with { Amount = 263.63m } : c).ToList(),
            Subsections = s.Subsections.Select(Change).ToList(),
        };
        var f = Errors(d with { Sections = d.Sections.Select(Change).ToList() });
        var x = Assert.Single(f);
        Assert.Equal(("YS0401", "263.63", TableKinds.FinalGeneralBudgetExpense, "210"), (x.Rule, x.Actual, x.Related![0].Table, x.Related[0].Row));
        Assert.NotNull(x.Location.Page);
    }

    [SkippableFact]
    public void A_share_of_the_general_budget_spending_is_recomputed_from_the_final_tables()
    {
        var d = Published();
        Section Change(Section s) => s with
        {
            Claims = s.Claims.Select(c => c.Code == "208" && c.Share == 7.74m ? c with { Share = 8.74m } : c).ToList(),
            Subsections = s.Subsections.Select(Change).ToList(),
        };
        var x = Assert.Single(Errors(d with { Sections = d.Sections.Select(Change).ToList() }));
        Assert.Equal(("YS0501", "7.74", "8.74"), (x.Rule, x.Expected, x.Actual));
        Assert.Contains("754.75 ÷ 一般公共预算财政拨款支出合计 9746.50", x.Message);
    }

    [SkippableFact]
    public void Running_costs_without_a_car_are_caught_in_the_final_accounts_too()
    {
        // p.19: "公务用车保有量为 0 辆"; give the 三公 table's 公务用车运行维护费 a 决算数 and it has no car to run.
        var d = Published();
        var three = d.Table(TableKinds.FinalThreePublic)!;
        var rows = three.Rows!.Select(r => r.Item == "vehicle_operation"
            ? r with { Values = new Dictionary<string, decimal>(r.Values) { ["final"] = 5.00m } } : r).ToList();
        var f = new Auditor().Audit(d with { Tables = d.Tables.Select(t => t == three ? t with { Rows = rows } : t).ToList() }, "final.pdf").Findings;
        var x = Assert.Single(f, y => y.Rule == "YS0405");
        Assert.Equal((TableKinds.FinalThreePublic, "final", "5.00"), (x.Location.Table, x.Location.Column, x.Actual));
        Assert.DoesNotContain(new Auditor().Audit(d, "final.pdf").Findings, y => y.Rule == "YS0405");
    }

    [SkippableTheory]
    [InlineData("收入支出总计", 9859.38, "收入总计")]
    [InlineData("本年收入合计", 9746.50, "本年收入合计")]
    [InlineData("本年支出合计", 9759.38, "本年支出合计")]
    public void The_overview_totals_are_held_to_the_summary(string subject, double printed, string line)
    {
        var d = Published();
        var amount = (decimal)printed;
        Section Change(Section s) => s with
        {
            Claims = s.Claims.Select(c => c.Subject == subject && c.Amount == amount ? c with { Amount = amount + 100m } : c).ToList(),
            Subsections = s.Subsections.Select(Change).ToList(),
        };
        // The changed total also no longer fits its stated 与上年相比 change (YS0503); the amount itself is YS0401.
        var x = Assert.Single(Errors(d with { Sections = d.Sections.Select(Change).ToList() }), f => f.Rule == "YS0401");
        Assert.Equal(("YS0401", amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)), (x.Rule, x.Expected));
        Assert.Contains($"收入支出决算总表{line}", x.Message);
    }
}
