using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0418: a count the text gives for a 三公 item — 因公出国（境）团组, 公务接待批次, 购置车辆 — against that item's amount
/// in the 三公 table (决算数 in a 决算): a count with no money, or money with a count of 0.</summary>
public sealed partial class ThreePublicCountRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ThreePublicCounts.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var table = d.Tables.FirstOrDefault(t => TableKinds.ReadsLike(t.Kind) == TableKinds.ThreePublic);
        if (table is null || !DocumentView.Reliable(d, table)) return;
        var column = TableKinds.IsFinal(table.Kind) ? "final" : "total";
        decimal? Amount(string item) => table.Rows?.FirstOrDefault(r => r.Item == item) is { } row && row.Values.TryGetValue(column, out var v)
            ? NarrativeAmountRules.InWan(v, table.Unit) : table.Rows is { Count: > 0 } && table.Rows.All(r => r.Item != item) ? null : 0m;
        foreach (var (section, sub, text) in Texts(d))
            foreach (var (pattern, item, name) in Counts)
                foreach (Match m in pattern.Matches(text))
                {
                    if (!int.TryParse(m.Groups["n"].Value, out var count) || Amount(item) is not { } amount) continue;
                    if (count > 0 == amount > 0) continue;
                    context.Report(RuleCatalog.ThreePublicCounts, At(section, sub, m.Index), new Dictionary<string, string>
                    {
                        ["section"] = section.Number.ToString(), ["quote"] = m.Value, ["table"] = AuditContext.Name(table), ["item"] = name,
                        ["amount"] = Amounts.Show(amount),
                    }, count > 0 ? "有经费" : "0 个", Amounts.Show(amount), [AuditContext.At(table, table.Rows?.FirstOrDefault(r => r.Item == item), column)]);
                }
    }

    private static readonly (Regex Pattern, string Item, string Name)[] Counts =
    [
        (Abroad(), "abroad", "因公出国（境）费"), (Reception(), "reception", "公务接待费"), (Purchase(), "vehicle_purchase", "公务用车购置费"),
    ];

    // "全年安排因公出国（境）团组0个", "因公出国（境）团组 3 个" — not "接待国内来访团组", which is reception.
    [GeneratedRegex(@"因公出国（境）团组\s*(?<n>\d+)\s*个")]
    private static partial Regex Abroad();

    // "公务接待 2 批次", "国内公务接待 15 批次" — not "其中：接待外宾 0 批次", a part of it.
    [GeneratedRegex(@"(?<!外宾)(?:国内)?公务接待\s*(?<n>\d+)\s*批次")]
    private static partial Regex Reception();

    // "安排购置车辆 1 辆", "购置公务用车5辆".
    [GeneratedRegex(@"购置(?:公务用车|车辆)\s*(?<n>\d+)\s*辆")]
    private static partial Regex Purchase();
}
