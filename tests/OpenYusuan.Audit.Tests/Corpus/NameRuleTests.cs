using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>YS0603–YS0606 on the consistent 2025 example with one name changed: the explanation's 类/款/项 names are
/// held to the names the tables print, at their level, and to the names in force in the document's year.</summary>
public sealed class NameRuleTests() : TempFolder("names")
{
    private static readonly string[] NameRules = ["YS0603", "YS0604", "YS0605", "YS0606"];

    private (Model.Disclosure Document, string Path, int Line) Changed(string after, string from, string to) =>
        ExampleVariant.Read(Dir, after, from, to);

    private static List<Finding> Audit(Model.Disclosure d) => new Auditor().Audit(d, "x").Findings.Where(f => NameRules.Contains(f.Rule)).ToList();

    private const string Uses = "（三）一般公共预算当年拨款具体使用情况";

    [Fact]
    public void The_consistent_example_writes_every_name_as_its_tables_do()
    {
        // Its 五(三) item 5 names a 项 the tables do not have, at 0.00 万元 (cut since last year): rightly told, not reported.
        Assert.Empty(Audit(DisclosureReader.Read(SharedFiles.Example)));
    }

    [Fact]
    public void A_kuan_name_written_as_a_xiang_is_an_error()
    {
        var (d, _, line) = Changed(Uses, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", "卫生健康支出（类）行政事业单位医疗（项）");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0604", Severity.Error, "5", 3, line), (e.Rule, e.Severity, e.Location.Section, e.Location.Subsection, e.Location.Line));
        Assert.Contains("“卫生健康支出（类）行政事业单位医疗（项）”把“行政事业单位医疗”写作项", e.Message);
        Assert.Contains("是款 21011", e.Message);
    }

    [Fact]
    public void A_xiang_with_money_that_no_table_has_is_an_error()
    {
        var (d, _, line) = Changed(Uses, "2025 年预算数为 0.00 万元，比上年预算减少 30.00 万元，下降 100.00%", "2025 年预算数为 30.00 万元，与上年预算持平");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0605", Severity.Error, "5", line), (e.Rule, e.Severity, e.Location.Section, e.Location.Line));
        Assert.Contains("没有名为“财政委托业务支出”的科目", e.Message);
    }

    [Fact]
    public void A_xiang_whose_name_is_miswritten_points_at_the_row_of_the_same_amount()
    {
        var (d, _, _) = Changed(Uses, "财政事务（款）预算改革业务（项）", "财政事务（款）预算业务改革（项）");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0605", "预算改革业务", "2010604"), (e.Rule, e.Expected, e.Related![0].Row));
    }

    [Fact]
    public void A_name_before_a_code_that_the_tables_name_otherwise_is_an_error()
    {
        const string sentence = "卫生健康支出 28.31 万元，主要用于";
        var (d, _, line) = Changed("四、关于示例市财政局 2025 年财政拨款收支预算情况的总体说明\n", sentence, "卫生健康支出 28.31 万元，其中事业单位医疗（2101101）21.78 万元，主要用于");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0603", Severity.Error, "4", line, "行政单位医疗"), (e.Rule, e.Severity, e.Location.Section, e.Location.Line, e.Expected));
        Assert.Contains("“事业单位医疗（2101101）”", e.Message);
    }

    [Theory]
    [InlineData("卫生健康支出 28.31 万元，主要用于行政单位医疗（2101101）和")]
    [InlineData("卫生健康支出 28.31 万元，其中：行政单位医疗（2101101）21.78 万元，主要用于")]
    public void A_name_before_its_code_as_the_tables_print_it_is_not_reported(string written)
    {
        var (d, _, _) = Changed("四、关于示例市财政局 2025 年财政拨款收支预算情况的总体说明\n", "卫生健康支出 28.31 万元，主要用于", written);
        Assert.Empty(Audit(d));
    }

    [Fact]
    public void A_kuan_name_renamed_in_2020_is_a_warning_in_a_2025_budget_and_not_in_a_2019_one()
    {
        var (d, _, line) = Changed(Uses, "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）", "社会保障和就业支出（类）行政事业单位离退休（款）行政单位离退休（项）");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0606", Severity.Warning, "5", line, "行政事业单位养老支出"), (e.Rule, e.Severity, e.Location.Section, e.Location.Line, e.Expected));
        Assert.Contains("2020 年起已改名", e.Message);
        Assert.Empty(Audit(d with { Year = 2019 }));
    }

    [Fact]
    public void A_table_row_with_a_renamed_name_is_a_warning_at_its_row()
    {
        var (d, _, line) = Changed("\n## 第二部分", "208\t05\t\t行政事业单位养老支出", "208\t05\t\t行政事业单位离退休");
        var e = Assert.Single(Audit(d));
        Assert.Equal(("YS0606", "income", "20805", line), (e.Rule, e.Location.Table, e.Location.Row, e.Location.Line));
    }
}
