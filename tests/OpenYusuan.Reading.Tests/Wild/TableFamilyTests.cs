using OpenYusuan.Templates;
using Xunit;

namespace OpenYusuan.Reading.Tests.Wild;

/// <summary>The family's data (src/OpenYusuan.Templates/Data/tables.json) names what real titles, part headings and
/// header labels of many regions mean. Each line below is printed in a real publication.</summary>
public sealed class TableFamilyTests
{
    /// <summary>Wordings of the same tables beyond the corpus (other regions' and years' titles): none may fall through to
    /// a wider rule, as 收入支出预算总表 once did to 支出总表 and 部门经济分类支出预算表 to the 功能分类 支出总表.</summary>
    [Theory]
    [InlineData("部门收支预算表", "summary")]
    [InlineData("收入支出预算总表", "summary")]
    [InlineData("财政拨款收入支出预算总表", "fiscal_summary")]
    [InlineData("政府性基金收支预算表", "gov_fund_summary")]
    [InlineData("一般公共预算拨款基本支出预算表", "basic_expense")]
    [InlineData("一般公共预算基本支出功能分类表", "basic_by_function")]
    [InlineData("基本支出预算明细表", "unit_basic_expense")]
    [InlineData("一般公共预算经济分类支出预算表", "general_budget_economic")]
    [InlineData("部门支出经济分类汇总表", "expense_economic")]
    [InlineData("部门经济分类支出预算表", "expense_economic")]
    [InlineData("政府经济分类支出预算表", "expense_economic")]
    [InlineData("支出预算汇总表", "expense")]
    [InlineData("部门预算支出功能分类表", "expense")]
    public void A_title_of_another_wording_names_its_kind(string title, string kind) =>
        Assert.Equal(kind, TableFamily.KindOfTitle(title, false));

    [Theory]
    [InlineData("基本支出汇总表", "unit_basic_expense")]
    [InlineData("项目支出预算汇总表", "project_expense")]
    [InlineData("项目支出功能分类表", "project_expense")]
    [InlineData("项目支出经济分类表", "project_economic")]
    [InlineData("项目支出汇总表（按经济分类）", "project_economic")]
    [InlineData("一般公共预算项目支出经济分类表", "project_economic")]
    [InlineData("国有资本经营预算收入支出总表", "state_capital_expense")]
    [InlineData("政府性基金预算财政拨款收入支出表", "gov_fund_expense")]
    public void A_title_of_a_narrower_table_is_not_taken_by_a_wider_rule(string title, string kind) =>
        Assert.Equal(kind, TableFamily.KindOfTitle(title, false));

    [Theory]
    [InlineData("单位资金收支预算表")]
    [InlineData("财政专户管理资金收支表")]
    [InlineData("一般公共预算收支预算表")]
    [InlineData("财政专户收支预算表")]
    [InlineData("单位资金支出经济分类表")]
    [InlineData("上年结转支出经济分类表")]
    public void A_title_of_a_table_outside_the_family_names_none(string title) =>
        Assert.Null(TableFamily.KindOfTitle(title, false));

    [Theory]
    [InlineData("部门收支总体情况表", "summary")]
    [InlineData("2026年度收支预算总表", "summary")]
    [InlineData("部门财务收支预算总表", "summary")]
    [InlineData("财政拨款收支总体情况表", "fiscal_summary")]
    [InlineData("一般公共预算支出情况表（按功能分类科目）", "general_budget_expense")]
    [InlineData("一般公共预算基本支出情况表（按经济分类科目）", "basic_expense")]
    [InlineData("一般公共预算项目支出情况表（按经济分类科目）", "project_economic")]
    [InlineData("2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", "general_budget_economic")]
    [InlineData("2022年部门综合预算一般公共预算基本支出明细表（按功能科目分）", "basic_by_function")]
    [InlineData("2022年部门综合预算专项业务经费支出表", "special_expense")]
    [InlineData("部门预算项目支出及其他支出预算表", "unit_project_expense")]
    [InlineData("一般公共预算项目支出情况表", "project_expense")]
    [InlineData("项目支出预算情况表", "project_expense")]
    [InlineData("财政拨款安排的行政经费及“三公”经费预算表", "three_public")]
    [InlineData("政府性基金预算支出情况表", "gov_fund_expense")]
    [InlineData("2022年部门综合预算政府性基金收支表（不含上年结转）", "gov_fund_summary")]
    [InlineData("上年结转结余情况明细表", "carryover")]
    [InlineData("政府采购预算明细表", "procurement")]
    [InlineData("财政拨款政府购买服务明细表", "purchased_services")]
    public void A_budget_title_names_its_kind(string title, string kind) =>
        Assert.Equal(kind, TableFamily.KindOfTitle(title, final: false));

    [Theory]
    [InlineData("财政拨款收入支出决算总表", "final_fiscal_summary")]
    [InlineData("一般公共预算财政拨款基本支出决算表", "final_basic_expense")]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "final_gov_fund")]
    public void A_final_title_names_its_kind(string title, string kind) =>
        Assert.Equal(kind, TableFamily.KindOfTitle(title, final: true));

    [Theory]
    [InlineData("2026年度部门预算情况说明", 1, "explanation")]      // Beijing prints its explanation first
    [InlineData("部门预算公开报表", 5, "tables")]                    // Xi'an prints its tables fifth
    [InlineData("专业名词解释", 4, "glossary")]
    [InlineData("部门概况", 1, "overview")]
    [InlineData("附 件", 5, "other")]
    [InlineData("", 2, "tables")]                                   // a bare 第二部分 follows the national order
    public void A_part_heading_says_what_the_part_holds(string heading, int number, string role) =>
        Assert.Equal(role, TableFamily.PartRole(heading, number));

    [Theory]
    [InlineData("income", "合计", "total")]
    [InlineData("income", "财政拨款（补助）|小计", "fiscal_subtotal")]
    [InlineData("income", "本年收入|小计", "current_subtotal")]
    [InlineData("income", "上年结转结余|一般公共预算资金", "fiscal_carryover_general")]
    [InlineData("income", "一般公共预算拨款|小计", "general_budget")]
    [InlineData("carryover", "财政拨款|人员经费", "fiscal_personnel")]
    [InlineData("carryover", "非财政拨款项目支出", "nonfiscal_project")]
    [InlineData("gov_fund_expense", "政府性基金预算支出|合计", "total")]
    [InlineData("expense", "其中：基本支出", "basic")]
    [InlineData("income", "上年财政拨款结转", "fiscal_carryover")]
    [InlineData("income", "上年非财政拨款结转", "nonfiscal_carryover")]
    [InlineData("expense_economic", "一般公共预算基本支出|人员经费", "personnel")]
    public void A_header_path_names_its_column(string kind, string path, string key) =>
        Assert.Equal(key, TableFamily.ColumnKey(kind, path.Split('|')));

    [Fact]
    public void A_label_the_family_does_not_know_has_no_key() =>
        Assert.Null(TableFamily.ColumnKey("income", ["专项资金列入部门预算项目"]));
}
