using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Model.Tables;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0201 totals = Σ top rows and YS0202 类 = Σ 款 = Σ 项, in every column of every one-sided
/// table, and the expense side of the two-sided tables.</summary>
public sealed partial class TableSumRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.TotalRowSum.Id, RuleCatalog.HierarchySum.Id];

    public void Run(AuditContext context)
    {
        foreach (var table in new DocumentView(context.Document).ReliableTables)
        {
            if (TableKinds.ReadsLike(table.Kind) is TableKinds.ThreePublic) continue;
            if (table.IsTwoSided)
            {
                // An expense side listing only 支出用途 (Jiangsu's 财政拨款收支总表) has no 类 to add.
                if (table.Expense is { } expense && table.ExpenseTotals is { Count: > 0 } et && expense.Any(r => r.Code is not null))
                {
                    // 支出总计 = 本年支出合计 + 结转下年 …; 本年支出合计 = Σ 类. Without a 本年支出合计 row, 总计 = Σ all rows.
                    var current = expense.ToList().FindIndex(r => r.Item == "current_expense");
                    var all = Enumerable.Range(0, expense.Count).ToList();
                    CheckTotals(context, table, expense, current < 0 ? all : all.Where(i => expense[i].Code is null).ToList(), et, "支出方", current < 0 ? "类" : "行");
                    if (current >= 0)
                        CheckTotals(context, table, expense, all.Where(i => expense[i].Code is not null).ToList(), expense[current].Values, "支出方本年支出合计", "类");
                }
                CheckOtherSides(context, table);
                continue;
            }
            var rows = table.Rows ?? [];
            var tree = new CodeTree(rows);
            var top = tree.Top.Count > 0 || rows.Any(r => r.Code is not null)
                ? tree.Top
                : Enumerable.Range(0, rows.Count).Where(i => rows[i].Values.Count > 0).ToList();
            // Rows without codes that do not add up flat may nest (units over projects): the arithmetic nesting is
            // taken when its top rows make the 合计, so a hierarchy printed without codes raises no false finding.
            // Also where rows without codes (units whose names do not say so) head coded rows.
            if ((!rows.Any(r => r.Code is not null) || table.Kind == TableKinds.Procurement || rows.Any(r => r.Code is null && r.Values.Count > 0))
                && table.Totals is { Count: > 0 } t0
                && (table.Columns ?? []).FirstOrDefault(t0.ContainsKey) is { } key
                && top.Sum(i => rows[i].Values.GetValueOrDefault(key)) != t0[key]
                && (NestedRows.Top(rows, top, key, t0[key])
                    ?? NestedRows.Top(rows, Enumerable.Range(0, rows.Count).Where(i => rows[i].Values.Count > 0).ToList(), key, t0[key])) is { } nested)
                top = nested;
            // A table printed as its 合计 row alone (Beijing's 收入总表 of a single unit) has no rows to add.
            if (table.Totals is { Count: > 0 } totals && top.Count > 0)
                CheckTotals(context, table, rows, top, totals, "合计行", tree.Top.Any(i => rows[i].Code is null) ? "单位" : top.Any(i => rows[i].Code?.Length == 3) ? "类" : "行");
            // A detail list (政府采购 items, 购买服务 projects with their indicators) repeats codes per item: its codes
            // do not form a 类/款/项 tree to add up.
            if (table.Kind is TableKinds.Procurement or TableKinds.PurchasedServices) continue;
            foreach (var parent in tree.Parents)
                CheckParent(context, table, rows, parent, tree.ChildrenOf(parent));
        }
    }

    private static void CheckTotals(AuditContext context, DisclosureTable table, IReadOnlyList<TableRow> rows,
        IReadOnlyList<int> top, IReadOnlyDictionary<string, decimal> totals, string where, string level)
    {
        foreach (var column in Columns(table, totals.Keys))
        {
            var parts = top.Select(i => rows[i].Values.GetValueOrDefault(column)).ToList();
            if (!totals.ContainsKey(column) && parts.All(v => v == 0)) continue;
            // A total over a column no row prints (the 决算 基本支出表's 人员经费/公用经费 合计 over its 金额 rows) is not a
            // sum of the rows; BasicExpenseRules holds it to its classes.
            if (!rows.Any(r => r.Values.ContainsKey(column))) continue;
            var expected = totals.GetValueOrDefault(column);
            var printed = top.Where(i => rows[i].Values.ContainsKey(column)).Select(i => rows[i].Values[column]).ToList();
            context.CheckEqual(RuleCatalog.TotalRowSum, expected, parts.Sum(), Math.Max(1, printed.Count), printed,
                AuditContext.Where(new FindingLocation { Table = table.Kind, Number = table.Number, Row = "#total", Column = column, Side = table.IsTwoSided ? "expense" : null }, table.Loc),
                new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(table) + (table.IsTwoSided ? where : ""), ["column"] = ColumnNames.Of(table.Kind, column),
                    ["level"] = level, ["operands"] = Amounts.Sum(printed),
                },
                top.Where(i => rows[i].Values.ContainsKey(column)).Select(i => AuditContext.At(table, rows[i], column)).ToList());
        }
    }

    private static void CheckParent(AuditContext context, DisclosureTable table, IReadOnlyList<TableRow> rows, int parent, IReadOnlyList<int> children)
    {
        var p = rows[parent];
        foreach (var column in Columns(table, p.Values.Keys.Concat(children.SelectMany(c => rows[c].Values.Keys))))
        {
            var printed = children.Where(c => rows[c].Values.ContainsKey(column)).Select(c => rows[c].Values[column]).ToList();
            if (!p.Values.ContainsKey(column) && printed.All(v => v == 0)) continue;
            context.CheckEqual(RuleCatalog.HierarchySum, p.Values.GetValueOrDefault(column), printed.Sum(), Math.Max(1, printed.Count), printed,
                AuditContext.At(table, p, column),
                new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(table), ["row"] = p.Code ?? p.Unit ?? "", ["name"] = p.Name ?? p.Unit ?? "",
                    ["column"] = ColumnNames.Of(table.Kind, column), ["operands"] = Amounts.Sum(printed),
                },
                children.Where(c => rows[c].Values.ContainsKey(column)).Select(c => AuditContext.At(table, rows[c], column)).ToList());
        }
    }

    /// <summary>The sides beside 功能分类 (支出用途: 基本支出, 项目支出 … with their economic 类; 政府预算支出经济分类) each
    /// make 本年支出合计: their items add up to it, and each item's 类 to the item.</summary>
    private static void CheckOtherSides(AuditContext context, DisclosureTable table)
    {
        var current = table.Expense?.FirstOrDefault(r => r.Item == "current_expense")?.Values.Values.Cast<decimal?>().FirstOrDefault()
                      ?? table.ExpenseTotals?.Values.Cast<decimal?>().FirstOrDefault();
        if (current is not { } total) return;
        var totals = new Dictionary<string, decimal> { ["amount"] = total };
        if (table.ExpenseByPurpose is { Count: > 0 } purpose)
        {
            // A use no key names (Jiangsu's 三、单位预留机动经费 after 一、基本支出 and 二、项目支出) is an item all the same
            // when it is numbered as the items are; a line numbered otherwise ((3)对个人和家庭的补助) is a 类 under one.
            var levels = purpose.Where(r => r.Item is not null).Select(r => Numbering(r.Label)).Where(n => n is not null).ToHashSet();
            var items = Enumerable.Range(0, purpose.Count).Where(i => purpose[i].Item is not null
                || purpose[i].Code is null && Numbering(purpose[i].Label) is { } n && levels.Contains(n)).ToList();
            CheckTotals(context, table, purpose, items, totals, "支出用途", "项");
            foreach (var (item, k) in items.Select((i, k) => (i, k)))
            {
                var end = k + 1 < items.Count ? items[k + 1] : purpose.Count;
                var classes = Enumerable.Range(item + 1, end - item - 1).Where(i => purpose[i].Code is not null).ToList();
                if (classes.Count > 0 && purpose[item].Values.TryGetValue("amount", out var amount))
                    CheckTotals(context, table, purpose, classes, new Dictionary<string, decimal> { ["amount"] = amount }, $"支出用途“{purpose[item].Label}”", "类");
            }
        }
        if (table.ExpenseByEconomic is { Count: > 0 } economic)
            CheckTotals(context, table, economic, Enumerable.Range(0, economic.Count).ToList(), totals, "支出经济分类", "类");
    }

    /// <summary>The kind of numbering a label opens with (一、 / (一) / 1. / (1)), or null.</summary>
    private static string? Numbering(string? label)
    {
        if (label is null || NumberingRe().Match(label.Trim()) is not { Success: true } m) return null;
        return Regex.Replace(Regex.Replace(m.Value, "[一二三四五六七八九十]+", "一"), @"\d+", "1").Replace('（', '(').Replace('）', ')').Replace('．', '.');
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、]|[(（]\d+[)）])")]
    private static partial Regex NumberingRe();

    private static IEnumerable<string> Columns(DisclosureTable table, IEnumerable<string> present)
    {
        var set = present.ToHashSet();
        return table.Columns.Where(set.Contains).Concat(set.Where(c => !table.Columns.Contains(c)).Order());
    }
}
