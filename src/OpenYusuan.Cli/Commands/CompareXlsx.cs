using OpenYusuan.App.Reports;
using OpenYusuan.Audit.Compare;

namespace OpenYusuan.Cli.Commands;

/// <summary>The budget/决算 comparison as a workbook reviewers can sort and filter: one sheet per table compared, a header
/// row, figures as numbers (万元), the execution rate as a percentage and the lines whose 年初预算数 differs marked.</summary>
public static class CompareXlsx
{
    private static readonly string[] Header = ["科目编码", "科目名称", "预算数", "决算中的年初预算数", "决算数", "差额", "执行率(%)", "年初预算数与预算不符"];

    public static byte[] Write(BudgetFinalComparison.Result result) =>
        SheetWriter.Write(result.Lines.GroupBy(l => l.Table).Select(group => new SheetWriter.Sheet(
            group.Key == "basic_expense" ? "基本支出经济分类" : "一般公共预算功能分类",
            new IReadOnlyList<object?>[] { [$"{result.Entity} {result.Year} 年预决算对比（万元）"], Header }
                .Concat(group.Select(l => (IReadOnlyList<object?>)[l.Code, l.Name ?? "", l.Budget, l.Initial, l.Final, l.Difference, l.Rate, l.InitialDiffers ? "是" : ""])))));
}
