using System.Data.Common;
using System.Globalization;
using OpenYusuan.Model;
using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>The figures an entity's charts draw, by year, in 万元: spending by 功能分类 类, the 基本/项目 split, “三公” by
/// item, income by source, and budget execution (一般公共预算 spending, 决算 against budget). Budgets give 预算数,
/// 决算 documents 决算数.</summary>
public static class EntityFigures
{
    private const string Wan = "CASE WHEN c.money_unit = '元' THEN c.value * 0.0001 ELSE c.value END";

    /// <summary>One series point: (year, document kind, label, value).</summary>
    public sealed record Point(int Year, string Kind, string Label, decimal Value);

    public static List<Point> ExpenseByClass(DbConnection c, string entity) => Points(c, entity, $"""
        SELECT d.year, d.kind, c.code || ' ' || COALESCE(MAX(c.name), ''), SUM({Wan}) FROM cells c JOIN documents d ON d.hash = c.document
        WHERE d.entity = $1 AND c.table_kind IN ('expense', 'final_expense') AND c.side = 'rows' AND c.col = 'total' AND LENGTH(c.code) = 3
        GROUP BY d.year, d.kind, c.code ORDER BY d.year, c.code
        """);

    public static List<Point> BasicProject(DbConnection c, string entity) => Points(c, entity, $"""
        SELECT d.year, d.kind, CASE c.col WHEN 'basic' THEN '基本支出' ELSE '项目支出' END, SUM({Wan}) FROM cells c JOIN documents d ON d.hash = c.document
        WHERE d.entity = $1 AND c.table_kind IN ('expense', 'final_expense') AND c.side = 'total' AND c.col IN ('basic', 'project')
        GROUP BY d.year, d.kind, c.col ORDER BY d.year, c.col
        """);

    /// <summary>The three 三公 items (the 车 item as its subtotal), not the 合计, 机关运行经费, 会议费 or 培训费 lines some
    /// tables print beside them: the bars of one year are parts of one whole.</summary>
    public static List<Point> ThreePublic(DbConnection c, string entity) => Named(Points(c, entity, $"""
        SELECT d.year, d.kind, c.item, SUM({Wan}) FROM cells c JOIN documents d ON d.hash = c.document
        WHERE d.entity = $1 AND ((c.table_kind = 'three_public' AND c.col = 'total') OR (c.table_kind = 'final_three_public' AND c.col = 'final'))
          AND c.item IN ('abroad', 'reception', 'vehicle')
        GROUP BY d.year, d.kind, c.item ORDER BY d.year, c.item
        """));

    /// <summary>Income by its sources, the leaves of the 收支总表's income side only: a subtotal (本年收入, 财政拨款（补助）,
    /// 上年结转结余) stacked on its own parts would count them twice.</summary>
    public static List<Point> IncomeBySource(DbConnection c, string entity) => Named(Points(c, entity, $"""
        SELECT d.year, d.kind, c.item, SUM({Wan}) FROM cells c JOIN documents d ON d.hash = c.document
        WHERE d.entity = $1 AND c.table_kind IN ('summary', 'final_summary') AND c.side = 'income' AND c.col = 'amount'
          AND c.item IN ({string.Join(", ", IncomeSources.Select(i => $"'{i}'"))})
        GROUP BY d.year, d.kind, c.item ORDER BY d.year, c.item
        """));

    private static readonly string[] IncomeSources =
    [
        "general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer", "state_capital", "state_capital_transfer",
        "special_account", "unit_funds", "business_income", "superior_subsidy", "subordinate_remit", "operating_income",
        "other_income", "fiscal_carryover", "nonfiscal_carryover",
    ];

    /// <summary>Item keys shown by their Chinese names.</summary>
    private static List<Point> Named(List<Point> points) => points.Select(p => p with { Label = ColumnNames.Of(p.Label) }).ToList();

    /// <summary>一般公共预算财政拨款支出 in the budget and in the 决算 of each year.</summary>
    public static List<Point> Execution(DbConnection c, string entity) => Points(c, entity, $"""
        SELECT d.year, d.kind, CASE c.table_kind WHEN 'general_budget_expense' THEN '预算数' ELSE '决算数' END, SUM({Wan}) FROM cells c JOIN documents d ON d.hash = c.document
        WHERE d.entity = $1 AND c.table_kind IN ('general_budget_expense', 'final_general_budget_expense') AND c.side = 'total' AND c.col = 'total'
        GROUP BY d.year, d.kind, c.table_kind ORDER BY d.year
        """);

    private static List<Point> Points(DbConnection c, string entity, string sql) =>
        c.Rows(null, sql, entity).Where(r => r[0] is not null && r[3] is not null)
            .Select(r => new Point(Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string?)r[2] ?? "", Math.Round(Convert.ToDecimal(r[3], CultureInfo.InvariantCulture), 2)))
            .ToList();
}
