using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0110: a document whose tables give the audit nothing — no table read, or not one figure in any of
/// them — never audits clean. A lone explanation or performance part of a split publication is YS0109's.</summary>
public sealed class EmptyDocumentRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.NothingToAudit.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Part is "explanation" or "performance") return;
        if (d.Tables.Count > 0 && !d.Tables.All(HasNoFigure)) return;
        var what = d.Tables.Count == 0
            ? "文件中没有读到任何表格" + (d.Sections.Count == 0 ? "，也没有情况说明" : "")
            : $"{d.Tables.Count} 张表都没有数字（{string.Join("、", d.Tables.Take(4).Select(AuditContext.Name))}{(d.Tables.Count > 4 ? "等" : "")}）";
        var first = d.Tables.FirstOrDefault();
        var location = first is null ? new FindingLocation { Section = "toc" } : AuditContext.At(first);
        context.Report(RuleCatalog.NothingToAudit, location, new Dictionary<string, string> { ["what"] = what });
    }

    /// <summary>No figure other than 0 in the rows, the totals or the two sides.</summary>
    private static bool HasNoFigure(DisclosureTable t) =>
        (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []).All(r => r.Values.Values.All(v => v == 0))
        && (t.Totals ?? new Dictionary<string, decimal>()).Values.All(v => v == 0)
        && (t.ExpenseTotals ?? new Dictionary<string, decimal>()).Values.All(v => v == 0)
        && (t.IncomeTotal ?? 0) == 0;
}
