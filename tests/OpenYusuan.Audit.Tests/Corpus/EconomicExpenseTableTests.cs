using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>A table of every source's spending by 经济分类 (部门支出经济分类汇总表, printed by regions beside the national
/// set) is read as its own kind, by its economic codes: before, its title fell through to the 支出总表 rule and its 3xx
/// rows were read as 功能分类 codes.</summary>
public sealed class EconomicExpenseTableTests() : TempFolder("economic-expense")
{
    private const string Title = "### 一般公共预算基本支出情况表";

    /// <summary>The example with a copy of its 表6 printed once more under the region's title, before 表7.</summary>
    private string Variant(Func<string, string> change)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        var from = text.IndexOf(Title, StringComparison.Ordinal);
        var to = text.IndexOf("表 7", from, StringComparison.Ordinal);
        var copy = change(text[from..to].Replace(Title, "### 部门支出经济分类汇总表"));
        var path = Path.Combine(Dir, $"economic-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text[..to] + copy + text[to..]);
        return path;
    }

    [Fact]
    public void The_table_is_read_by_its_economic_codes_and_raises_nothing()
    {
        var path = Variant(t => t);
        var d = DisclosureReader.Read(path);
        var table = Assert.Single(d.Tables, t => t.Kind == TableKinds.ExpenseEconomic);
        Assert.Equal(28, table.Rows!.Count);
        Assert.Equal(("30101", 118.80m), (table.Rows[1].Code, table.Rows[1].Values["total"]));
        Assert.Equal(509.50m, table.Totals!["total"]);
        var findings = new Auditor().Audit(d, path).Findings;
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Info && f.Location.Table == TableKinds.ExpenseEconomic);
    }

    [Fact]
    public void A_changed_cell_breaks_its_identities()
    {
        var path = Variant(t => t.Replace("基本工资\t118.80\t118.80", "基本工资\t128.80\t118.80"));
        var findings = new Auditor().Audit(DisclosureReader.Read(path), path).Findings;
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Location.Table == TableKinds.ExpenseEconomic && f.Rule.StartsWith("YS0"));
    }
}
