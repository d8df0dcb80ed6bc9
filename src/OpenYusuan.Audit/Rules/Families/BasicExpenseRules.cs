using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0207: in the 基本支出表, 人员经费 = 301 + 303 and 公用经费 = 302 (+ 310), as the glossary
/// defines them (a warning: some regions book single items differently).</summary>
public sealed class BasicExpenseRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.PersonnelPublicClasses.Id];

    public void Run(AuditContext context)
    {
        foreach (var table in new DocumentView(context.Document).ReliableTables.Where(t => TableKinds.ReadsLike(t.Kind) == TableKinds.BasicExpense && t.Totals is { Count: > 0 }))
        {
            // A 决算 table prints one 金额 column, with 人员经费 and 公用经费 side by side; 公用经费 there is every class but
            // 301 and 303 (307 债务利息, 309, 399 as well as 302 and 310).
            var value = table.Columns.Contains("total") ? "total" : "amount";
            var others = (table.Rows ?? []).Select(r => r.Code).OfType<string>().Where(c => c.Length == 3 && c is not ("301" or "303")).Distinct().ToArray();
            foreach (var (column, classes) in new[] { ("personnel", new[] { "301", "303" }), ("public", TableKinds.IsFinal(table.Kind) ? others : ["302", "310"]) })
            {
                if (!table.Totals!.TryGetValue(column, out var expected)) continue;
                var rows = classes.SelectMany(c => DocumentView.Rows(table, c)).ToList();
                if (rows.Count == 0) continue;
                var printed = rows.Select(r => r.Values.GetValueOrDefault(value)).ToList();
                context.CheckEqual(RuleCatalog.PersonnelPublicClasses, expected, printed.Sum(), printed.Count, printed,
                    AuditContext.At(table) with { Row = "#total", Column = column },
                    new Dictionary<string, string>
                    {
                        ["table"] = AuditContext.Name(table), ["column"] = ColumnNames.Of(column),
                        ["parts"] = string.Join(" + ", rows.Select(r => $"{r.Code} {r.Name}").Distinct()), ["operands"] = Amounts.Sum(printed),
                    },
                    rows.Select(r => AuditContext.At(table, r, value)).ToList());
            }
        }
    }
}
