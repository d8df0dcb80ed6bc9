using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0206: in the “三公” table, 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 and
/// 公务用车购置及运行费 = 购置费 + 运行费, and where printed 合计（含会议费、培训费）= “三公” + 会议费 + 培训费, in every column,
/// for the document and for each unit a table lists; YS0208: where last year, this year and the change are printed side
/// by side, 增减 = 本年 − 上年.</summary>
public sealed class ThreePublicRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ThreePublicSum.Id, RuleCatalog.ChangeColumn.Id];

    private static readonly (string Parent, string[] Parts)[] Groups =
    [
        ("total", ["abroad", "reception", "vehicle"]),
        ("vehicle", ["vehicle_purchase", "vehicle_operation"]),
        ("grand_total", ["total", "meeting", "training"]),
    ];

    public void Run(AuditContext context)
    {
        foreach (var table in new DocumentView(context.Document).ReliableTables.Where(t => TableKinds.ReadsLike(t.Kind) == TableKinds.ThreePublic))
        {
            // The document's items, then each unit's where the table lists its units.
            foreach (var rows in (table.Rows ?? []).GroupBy(r => r.Unit))
                Check(context, table, rows.ToList());
        }
    }

    private static void Check(AuditContext context, DisclosureTable table, List<TableRow> rows)
    {
        // Last year, this year and the change printed side by side (Xi'an): 增减 = 本年 − 上年, item by item (YS0208).
        foreach (var row in rows.Where(r => r.Values.ContainsKey("change") && r.Values.ContainsKey("total") && r.Values.ContainsKey("prior")))
        {
            var (current, prior) = (row.Values["total"], row.Values["prior"]);
            context.CheckEqual(RuleCatalog.ChangeColumn, row.Values["change"], current - prior, 2, [current, prior],
                AuditContext.At(table, row, "change"),
                new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(table), ["label"] = $"{(row.Unit is { } unitName ? unitName + " " : "")}{ColumnNames.Of(row.Item!)}",
                    ["current"] = Amounts.Show(current), ["prior"] = Amounts.Show(prior),
                },
                [AuditContext.At(table, row, "total"), AuditContext.At(table, row, "prior")]);
        }
        TableRow? Item(string item) => rows.FirstOrDefault(r => r.Item == item);
        var unit = rows[0].Unit is { } u ? $"{u} " : "";
        foreach (var (parentItem, partItems) in Groups)
        {
            if (Item(parentItem) is not { } parent) continue;
            foreach (var column in table.Columns)
            {
                // A table that leaves 公务用车购置及运行费 blank (Beijing prints only 购置费 and 运行维护费) adds those two.
                var names = parentItem == "total" && Item("vehicle")?.Values.ContainsKey(column) != true
                    ? partItems.Where(p => p != "vehicle").Concat(["vehicle_purchase", "vehicle_operation"]) : partItems;
                var parts = names.Select(Item).OfType<TableRow>().ToList();
                // A part the table does not list (a header that could not be read, a template without it) leaves the
                // sum unchecked rather than short.
                if (parts.Count < names.Count()) continue;
                var printed = parts.Where(p => p.Values.ContainsKey(column)).Select(p => p.Values[column]).ToList();
                if (!parent.Values.ContainsKey(column) && printed.All(v => v == 0)) continue;
                context.CheckEqual(RuleCatalog.ThreePublicSum, parent.Values.GetValueOrDefault(column), printed.Sum(),
                    Math.Max(1, printed.Count), printed, AuditContext.At(table, parent, column),
                    new Dictionary<string, string>
                    {
                        ["table"] = AuditContext.Name(table), ["label"] = $"{unit}{ColumnNames.Of(parentItem)}（{ColumnNames.Of(table.Kind, column)}）",
                        ["parts"] = string.Join("、", parts.Select(p => ColumnNames.Of(p.Item!))),
                    },
                    parts.Select(p => AuditContext.At(table, p, column)).ToList());
            }
        }
    }
}
