using System.Globalization;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Templates;

namespace OpenYusuan.Rendering.Plan;

/// <summary>A model table laid out as the national template prints it: code and name columns, then one column per
/// figure column under its Chinese label; two-sided tables as income and expense side by side; the “三公” table as
/// one row per item. Amounts keep their printed precision and get thousands separators.</summary>
public static class TablePlan
{
    public static TableBlock Build(Disclosure d, DisclosureTable t)
    {
        var unit = t.Unit ?? d.Unit;
        var preparer = $"编制{d.ScopeWord()}：{d.Entity}";
        var title = TitleOf(d, t);
        var f = Figures.Of(t);
        if (t.IsTwoSided) return TwoSided(t, NumberOf(d, t), f, title, preparer, unit);
        if (t.Kind == TableKinds.FinalBasicExpense) return SideBySide(t, NumberOf(d, t), f, title, preparer, unit);
        var columns = t.Columns ?? TableKinds.ColumnOrder(t.Kind);
        var rows = t.Rows ?? [];
        var items = TableKinds.IsThreePublic(t.Kind);
        var projects = rows.Any(r => r.Project is not null);
        var lead = items ? new[] { "项目" } : projects ? ["科目编码", "科目名称", "项目名称"] : [CodeLabel(t.Kind), NameLabel(t.Kind)];
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            lead.Select(l => new HeaderCell(l)).Concat(columns.Select(c => new HeaderCell(Label(t.Kind, c)))).ToList(),
        };
        var body = new List<IReadOnlyList<string>>();
        foreach (var r in rows)
        {
            var head = items ? [r.Name ?? ColumnNames.Of(r.Item ?? "")]
                : projects ? new[] { r.Code ?? "", r.Name ?? r.Unit ?? "", r.Project ?? "" }
                : [r.Code ?? "", r.Name ?? r.Unit ?? ""];
            body.Add([.. head, .. columns.Select(c => f.Cell(r.Values, c))]);
        }
        if (t.Totals is { Count: > 0 } totals)
            body.Add([.. lead.Select((_, i) => i == lead.Length - 1 ? "合计" : ""), .. columns.Select(c => f.Cell(totals, c))]);
        return new TableBlock(t.Kind, NumberOf(d, t), title, preparer, unit, header, body,
            [.. lead.Select(_ => false), .. columns.Select(_ => true)], t.EmptyNote is { } n ? "备注：" + n : null);
    }

    /// <summary>The table's title as printed, else as its template's description prints it (for the document's year and
    /// scope), else the kind's usual name.</summary>
    /// <summary>The table's printed number, else its place among the document's tables (a table read from a PDF or a
    /// workbook often prints none): the 目录 and the table itself say the same.</summary>
    public static int NumberOf(Disclosure d, DisclosureTable t) => t.Number ?? d.Tables.ToList().IndexOf(t) + 1;

    public static string TitleOf(Disclosure d, DisclosureTable t) =>
        t.Title ?? Template.For(d.Template, d.Kind).Table(t.Kind)?.TitleFor(d.Year, d.ScopeWord()) ?? TableKinds.ChineseName(t.Kind);

    /// <summary>收支总表 / 财政拨款收支总表: income lines on the left, 类 rows (and lines such as 年末结转) on the right,
    /// row by row; the totals share the last row.</summary>
    private static TableBlock TwoSided(DisclosureTable t, int number, Figures f, string title, string preparer, string unit)
    {
        var columns = t.Columns ?? ["amount"];
        var income = t.Income ?? [];
        var expense = t.Expense ?? [];
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            new[] { new HeaderCell("收入", 2), new HeaderCell("支出", 1 + columns.Count) },
            new[] { new HeaderCell("项目"), new HeaderCell(TableKinds.IsFinal(t.Kind) ? "决算数" : "预算数"), new HeaderCell("项目") }.Concat(columns.Select(c => new HeaderCell(ColumnNames.Of(t.Kind, c)))).ToList(),
        };
        var body = new List<IReadOnlyList<string>>();
        for (var i = 0; i < Math.Max(income.Count, expense.Count); i++)
        {
            var left = i < income.Count ? new[] { income[i].Label ?? ColumnNames.Of(income[i].Item ?? ""), f.Cell(income[i].Values, "amount") } : ["", ""];
            var right = i < expense.Count
                ? new[] { expense[i].Code is { } code ? $"{code} {expense[i].Name}" : expense[i].Label ?? "" }.Concat(columns.Select(c => f.Cell(expense[i].Values, c)))
                : Enumerable.Repeat("", 1 + columns.Count);
            body.Add([.. left, .. right]);
        }
        body.Add(["收入总计", t.IncomeTotal is { } it ? f.Show(it) : "", "支出总计", .. columns.Select(c => f.Cell(t.ExpenseTotals, c))]);
        return new TableBlock(t.Kind, number, title, preparer, unit, header, body,
            [false, true, false, .. columns.Select(_ => true)], t.EmptyNote is { } n ? "备注：" + n : null);
    }

    /// <summary>The printed label of a column (the 结转结余 table calls its total 总计).</summary>
    internal static string Label(string kind, string column) =>
        kind == TableKinds.Carryover && column == "total" ? "总计" : ColumnNames.Of(kind, column);

    /// <summary>The 决算 基本支出表 as printed: 人员经费 (301, 303) on the left, 公用经费 on the right, each half with its
    /// own code, name and figure columns and its own total.</summary>
    private static TableBlock SideBySide(DisclosureTable t, int number, Figures f, string title, string preparer, string unit)
    {
        var rows = t.Rows ?? [];
        bool Personnel(TableRow r) => r.Code is { } c && (c.StartsWith("301") || c.StartsWith("303"));
        var left = rows.Where(Personnel).ToList();
        var right = rows.Where(r => !Personnel(r)).ToList();
        var header = new List<IReadOnlyList<HeaderCell>>
        {
            new[] { "经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数" }.Select(h => new HeaderCell(h)).ToList(),
        };
        var body = new List<IReadOnlyList<string>>();
        string[] Half(List<TableRow> half, int i) => i < half.Count ? [half[i].Code ?? "", half[i].Name ?? "", f.Cell(half[i].Values, "amount")] : ["", "", ""];
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++) body.Add([.. Half(left, i), .. Half(right, i)]);
        var totals = t.Totals ?? new Dictionary<string, decimal>();
        body.Add(["", "人员经费合计", f.Cell(totals, "personnel"), "", "公用经费合计", f.Cell(totals, "public")]);
        return new TableBlock(t.Kind, number, title, preparer, unit, header, body, [false, false, true, false, false, true], t.EmptyNote is { } n ? "备注：" + n : null);
    }

    private static string CodeLabel(string kind) => TableKinds.HasEconomicCodes(kind) ? "经济分类科目编码" : "功能分类科目编码";

    private static string NameLabel(string kind) => TableKinds.HasEconomicCodes(kind) ? "经济分类科目名称" : "功能分类科目名称";

    /// <summary>How a table prints its figures: all with the same decimals, the most any of them has (25 万元 as
    /// 25.00 beside 1.35), thousands separated.</summary>
    private sealed record Figures(int Scale)
    {
        public static Figures Of(DisclosureTable t)
        {
            var all = (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []).SelectMany(r => r.Values.Values)
                .Concat(t.Totals?.Values ?? []).Concat(t.ExpenseTotals?.Values ?? []).ToList();
            if (t.IncomeTotal is { } it) all.Add(it);
            return new Figures(all.Count == 0 ? 2 : all.Max(v => v.Scale));
        }

        public string Cell(IReadOnlyDictionary<string, decimal>? values, string column) =>
            values is not null && values.TryGetValue(column, out var v) ? Show(v) : "";

        public string Show(decimal v) => v.ToString("N" + Math.Max(Scale, v.Scale), CultureInfo.InvariantCulture);
    }
}
