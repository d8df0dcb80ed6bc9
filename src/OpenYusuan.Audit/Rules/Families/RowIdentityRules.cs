using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Model.Tables;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0203: within every row (and the totals row), 合计 = 基本支出 + 项目支出, 合计 = 人员经费 +
/// 公用经费, 总计 = its sources, 财政拨款小计 = its parts, 项目支出合计 = Σ economic classes, and the
/// 结转 table's groups — over the columns the table prints.</summary>
public sealed class RowIdentityRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.RowIdentity.Id];

    public void Run(AuditContext context)
    {
        foreach (var table in new DocumentView(context.Document).ReliableTables)
        {
            var identities = RowIdentities.For(table.Kind, table.Columns)
                .Where(i => table.Columns.Contains(i.Target) && i.Parts.Any(table.Columns.Contains)).ToList();
            if (identities.Count == 0) continue;
            var rows = (table.IsTwoSided ? table.Expense : table.Rows) ?? [];
            foreach (var row in rows) Check(context, table, row, row.Values, identities, RowLabel(row));
            var totals = table.IsTwoSided ? table.ExpenseTotals : table.Totals;
            if (totals is { Count: > 0 }) Check(context, table, null, totals, identities, "合计");
        }
    }

    private static void Check(AuditContext context, DisclosureTable table, TableRow? row, IReadOnlyDictionary<string, decimal> values,
        List<(string Target, string[] Parts)> identities, string label)
    {
        foreach (var (target, allParts) in identities)
        {
            var parts = allParts.Where(table.Columns.Contains).ToArray();
            var printed = parts.Where(values.ContainsKey).Select(p => values[p]).ToList();
            if (!values.ContainsKey(target) && printed.All(v => v == 0)) continue;
            var location = row is null
                ? AuditContext.Where(new FindingLocation { Table = table.Kind, Number = table.Number, Row = "#total", Column = target }, table.Loc)
                : AuditContext.At(table, row, target);
            context.CheckEqual(RuleCatalog.RowIdentity, values.GetValueOrDefault(target), printed.Sum(), Math.Max(1, printed.Count), printed,
                location,
                new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(table), ["row"] = label, ["target"] = ColumnNames.Of(table.Kind, target),
                    ["parts"] = string.Join("、", parts.Select(p => ColumnNames.Of(table.Kind, p))), ["operands"] = Amounts.Sum(printed),
                });
        }
    }

    private static string RowLabel(TableRow row) =>
        string.Join(" ", new[] { row.Code, row.Project ?? row.Name ?? row.Unit }.Where(s => !string.IsNullOrEmpty(s)));
}
