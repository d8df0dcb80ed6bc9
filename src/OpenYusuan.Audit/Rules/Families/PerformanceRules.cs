using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Model.Findings;
using OpenYusuan.Templates;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>预算绩效: the counts and amounts section 十二 states against the tables (YS0408), and the weights of
/// each performance-target table against the template's scheme (YS0409: 90 in Xinjiang and in 决算 self-evaluations,
/// 100 elsewhere).</summary>
public sealed class PerformanceRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.PerformanceCounts.Id, RuleCatalog.PerformanceWeights.Id];

    /// <summary>Total weight of a performance table's indicators, as the template's description gives it.</summary>
    public static decimal Scheme(string? template) => Template.Find(template)?.PerformanceWeight ?? 100m;

    /// <summary>The projects a 项目支出表 lists: its rows with a project name, or where no name was read (names wrapped
    /// beyond reading in an unruled table) its lowest coded rows with an amount, one project each.</summary>
    private static int Projects(DisclosureTable table)
    {
        var rows = table.Rows ?? [];
        var named = rows.Count(r => r.Project is not null);
        if (named > 0) return named;
        var codes = rows.Where(r => r.Code is not null).Select(r => r.Code!).ToList();
        return rows.Count(r => r.Code is { } c && r.Values.GetValueOrDefault("total") != 0
                               && !CodeLevels.IsRefinedIn(c, codes));
    }

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var v = new DocumentView(d);
        var summary = v.Table(TableKinds.Summary);
        var project = v.Table(TableKinds.ProjectExpense);
        foreach (var p in Claims(d).Where(p => p.Claim.Topic == "performance_counts"))
        {
            var c = p.Claim;
            var count = c.Fields?.GetValueOrDefault("count");
            (string Table, string Expected)? expected = c.Item switch
            {
                "overall_targets" when summary?.IncomeTotal is { } t => ($"{AuditContext.Name(summary)}收入总计", $"{Amounts.Show(t)} 万元"),
                "fiscal_projects" when project is not null =>
                    ($"{AuditContext.Name(project)}", $"{Projects(project)} 个，{Amounts.Show(DocumentView.Total(project, "total") ?? 0)} 万元"),
                // 单位资金 may fund basic expenditure only: compare when non-fiscal projects are declared.
                "nonfiscal_projects" when summary is not null && count is not ("0" or null) =>
                    ($"{AuditContext.Name(summary)}单位资金", $"{Amounts.Show(DocumentView.Item(summary, "unit_funds") ?? 0)} 万元"),
                _ => null,
            };
            if (expected is null) continue;
            var stated = c.Item == "fiscal_projects" ? $"{count} 个，{Amounts.Show(c.Amount)} 万元" : $"{Amounts.Show(c.Amount)} 万元";
            if (stated == expected.Value.Expected) continue;
            context.Report(RuleCatalog.PerformanceCounts, p.Location, new Dictionary<string, string>
            {
                ["section"] = p.Section.Number.ToString(), ["subject"] = c.Subject ?? "", ["stated"] = stated,
                ["table"] = expected.Value.Table, ["expected"] = expected.Value.Expected,
            }, expected.Value.Expected, stated);
        }

        // A region that keeps 10 points for 预算执行率 in its budget targets too (Xi'an 2026: "执行率分值（10分）", "分值权重
        // （90分）") shows it in every table: when all of a document's tables give their indicators 90, that is its scheme.
        var sums = d.Performance.Where(t => t.Indicators.Count > 0 && t.Indicators.All(i => i.Weight is not null))
            .Select(t => t.Indicators.Sum(i => i.Weight!.Value)).Distinct().ToList();
        var regional = sums is [90m] && d.Performance.Count >= 2 ? 90m : (decimal?)null;
        foreach (var table in d.Performance.Where(t => t.Indicators.Count > 0))
        {
            // A 决算 self-evaluation (绩效自评表) gives 预算执行率 10 of its 100 points (财预〔2020〕10号's 自评表); its
            // indicators hold the other 90.
            var scheme = table.Executed is not null || table.Indicators.Any(i => i.Score is not null) ? 90m : regional ?? Scheme(d.Template);
            var weights = table.Indicators.Select(i => i.Weight).ToList();
            if (weights.Any(w => w is null)) continue; // indicators not fully read: no verdict
            var problems = new List<string>();
            var sum = weights.Sum(w => w!.Value);
            if (sum != scheme) problems.Add($"各指标分值权重之和为 {Amounts.Show(sum)}，应为 {scheme}");
            var zero = table.Indicators.Where(i => i.Weight == 0).Select(i => i.Level3).ToList();
            if (zero.Count > 0) problems.Add($"{zero.Count} 个指标分值为 0（{string.Join("、", zero)}）");
            if (problems.Count == 0) continue;
            var name = table.Kind == "overall" ? "整体绩效目标表" : $"项目支出绩效目标表“{table.Project}”";
            context.Report(RuleCatalog.PerformanceWeights,
                AuditContext.Where(new FindingLocation { Section = SectionOf(d), Subsection = 4 }, table.Loc),
                new Dictionary<string, string> { ["table"] = name, ["problem"] = string.Join("；", problems) },
                scheme.ToString(), string.Join("、", weights.Select(w => Amounts.Show(w))));
        }
    }

    /// <summary>The section the performance-target tables are printed under (十二 其他重要事项, else the last).</summary>
    public static string SectionOf(Disclosure d) =>
        (d.Sections.FirstOrDefault(s => s.Title.Contains("其他重要事项"))?.Number ?? d.Sections.LastOrDefault()?.Number ?? 0).ToString();
}
