using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0406: section 七 describes exactly the projects of the 项目支出表, with the same 预算安排规模.
/// Projects are matched by name and amount (two projects may share a name); a project described with
/// another amount is an error, one missing on either side is reported with its amount.</summary>
public sealed class ProjectNarrativeRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ProjectsDescribed.Id, RuleCatalog.ProjectFieldsMissing.Id];

    private static readonly (string Field, string Label)[] Required =
        [("basis", "设立的政策依据"), ("amount", "预算安排规模"), ("owner", "项目承担单位"), ("allocation", "资金分配情况"), ("period", "资金执行时间")];

    public void Run(AuditContext context)
    {
        var described = Claims(context.Document).Where(p => p.Claim.Topic == "project").ToList();
        foreach (var p in described)
        {
            var absent = Required.Where(r => string.IsNullOrWhiteSpace(p.Claim.Fields?.GetValueOrDefault(r.Field))).Select(r => r.Label).ToList();
            if (absent.Count > 0)
                context.Report(RuleCatalog.ProjectFieldsMissing, p.Location, new Dictionary<string, string>
                {
                    ["section"] = p.Section.Number.ToString(), ["project"] = p.Claim.Project ?? "", ["fields"] = string.Join("、", absent),
                });
        }
        var table = context.Document.Tables.FirstOrDefault(t => t.Kind == TableKinds.ProjectExpense);
        var rows = table?.Rows?.Where(r => r.Project is not null).ToList() ?? [];
        if (described.Count == 0 || rows.Count == 0) return;
        // A project's 预算安排规模 may be printed in 元 while the table is in 万元, or the reverse.
        decimal? InTableUnit(Placed p) => p.Claim.Amount is not { } a ? null
            : (p.Claim.Fields?.GetValueOrDefault("unit") ?? Units.TenThousandYuan, table!.Unit) switch
            {
                (Units.Yuan, Units.TenThousandYuan) => a / 10000m,
                (Units.TenThousandYuan, Units.Yuan) => a * 10000m,
                _ => a,
            };
        var unmatched = described.ToList();
        var missing = new List<TableRow>();
        foreach (var row in rows)
        {
            var amount = row.Values.GetValueOrDefault("total");
            var exact = unmatched.FirstOrDefault(p => Key(p.Claim.Project) == Key(row.Project) && InTableUnit(p) == amount);
            if (exact is not null) { unmatched.Remove(exact); continue; }
            missing.Add(row);
        }
        foreach (var row in missing)
        {
            var amount = row.Values.GetValueOrDefault("total");
            var sameName = unmatched.FirstOrDefault(p => Key(p.Claim.Project) == Key(row.Project));
            if (sameName is not null)
            {
                unmatched.Remove(sameName);
                Report(context, sameName.Location with { Table = table!.Kind, Row = row.Code, Project = row.Project },
                    $"第{sameName.Section.Number}部分项目“{row.Project}”预算安排规模为 {Amounts.Show(sameName.Claim.Amount)} {sameName.Claim.Fields?.GetValueOrDefault("unit") ?? "万元"}，{AuditContext.Name(table)}为 {Amounts.Show(amount)}",
                    Amounts.Show(amount), Amounts.Show(sameName.Claim.Amount));
            }
            else if (unmatched.Where(p => InTableUnit(p) == amount).ToList() is [var twin])
            {
                // The one project described with this amount under another name: the same project named apart, or its
                // name read mixed with the next column's (two wrapped text columns in an unruled table). A note, not an
                // error: the amounts agree.
                unmatched.Remove(twin);
                context.Report(RuleCatalog.ProjectsDescribed with { DefaultSeverity = Model.Findings.Severity.Info },
                    twin.Location with { Table = table!.Kind, Row = row.Code, Project = row.Project },
                    new Dictionary<string, string> { ["relation"] = $"{AuditContext.Name(table)}的项目“{row.Project}”与第{twin.Section.Number}部分的“{twin.Claim.Project}”金额相同（{Amounts.Show(amount)} 万元），名称不同" },
                    row.Project, twin.Claim.Project);
            }
            else
                Report(context, AuditContext.At(table!, row, "total") with { Section = described[0].Section.Number.ToString() },
                    $"{AuditContext.Name(table!)}的项目“{row.Project}”（{row.Code} {Amounts.Show(amount)} 万元）在第{described[0].Section.Number}部分没有说明",
                    "有说明", "无说明");
        }
        foreach (var p in unmatched)
            Report(context, p.Location, $"第{p.Section.Number}部分说明的项目“{p.Claim.Project}”（{Amounts.Show(p.Claim.Amount)} {p.Claim.Fields?.GetValueOrDefault("unit") ?? "万元"}）不在{AuditContext.Name(table!)}中",
                "在项目支出表中", "不在");
    }

    private static void Report(AuditContext context, Model.Findings.FindingLocation location, string relation, string expected, string actual) =>
        context.Report(RuleCatalog.ProjectsDescribed, location, new Dictionary<string, string> { ["relation"] = relation }, expected, actual);

    private static string Key(string? s) => (s ?? "").Replace(" ", "").Replace("\u3000", "").Replace('（', '(').Replace('）', ')');
}
