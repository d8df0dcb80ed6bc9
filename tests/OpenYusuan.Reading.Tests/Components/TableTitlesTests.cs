using OpenYusuan.Model;
using OpenYusuan.Reading.Layout;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

/// <summary>Tables are recognized by their titles in every alias seen (Xinjiang, Shanghai, national), never by number.</summary>
public sealed class TableTitlesTests
{
    [Theory]
    [InlineData("单位收支总体情况表", TableKinds.Summary)]
    [InlineData("部门财务收支预算总表", TableKinds.Summary)]
    [InlineData("表 2 部门收入总体情况表", TableKinds.Income)]
    [InlineData("部门收入预算总表", TableKinds.Income)]
    [InlineData("单 位 支 出 总 体 情 况 表", TableKinds.Expense)]
    [InlineData("财政拨款收支预算总体情况表", TableKinds.FiscalSummary)]
    [InlineData("部门财政拨款收支预算总表", TableKinds.FiscalSummary)]
    [InlineData("一般公共预算支出功能分类预算表", TableKinds.GeneralBudgetExpense)]
    [InlineData("一般公共预算基本支出部门预算经济分类预算表", TableKinds.BasicExpense)]
    [InlineData("七、一般公共预算项目支出情况表", TableKinds.ProjectExpense)]
    [InlineData("政府性基金预算支出情况表", TableKinds.GovFundExpense)]
    [InlineData("国有资本经营预算支出功能分类预算表", TableKinds.StateCapitalExpense)]
    [InlineData("财政拨款“三公”经费支出情况表", TableKinds.ThreePublic)]
    [InlineData("“三公”经费和机关运行经费预算表", TableKinds.ThreePublic)]
    [InlineData("上年结转结余情况明细表", TableKinds.Carryover)]
    public void Titles_name_their_kind(string title, string kind) => Assert.Equal(kind, TableTitles.KindOf(title));

    /// <summary>The national set's titles as other cities print them (财政部 2017 template: 收支总表, 收入总表, 支出总表,
    /// 财政拨款收支总表, 一般公共预算支出表, …; with 部门/单位, the year, 预算 and 财政拨款 put in or left out).</summary>
    [Theory]
    [InlineData("2024年部门收支总表", TableKinds.Summary)]
    [InlineData("部门收支预算总表", TableKinds.Summary)]
    [InlineData("2025年部门综合预算收支总表", TableKinds.Summary)]
    [InlineData("收入总表", TableKinds.Income)]
    [InlineData("2024年单位收入预算表", TableKinds.Income)]
    [InlineData("部门支出总表", TableKinds.Expense)]
    [InlineData("部门支出预算表", TableKinds.Expense)]
    [InlineData("财政拨款收支总表", TableKinds.FiscalSummary)]
    [InlineData("2024年财政拨款收支预算总表", TableKinds.FiscalSummary)]
    [InlineData("一般公共预算支出表", TableKinds.GeneralBudgetExpense)]
    [InlineData("一般公共预算财政拨款支出表", TableKinds.GeneralBudgetExpense)]
    [InlineData("一般公共预算支出预算表（按功能科目）", TableKinds.GeneralBudgetExpense)]
    [InlineData("一般公共预算基本支出表", TableKinds.BasicExpense)]
    [InlineData("一般公共预算财政拨款基本支出表", TableKinds.BasicExpense)]
    [InlineData("一般公共预算“三公”经费支出表", TableKinds.ThreePublic)]
    [InlineData("一般公共预算财政拨款“三公”经费支出表", TableKinds.ThreePublic)]
    [InlineData("政府性基金预算支出表", TableKinds.GovFundExpense)]
    [InlineData("政府性基金预算财政拨款支出表", TableKinds.GovFundExpense)]
    [InlineData("国有资本经营预算支出表", TableKinds.StateCapitalExpense)]
    [InlineData("国有资本经营预算财政拨款支出表", TableKinds.StateCapitalExpense)]
    [InlineData("项目支出表", TableKinds.ProjectExpense)]
    [InlineData("部门项目支出预算表", TableKinds.ProjectExpense)]
    [InlineData("政府采购预算表", TableKinds.Procurement)]
    public void Titles_of_other_cities_name_their_kind(string title, string kind) => Assert.Equal(kind, TableTitles.KindOf(title));

    [Theory]
    [InlineData("阿图什市医疗保障局 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。")]
    [InlineData("项目支出绩效目标表")]
    [InlineData("单位整体绩效目标表")]
    public void Sentences_and_performance_tables_are_not_titles(string line) => Assert.Null(TableTitles.KindOf(line));
}
