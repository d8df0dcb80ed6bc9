using OpenYusuan.Audit.Engine;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>YS0111–YS0112: the consistent example lists every 类 and 款 down to its 项 (by function) and every 类 down to
/// its 款 (by economic nature); with the rows below one of them gone, the table says less than the rules ask.</summary>
public sealed class DetailLevelRuleTests() : TempFolder("detail-level")
{
    private static readonly string[] Rules = ["YS0111", "YS0112"];

    [Fact]
    public void The_consistent_example_is_detailed_enough()
    {
        Assert.DoesNotContain(ExampleVariant.Audit(Dir), f => Rules.Contains(f.Rule));
    }

    [Fact]
    public void A_kuan_printed_without_its_items_is_reported()
    {
        var (model, path, _) = ExampleVariant.Read(Dir, "表 5",
            "210\t11\t01\t行政单位医疗\t21.78\t21.78\t\n210\t11\t03\t公务员医疗补助\t6.53\t6.53\t\n", "");
        var f = Assert.Single(new Auditor().Audit(model, path).Findings, f => Rules.Contains(f.Rule));
        Assert.Equal(("YS0111", 5, "21011"), (f.Rule, f.Location.Number, f.Location.Row));
        Assert.Contains("21011 行政事业单位医疗", f.Message);
        Assert.Contains("款级", f.Message);
    }

    [Fact]
    public void A_class_of_basic_spending_printed_without_its_kuan_is_reported()
    {
        var (model, path, _) = ExampleVariant.Read(Dir, "表 6", "303\t02\t退休费\t6.84\t6.84\t\n303\t05\t生活补助\t1.20\t1.20\t\n", "");
        var f = Assert.Single(new Auditor().Audit(model, path).Findings, f => Rules.Contains(f.Rule));
        Assert.Equal(("YS0112", 6, "303"), (f.Rule, f.Location.Number, f.Location.Row));
        Assert.Contains("类级", f.Message);
    }

    [Fact]
    public void A_kuan_the_classification_gives_no_items_is_not_reported()
    {
        // 援助其他地区支出's 款 have no 项: 21901 printed alone is complete.
        var (model, path, _) = ExampleVariant.Read(Dir, "表 5", "221\t\t\t住房保障支出",
            "219\t\t\t援助其他地区支出\t1.00\t1.00\t\n219\t01\t\t一般公共服务\t1.00\t1.00\t\n221\t\t\t住房保障支出");
        Assert.DoesNotContain(new Auditor().Audit(model, path).Findings, f => Rules.Contains(f.Rule));
    }
}
