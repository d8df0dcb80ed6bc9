using OpenYusuan.Model.Findings;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>YS0418 on the consistent example: a count of cars to buy, or of reception batches, against the 三公 table.</summary>
public sealed class ThreePublicCountTests() : OpenYusuan.Reading.Tests.Support.TempFolder("three-public-counts")
{
    private const string Cars = "2025 年单位预算未安排购置车辆经费";
    private const string Reception = "减少接待批次。";

    [Fact]
    public void Cars_to_buy_with_no_purchase_money_are_a_contradiction_and_none_to_buy_is_not()
    {
        var f = ExampleVariant.Audit(Dir, (Cars, "2025 年单位预算安排购置车辆 1 辆"));
        var x = Assert.Single(f, y => y.Rule == "YS0418");
        Assert.Equal((Severity.Warning, "0"), (x.Severity, x.Actual));
        Assert.Contains("购置车辆 1 辆", x.Message);
        Assert.DoesNotContain(ExampleVariant.Audit(Dir, (Cars, "2025 年单位预算安排购置车辆 0 辆")), y => y.Rule == "YS0418");
    }

    [Fact]
    public void Reception_batches_are_held_to_the_reception_money()
    {
        Assert.DoesNotContain(ExampleVariant.Audit(Dir, (Reception, "减少接待批次，全年安排公务接待 3 批次。")), y => y.Rule == "YS0418");
        var x = Assert.Single(ExampleVariant.Audit(Dir, (Reception, "减少接待批次，全年安排公务接待 0 批次。")), y => y.Rule == "YS0418");
        Assert.Equal("1.20", x.Actual);
    }
}
