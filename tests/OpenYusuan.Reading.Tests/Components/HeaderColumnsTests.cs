using OpenYusuan.Model;
using OpenYusuan.Reading.Tables;
using OpenYusuan.Reading.Text;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

/// <summary>Header labels shredded over many lines by PDF extraction still name their columns.</summary>
public sealed class HeaderColumnsTests
{
    [Fact]
    public void Shredded_income_header_resolves_to_all_twelve_columns()
    {
        var header = "功能分类\n科目编码\n财政拨款（补助）\n类 款 项\n功能分类科目名称 总计 财政拨款\n(补助)小\n计\n一般公共\n预算\n上级一般\n公共预算\n安排的转\n移支付\n政府性基\n金预算\n上级政府性\n基金安排的\n转移支付\n国有资本\n经营预算\n上级国有\n资本经营\n预算安排\n的转移支\n付\n财政专户\n（教育收\n费）\n单位资金\n财政拨款\n结转\n非财政拨\n款结转结\n余\n※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11 12";
        var columns = HeaderColumns.Resolve(TableKinds.Income, TextNormalizer.Key(header), out var numbered);
        Assert.Equal(12, numbered);
        Assert.Equal(
            ["total", "fiscal_subtotal", "general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer",
             "state_capital", "state_capital_transfer", "special_account", "unit_funds", "fiscal_carryover", "nonfiscal_carryover"],
            columns);
    }

    [Fact]
    public void Older_income_columns_map_to_their_keys()
    {
        var header = "科目编码 科目名称 合计 一般公共预算拨款 政府性基金预算拨款 国有资本经营预算 财政专户（教育收费） 事业收入 事业单位经营收入 单位其他资金收入";
        Assert.Equal(
            ["total", "general_budget", "gov_fund", "state_capital", "special_account", "business_income", "operating_income", "other_income"],
            HeaderColumns.Resolve(TableKinds.Income, TextNormalizer.Key(header), out _));
    }

    [Fact]
    public void Group_headers_stand_for_their_sub_columns()
    {
        var header = "项目名称 总计 财政拨款 非财政拨款 合计 基本支出 项目支出 合计 基本支出 项目支出 人员经费 公用经费 人员经费 公用经费";
        Assert.Equal(9, HeaderColumns.Resolve(TableKinds.Carryover, TextNormalizer.Key(header), out _).Count);
        var fund = "功能分类科目名称 合计 基本支出 项目支出 人员经费 公用经费";
        Assert.Equal(["total", "personnel", "public", "project"], HeaderColumns.Resolve(TableKinds.GovFundExpense, TextNormalizer.Key(fund), out _));
    }

    private static SourceLine Row(int n, params string[] cells) => new(n, string.Join(' ', cells), cells);

    [Fact]
    public void Cells_of_a_kind_beyond_the_national_set_name_their_columns_group_over_leaf()
    {
        // 一般公共预算支出表（按经济分类）in three header rows: 合计 merged down, 基本支出 over 人员经费 | 公用经费, 项目支出
        // merged down beside them (it must not take the 公用经费 on its left).
        var header = new[]
        {
            Row(1, "经济分类科目编码", "经济分类科目名称", "合计", "基本支出", "", "项目支出"),
            Row(2, "", "", "", "人员经费", "公用经费", ""),
            Row(3, "", "", "", "", "", ""),
        };
        Assert.Equal(["total", "personnel", "public", "project"], HeaderColumns.FromCells(TableKinds.GeneralBudgetEconomic, header));
    }

    [Fact]
    public void A_figure_column_the_rules_do_not_know_leaves_the_header_unread_rather_than_shifted()
    {
        var header = new[] { Row(1, "科目编码", "科目名称", "合计", "某某新列", "公用经费") };
        Assert.Empty(HeaderColumns.FromCells(TableKinds.GeneralBudgetEconomic, header));
    }
}
