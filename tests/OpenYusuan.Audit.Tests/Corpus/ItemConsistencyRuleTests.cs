using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>An item that contradicts itself (YS0414, YS0415), a rate recomputed from the figures the text gives with it
/// (YS0506), cells judged by the precision they are printed with, and the false alarms of changes read as amounts and
/// vehicles counted in words — each on the consistent example with one place changed, and on the example unchanged.</summary>
public sealed class ItemConsistencyRuleTests() : TempFolder("items")
{
    private const string Item = "行政运行（项）：2025 年预算数为 360.77 万元，比上年预算增加 22.25 万元，增长 6.57%";

    private List<Finding> Audit(string from, string to, bool all = false) =>
        ExampleVariant.Audit(Dir, (from, to)).Where(f => all || f.Severity != Severity.Info).ToList();

    [Fact]
    public void The_unchanged_example_raises_none_of_these_rules()
    {
        var f = new Auditor().Audit(DisclosureReader.Read(SharedFiles.Example), SharedFiles.Example).Findings;
        Assert.DoesNotContain(f, x => x.Rule is "YS0414" or "YS0415" or "YS0506" or "YS0405");
    }

    [Fact]
    public void An_item_whose_body_restates_its_amount_differently_says_which_figure_the_change_fits()
    {
        var f = Audit(Item, "行政运行（项）360.77 万元。2025 年预算安排 338.52 万元，比上年预算增加 22.25 万元，增长 6.57%");
        var x = Assert.Single(f);
        Assert.Equal(("YS0414", Severity.Error, "5", 429, "360.77", "338.52"), (x.Rule, x.Severity, x.Location.Section, x.Location.Line, x.Expected, x.Actual));
        Assert.Contains("为 360.77（与前者一致）", x.Message);
        Assert.Contains("增长 6.57% 与前者相容", x.Message);
    }

    [Fact]
    public void The_same_amount_stated_twice_is_no_contradiction()
    {
        var f = Audit(Item, "行政运行（项）360.77 万元。2025 年预算安排 360.77 万元，比上年预算增加 22.25 万元，增长 6.57%");
        Assert.Empty(f);
    }

    [Fact]
    public void A_printed_last_year_figure_that_does_not_fit_the_change_is_an_error()
    {
        var f = Audit(Item, "行政运行（项）：2025 年预算数为 360.77 万元，比上年预算数 340.00 万元增加 22.25 万元，增长 6.57%");
        var x = Assert.Single(f);
        Assert.Equal(("YS0415", "5", "20.77", "22.25"), (x.Rule, x.Location.Section, x.Expected, x.Actual));
        Assert.Contains("文中上年数为 340.00 万元", x.Message);
        Assert.Empty(Audit(Item, "行政运行（项）：2025 年预算数为 360.77 万元，比上年预算数 338.52 万元增加 22.25 万元，增长 6.57%"));
    }

    [Fact]
    public void A_share_of_a_whole_the_text_states_is_recomputed_from_those_two_figures()
    {
        const string from = "公务接待费 1.20 万元。";
        var f = Audit(from, "公务接待费 1.20 万元，占 30.00%。");
        var x = Assert.Single(f, y => y.Rule == "YS0506");
        Assert.Equal(("10", "25.00", "30.00", 507), (x.Location.Section, x.Expected, x.Actual, x.Location.Line));
        Assert.Contains("1.20 ÷ 4.80", x.Message);
        Assert.DoesNotContain(Audit(from, "公务接待费 1.20 万元，占 25.00%。"), y => y.Rule == "YS0506");
    }

    [Fact]
    public void A_change_written_as_growth_in_wan_yuan_is_a_change_not_the_amount()
    {
        var f = Audit("“三公”经费比上年预算减少 0.30 万元", "“三公”经费比上年预算下降 0.30 万元");
        Assert.Empty(f);
        var claim = ExampleVariant.Read(Dir, "", "“三公”经费比上年预算减少 0.30 万元", "“三公”经费比上年预算下降 0.30 万元").Document.Sections.SelectMany(s => s.Claims)
            .Single(c => c.Item == "total" && c.Change is not null);
        Assert.Equal(0.30m, claim.Change!.Value);
        Assert.Equal(4.80m, claim.Amount);
    }

    [Fact]
    public void Vehicles_counted_in_words_anywhere_are_vehicles()
    {
        const string assets = "2. 车辆 2 辆，价值 36.80 万元；其中：一般公务用车 2 辆，价值 36.80 万元；";
        // With the cars counted nowhere ("保有量 2 辆" is a count too), the running costs have no car.
        var without = ExampleVariant.Audit(Dir, (assets, "2. 车辆 0 辆；"), ("公务用车保有量 2 辆未发生变化", "公务用车使用安排未发生变化"));
        Assert.Contains(without, x => x.Rule == "YS0405");
        Assert.DoesNotContain(ExampleVariant.Audit(Dir, (assets, "2. 车辆 0 辆；"), ("公务用车保有量 2 辆未发生变化", "现有公务用车两辆未发生变化")),
            x => x.Rule == "YS0405");
    }

    [Fact]
    public void A_cell_printed_as_an_integer_is_judged_by_its_own_precision()
    {
        // 4.80 printed as "5": the 三公 sum (0 + 1.20 + 3.60) and the text's 4.80 are inside its half unit.
        var f = Audit("合计\t4.80\t4.80\t\t", "合计\t5\t4.80\t\t", all: true);
        Assert.DoesNotContain(f, x => x.Severity != Severity.Info);
        Assert.Contains(f, x => x.Rule == "YS0206" && x.Message.Contains("四舍五入"));
        // Printed with two decimals, the same 0.20 is an error.
        Assert.Contains(Audit("合计\t4.80\t4.80\t\t", "合计\t5.00\t4.80\t\t"), x => x.Rule == "YS0206" && x.Severity == Severity.Error);
    }

    [Fact]
    public void The_envelope_is_each_figures_own_half_step()
    {
        Assert.Equal(0.01m, Amounts.Envelope([1.20m, 3.60m], 2));
        Assert.Equal(0.5m, Amounts.Envelope([5m, 1.20m], 1));
        Assert.Equal(0.505m, Amounts.Envelope([5m, 1.20m], 2));
        Assert.Equal(Amounts.Outcome.Rounding, Amounts.Compare(1234567m, 1234566.66m, 2, [1234566.33m, 0.33m]));
        Assert.Equal(Amounts.Outcome.Different, Amounts.Compare(1234567.00m, 1234566.66m, 2, [1234566.33m, 0.33m]));
    }

    [Fact]
    public void A_rate_divided_by_this_years_figure_is_named_as_such()
    {
        var f = Audit("占 59.09%，比上年预算增加 31.94 万元，增长 6.69%", "占 59.09%，比上年预算增加 31.94 万元，增长 6.27%");
        var x = Assert.Single(f);
        Assert.Equal(("YS0503", "6.69", "6.27"), (x.Rule, x.Expected, x.Actual));
        Assert.Contains("31.94 ÷ 本年数 509.50", x.Message);
    }

    [Fact]
    public void A_page_number_inside_a_paragraph_and_letter_spaced_words_do_not_break_a_claim()
    {
        Assert.Empty(Audit("占 59.09%，比上年预算增加 31.94 万元，增长 6.69%", "占 59.09%，比上年预算增\n— 6 —\n加 31.94 万元，增长 6.69%"));
        Assert.Empty(Audit("占 59.09%，比上年预算增加 31.94 万元，增长 6.69%", "占 59.09%，比上年预算增 加 31.94 万元，增 长 6.69%"));
    }
}
