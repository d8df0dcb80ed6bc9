using System.Runtime.CompilerServices;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0111–YS0112: spending by function is published down to the 项, basic spending by economic nature down to
/// the 款 (财预〔2016〕143号). A printed 类 or 款 row with an amount and no row below it is a breach — where the
/// classification has codes below it: some 款 (援助其他地区支出's, for instance) have no 项, and a code list that does
/// not know a code's children cannot say what is missing.</summary>
public sealed class DetailLevelRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.FunctionNotToItem.Id, RuleCatalog.EconomicNotToKuan.Id];

    private static readonly HashSet<string> ByFunction =
    [
        TableKinds.Expense, TableKinds.GeneralBudgetExpense, TableKinds.FiscalExpense, TableKinds.BasicByFunction,
        TableKinds.GovFundExpense, TableKinds.StateCapitalExpense, TableKinds.FinalExpense,
        TableKinds.FinalGeneralBudgetExpense, TableKinds.FinalGovFund, TableKinds.FinalStateCapital,
    ];

    private static readonly HashSet<string> ByEconomic = [TableKinds.BasicExpense, TableKinds.FiscalBasicExpense, TableKinds.FinalBasicExpense];

    public void Run(AuditContext context)
    {
        foreach (var t in context.Document.Tables)
        {
            if (ByFunction.Contains(t.Kind)) Check(context, t, ClassificationList.Functional, 7, RuleCatalog.FunctionNotToItem);
            else if (ByEconomic.Contains(t.Kind)) Check(context, t, ClassificationList.Economic, 5, RuleCatalog.EconomicNotToKuan);
        }
    }

    /// <summary>Rows shorter than <paramref name="leaf"/> digits, with an amount, nothing printed below them, and codes
    /// below them in the classification.</summary>
    private static void Check(AuditContext context, DisclosureTable t, ClassificationList list, int leaf, RuleDescriptor rule)
    {
        var rows = (t.Rows ?? []).Where(r => r.Code is { Length: > 0 }).ToList();
        // A code cut in two by the extraction ("201" / "0301行政运行") leaves rows without a name or with digits before
        // it: the codes were not read whole, and what seems to lack its 项 may be the misread.
        if (rows.Any(r => string.IsNullOrWhiteSpace(r.Name) || char.IsAsciiDigit(r.Name.TrimStart()[0]))) return;
        var printed = rows.Select(r => r.Code!).ToHashSet();
        var bare = rows
            .Where(r => r.Code!.Length < leaf && r.Values.Values.Any(v => v != 0)
                        && !CodeLevels.IsRefinedIn(r.Code!, printed)
                        && HasChildren(list, r.Code!))
            .DistinctBy(r => r.Code)
            .ToList();
        if (bare.Count == 0) return;
        var levels = bare.Select(r => r.Code!.Length).Distinct().ToList();
        context.Report(rule, AuditContext.At(t, bare[0]), new Dictionary<string, string>
        {
            ["table"] = AuditContext.Name(t),
            ["count"] = bare.Count.ToString(),
            ["level"] = levels.Count > 1 ? "类级或款级" : levels[0] == 3 ? "类级" : "款级",
            ["codes"] = string.Join("、", bare.Take(6).Select(r => $"{r.Code} {r.Name}".TrimEnd())) + (bare.Count > 6 ? "等" : ""),
        });
    }

    private static readonly ConditionalWeakTable<ClassificationList, HashSet<string>> Parents = new();

    /// <summary>Whether the classification has a code one level below <paramref name="code"/>.</summary>
    private static bool HasChildren(ClassificationList list, string code) =>
        Parents.GetValue(list, l => l.Entries.SelectMany(e => new[] { 3, 5 }.Where(n => e.Code.Length > n).Select(n => e.Code[..n])).ToHashSet())
            .Contains(code);
}
