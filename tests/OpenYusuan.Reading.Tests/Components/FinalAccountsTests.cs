using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

/// <summary>Final-account (决算) documents are recognized and their tables read into final_* kinds with their own
/// columns (a 年初预算数 column where printed); audited, they balance, and the seven tables the fragment lacks are
/// reported as missing (YS0101).</summary>
public sealed class FinalAccountsTests
{
    private const string Text =
        "示例局2024年度部门决算\n第一部分 部门概况\n一、主要职能\n第二部分 2024年度部门决算表\n表1\n收入支出决算总表\n编制单位：示例局\n单位：万元\n" +
        "收入\t\t支出\t\n项目\t金额\t项目\t金额\n一、一般公共预算财政拨款收入\t100.00\t一、一般公共服务支出\t100.00\n本年收入合计\t100.00\t本年支出合计\t100.00\n" +
        "表5\n一般公共预算财政拨款支出决算表\n编制单位：示例局\n单位：万元\n科目编码\t科目名称\t年初预算数\t合计\t基本支出\t项目支出\n201\t一般公共服务支出\t90.00\t100.00\t60.00\t40.00\n" +
        "第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收入、支出决算总计100.00万元。\n";

    [Fact]
    public void Final_tables_are_read_into_their_own_kinds_and_columns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-final-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Text);
        try
        {
            var d = DisclosureReader.Read(path);
            Assert.Equal(("final", "national-final"), (d.Kind, d.Template));
            Assert.Equal(["final_summary", "final_general_budget_expense"], d.Tables.Select(t => t.Kind));
            var summary = d.Tables[0];
            Assert.Equal((100.00m, 100.00m), (summary.Income!.Single(r => r.Item == "general_budget").Values["amount"], summary.Expense!.Single(r => r.Code == "201").Values["amount"]));
            Assert.Equal(100.00m, summary.ExpenseTotals!["amount"]); // 本年支出合计 is the total when no 总计 follows
            var general = d.Tables[1];
            Assert.Equal(["initial_budget", "total", "basic", "project"], general.Columns);
            Assert.Equal("initial_budget=90.00 total=100.00 basic=60.00 project=40.00",
                string.Join(" ", general.Rows!.Single(r => r.Code == "201").Values.Select(kv => $"{kv.Key}={kv.Value}")));
            Assert.DoesNotContain(d.Notes, n => n.Rule == "YS0903");
            var audit = Yusuan.Run("audit", path);
            Assert.DoesNotContain("YS02", audit.Out);
            Assert.DoesNotContain("YS03", audit.Out);
            Assert.Contains("YS0101", audit.Out);
            Assert.Contains("收入决算表", audit.Out);
        }
        finally { File.Delete(path); }
    }
}
