using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0601: a code printed with a name the reference lists do not know for it (info; names vary by
/// year and system). YS0602: the printed name belongs to a sibling code (same 款 for a 项, same 类 for a
/// 款) — likely a wrong code or name (warning). Generic names shared across 类 (行政运行…) are not siblings.</summary>
public sealed class CodeNameRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.NameVariant.Id, RuleCatalog.NameOfAnotherCode.Id];

    public void Run(AuditContext context)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var table in context.Document.Tables)
        {
            var list = TableKinds.HasEconomicCodes(table.Kind) ? ClassificationList.Economic : ClassificationList.Functional;
            foreach (var row in (table.IsTwoSided ? table.Expense : table.Rows) ?? [])
            {
                if (row.Code is not { } code || row.Name is not { Length: > 0 } printed) continue;
                if (list.Find(code) is not { } entry) continue;
                var key = ClassificationList.NormalizeName(printed);
                if (list.NamesOf(code).Any(n => ClassificationList.NormalizeName(n) == key)) continue;
                if (!seen.Add((code, key))) continue; // one finding per code and name, not per table
                var other = list.CodeOfName(printed);
                var args = new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(table), ["row"] = code, ["printed"] = printed, ["known"] = entry.Name, ["other"] = other ?? "",
                };
                var sibling = other is not null && other != code && other.Length == code.Length && other[..(code.Length - 2)] == code[..(code.Length - 2)];
                context.Report(sibling ? RuleCatalog.NameOfAnotherCode : RuleCatalog.NameVariant,
                    AuditContext.At(table, row, null), args, entry.Name, printed);
            }
        }
    }
}
