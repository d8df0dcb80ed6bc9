using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>YS08 on the consistent 2025 example with one year changed: each wrong year is caught at its section and
/// line, quoting what it doubts; the legitimate forms (上年 = 2024, ranges spanning 2025, 持平, 2024 与 2025 均未安排,
/// a 上年 8 月 31 日 asset date) are left alone.</summary>
public sealed class YearRuleTests() : TempFolder("years")
{
    private static readonly string[] YearRules = ["YS0801", "YS0802", "YS0803", "YS0804", "YS0805"];

    /// <summary>The example with <paramref name="from"/> (searched from the part of the document named by
    /// <paramref name="after"/>) replaced, audited; and the 1-based line of the change.</summary>
    private (List<Finding> Findings, int Line) AuditWith(string after, string from, string to)
    {
        var (d, path, line) = ExampleVariant.Read(Dir, after, from, to);
        return (new Auditor().Audit(d, path).Findings.Where(f => YearRules.Contains(f.Rule)).ToList(), line);
    }

    private const string Explanation = "\n## 第三部分";

    [Fact]
    public void The_consistent_example_names_no_wrong_year()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        Assert.DoesNotContain(new Auditor().Audit(d, "x").Findings, f => YearRules.Contains(f.Rule));
    }

    [Fact]
    public void A_comparison_with_the_budget_year_itself_is_an_error()
    {
        var (f, line) = AuditWith("二、关于示例市财政局 2025 年收入预算情况说明\n", "比上年预算增加 93.94", "比2025年预算增加 93.94");
        var e = Assert.Single(f);
        Assert.Equal(("YS0801", Severity.Error, "2", line), (e.Rule, e.Severity, e.Location.Section, e.Location.Line));
        Assert.Contains("“比2025年预算增加93.94万元", e.Message);
        Assert.Contains("上年（2024 年）", e.Message);
    }

    [Fact]
    public void A_comparison_with_the_year_before_last_is_a_warning()
    {
        var (f, line) = AuditWith("三、关于示例市财政局 2025 年支出预算情况说明\n", "比上年预算增加 31.94", "比2023年预算增加 31.94");
        var e = Assert.Single(f);
        Assert.Equal(("YS0805", Severity.Warning, "3", line, "2023"), (e.Rule, e.Severity, e.Location.Section, e.Location.Line, e.Actual));
        Assert.Contains("比2023年预算增加31.94万元", e.Message);
    }

    [Fact]
    public void Last_year_in_brackets_with_another_year_is_a_warning()
    {
        var (f, line) = AuditWith("三、关于示例市财政局 2025 年支出预算情况说明\n", "比上年预算增加 85.80", "比上年（2023年）预算增加 85.80");
        var e = Assert.Single(f);
        Assert.Equal(("YS0805", "3", line), (e.Rule, e.Location.Section, e.Location.Line));
    }

    [Theory]
    [InlineData("比2024年预算增加 93.94")]          // last year by its number
    [InlineData("与2024年预算相比增加 93.94")]
    [InlineData("比上年（2024年）预算增加 93.94")]
    public void A_comparison_with_last_year_by_its_number_is_not_reported(string written)
    {
        var (f, _) = AuditWith("二、关于示例市财政局 2025 年收入预算情况说明\n", "比上年预算增加 93.94", written);
        Assert.Empty(f);
    }

    [Fact]
    public void Flat_against_last_year_and_both_years_without_an_item_are_not_comparisons_with_the_year()
    {
        // The example says "与上年预算持平" and "2024 年与 2025 年均未安排"; written with the budget year's number in the
        // second place, "2024 年与 2025 年均未安排" is still no comparison.
        var (f, _) = AuditWith("十、关于示例市财政局 2025 年财政拨款“三公”经费预算情况说明\n", "公务用车运行费与上年预算持平", "公务用车运行费与2024年预算持平");
        Assert.Empty(f);
    }

    [Fact]
    public void An_execution_period_wholly_in_another_year_is_an_error()
    {
        var (f, line) = AuditWith("七、关于示例市财政局", "资金执行时间：2025 年 1 月 1 日-2025 年 12 月 31 日", "资金执行时间：2024 年 1 月-12 月");
        var e = Assert.Single(f);
        Assert.Equal(("YS0802", Severity.Error, "7", line, "2024"), (e.Rule, e.Severity, e.Location.Section, e.Location.Line, e.Actual));
        Assert.Contains("资金执行时间：2024年1月-12月", e.Message);
    }

    [Theory]
    [InlineData("资金执行时间：2024 年 7 月-2026 年 6 月")]
    [InlineData("资金执行时间：2024-2025 年")]
    [InlineData("资金执行时间：2025 年全年")]
    public void A_period_that_includes_the_budget_year_is_not_reported(string period)
    {
        var (f, _) = AuditWith("七、关于示例市财政局", "资金执行时间：2025 年 1 月 1 日-2025 年 12 月 31 日", period);
        Assert.Empty(f);
    }

    [Fact]
    public void An_asset_count_dated_two_years_back_is_a_warning()
    {
        var (f, line) = AuditWith("（三）国有资产占用使用情况", "截至 2024 年底", "截至 2023 年底");
        var e = Assert.Single(f);
        Assert.Equal(("YS0803", Severity.Warning, "12", 3, line), (e.Rule, e.Severity, e.Location.Section, e.Location.Subsection, e.Location.Line));
        Assert.Contains("截至2023年底", e.Message);
    }

    [Fact]
    public void An_asset_count_dated_at_the_end_of_the_budget_year_is_reported()
    {
        var (f, _) = AuditWith("（三）国有资产占用使用情况", "截至 2024 年底", "截至 2025 年 12 月 31 日");
        Assert.Equal("YS0803", Assert.Single(f).Rule);
    }

    [Theory]
    [InlineData("截至 2024 年 8 月 31 日")]   // Shanghai: 上年 8 月 31 日
    [InlineData("截至 2024 年 12 月 31 日")]
    [InlineData("截至 2025 年 1 月 31 日")]   // Guangzhou: the month before the budget
    public void Asset_dates_at_the_latest_count_before_the_budget_are_not_reported(string date)
    {
        var (f, _) = AuditWith("（三）国有资产占用使用情况", "截至 2024 年底", date);
        Assert.Empty(f);
    }

    [Fact]
    public void A_section_heading_with_another_year_is_an_error()
    {
        var (f, line) = AuditWith(Explanation, "三、关于示例市财政局 2025 年支出预算情况说明", "三、关于示例市财政局 2024 年支出预算情况说明");
        var e = Assert.Single(f);
        Assert.Equal(("YS0804", Severity.Error, "3", line, "2024"), (e.Rule, e.Severity, e.Location.Section, e.Location.Line, e.Actual));
        Assert.Contains("关于示例市财政局2024年支出预算情况说明", e.Message);
    }

    [Fact]
    public void A_table_title_with_another_year_is_an_error()
    {
        var (f, line) = AuditWith("\n## 第二部分", "### 单位支出总体情况表", "### 2024 年单位支出总体情况表");
        var e = Assert.Single(f);
        Assert.Equal(("YS0804", "expense", 3, line), (e.Rule, e.Location.Table, e.Location.Number, e.Location.Line));
    }

    [Theory]
    [InlineData("### 2025 年单位支出总体情况表")]
    [InlineData("### 2024 年结转结余资金支出情况表")]
    public void Titles_with_the_budget_year_or_last_year_carry_over_are_not_reported(string title)
    {
        var (f, _) = AuditWith("\n## 第二部分", "### 单位支出总体情况表", title);
        Assert.Empty(f);
    }

    [Fact]
    public void A_final_account_comparing_with_its_own_years_budget_is_not_reported_but_with_its_own_year_is()
    {
        var d = DisclosureReader.Read(SharedFiles.Example) with { Kind = "final", Year = 2025 };
        static Model.Section With(Model.Section s, string text) => s with { Text = text, Subsections = [] };
        var first = d.Sections[0];
        var budget = d with { Sections = [With(first, "2025 年度决算数比2025年年初预算增加 10.00 万元。")] };
        var itself = d with { Sections = [With(first, "2025 年度支出与2025年度相比增加 10.00 万元。")] };
        Assert.DoesNotContain(new Auditor().Audit(budget, "x").Findings, f => f.Rule == "YS0801");
        Assert.Contains(new Auditor().Audit(itself, "x").Findings, f => f.Rule == "YS0801");
    }
}
