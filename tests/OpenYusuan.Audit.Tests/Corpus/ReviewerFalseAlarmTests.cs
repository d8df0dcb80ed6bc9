using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The false-alarm classes found by reviewing the wild corpus by hand (docs/wild-review.md), each on the
/// consistent example changed in a few places: one variant where the rule must stay silent, one where it must speak.</summary>
public sealed class ReviewerFalseAlarmTests() : TempFolder("false-alarms")
{
    private List<Finding> Audit(params (string From, string To)[] changes) =>
        ExampleVariant.Audit(Dir, changes).Where(f => f.Severity != Severity.Info).ToList();

    private const string Note = "备注：示例市财政局 2025 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。";
    private const string Statement = "示例市财政局 2025 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。\n";

    [Fact]
    public void An_empty_table_the_explanation_says_is_empty_needs_no_note_under_it()
    {
        Assert.DoesNotContain(Audit((Note, "")), f => f.Rule == "YS0104");
        // The example says so three more times ("国有资本经营预算拨款未安排" …); with every such sentence gone, the empty
        // table is unexplained.
        var silent = Audit((Note, ""), ("\n" + Statement, "\n示例市财政局 2025 年国有资本经营预算拨款情况见表9。\n"),
            ("\n国有资本经营预算拨款未安排。", "\n"), ("\n上级国有资本经营预算安排的转移支付资金未安排。", "\n"),
            ("无政府性基金预算拨款和国有资本经营预算拨款。", "无政府性基金预算拨款。"));
        Assert.Equal(9, Assert.Single(silent, f => f.Rule == "YS0104").Location.Number);
    }

    [Fact]
    public void Three_public_larger_than_the_basic_part_is_no_contradiction_but_smaller_is()
    {
        // The 三公 table covers basic and project spending; the basic table's 30217 is only its basic part.
        Assert.DoesNotContain(Audit(("302\t17\t公务接待费\t1.20\t\t1.20", "302\t17\t公务接待费\t0.80\t\t0.80")), f => f.Rule == "YS0309");
        var smaller = Audit(("公务接待费\t1.20\t1.20\t\t", "公务接待费\t0.80\t0.80\t\t"), ("合计\t4.80\t4.80\t\t", "合计\t4.40\t4.40\t\t"));
        var x = Assert.Single(smaller, f => f.Rule == "YS0309");
        Assert.Equal(("0.80", "1.20"), (x.Expected, x.Actual));
    }

    [Fact]
    public void Operating_costs_below_the_public_funds_are_no_contradiction_but_above_are()
    {
        const string from = "机关运行经费";
        var text = File.ReadAllText(SharedFiles.Example);
        var at = text.IndexOf("（一）机关运行经费", StringComparison.Ordinal);
        Assert.True(at > 0, from);
        var sentence = text[at..text.IndexOf('。', at)];
        var stated = System.Text.RegularExpressions.Regex.Match(sentence, @"(\d+\.\d{2})\s*万元").Groups[1].Value;
        var below = (decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) - 1m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var above = (decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(Audit((sentence, sentence.Replace(stated, below))), f => f.Rule == "YS0402");
        Assert.Contains(Audit((sentence, sentence.Replace(stated, above))), f => f.Rule == "YS0402");
    }

    [Fact]
    public void Running_costs_of_pooled_cars_without_cars_of_ones_own_are_explained()
    {
        const string assets = "2. 车辆 2 辆，价值 36.80 万元；其中：一般公务用车 2 辆，价值 36.80 万元；";
        const string held = "主要原因是公务用车保有量 2 辆未发生变化";
        Assert.Contains(Audit((assets, "2. 车辆 0 辆；"), (held, "主要原因是延续公务用车使用安排")), f => f.Rule == "YS0405");
        Assert.DoesNotContain(Audit((assets, "2. 车辆 0 辆；"), (held, "主要原因是实行公车统管，按次支付用车费用")), f => f.Rule == "YS0405");
    }
}
