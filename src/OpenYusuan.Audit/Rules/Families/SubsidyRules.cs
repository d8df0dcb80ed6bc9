using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0413: for a subsidy project of section 七, 补贴人数 × 补贴标准 (a figure or a range, per person per
/// year) should give the 预算安排规模, within what the rounding of the printed standard explains; YS0416: the project's
/// performance target counts the same people, not ten or a hundred times fewer or more.</summary>
public sealed partial class SubsidyRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.SubsidyArithmetic.Id, RuleCatalog.TargetPeople.Id];

    public void Run(AuditContext context)
    {
        var project = context.Document.Tables.FirstOrDefault(t => t.Kind == TableKinds.ProjectExpense);
        foreach (var p in Claims(context.Document).Where(p => p.Claim.Topic == "project" && p.Claim.Amount is not null))
        {
            var f = p.Claim.Fields;
            if (f?.GetValueOrDefault("subsidy_people") is not { } peopleText || f.GetValueOrDefault("subsidy_standard") is not { } standardText) continue;
            if (People().Match(peopleText) is not { Success: true } pm) continue;
            if (!Money.TryParse(pm.Groups[1].Value, out var people)) continue;
            TargetPeople(context, p, people);
            var printed = Standard().Matches(standardText).ToList();
            if (printed.Any(m => !Money.TryParse(m.Groups[1].Value, out _))) continue;
            var standards = printed.Select(m => ToWan(m.Groups[1].Value, m.Groups[2].Value)).ToList();
            if (people == 0 || standards.Count == 0 || standards.Count > 2) continue;
            var amount = p.Claim.Fields!.GetValueOrDefault("unit") == Units.Yuan ? p.Claim.Amount!.Value / 10000m : p.Claim.Amount!.Value;
            var low = people * standards.Min();
            var high = people * standards.Max();
            // The printed standard is rounded to its last digit: the product may be off by people × half of it.
            var slack = people * printed.Select(m => Half(m.Groups[1].Value, m.Groups[2].Value)).Max() + 0.005m;
            if (amount >= low - slack && amount <= high + slack) continue;
            var row = project?.Rows?.FirstOrDefault(r => Same(r.Project, p.Claim.Project));
            var location = row is null ? p.Location : AuditContext.Where(AuditContext.At(project!, row, "total") with { Section = p.Section.Number.ToString() }, p.Claim.Loc);
            var product = low == high ? $"{Amounts.Show(Math.Round(low, 2))} 万元" : $"{Amounts.Show(Math.Round(low, 2))}–{Amounts.Show(Math.Round(high, 2))} 万元";
            context.Report(RuleCatalog.SubsidyArithmetic, location, new Dictionary<string, string>
            {
                ["section"] = p.Section.Number.ToString(), ["project"] = p.Claim.Project ?? "", ["people"] = pm.Groups[1].Value,
                ["standard"] = standardText, ["product"] = product, ["amount"] = $"{Amounts.Show(amount)} 万元",
            }, product, Amounts.Show(amount));
        }
    }

    /// <summary>YS0416: a 数量指标 counting people (…人数 ≥ M 人) of the same project, an order of magnitude off 补贴人数.</summary>
    private static void TargetPeople(AuditContext context, Placed p, decimal people)
    {
        if (people <= 0) return;
        var table = context.Document.Performance.FirstOrDefault(t => t.Kind == "project" && Same(t.Project, p.Claim.Project));
        foreach (var i in table?.Indicators ?? [])
        {
            if (i.Level3 is not { } name || !name.Replace(" ", "").Contains("人数") || i.Value is not { } value) continue;
            if (People().Match(value.Replace(",", "")) is not { Success: true } m) continue;
            if (!Money.TryParse(m.Groups[1].Value, out var target) || target <= 0) continue;
            var ratio = Math.Max(target, people) / Math.Min(target, people);
            if (ratio < 9.5m) continue;
            context.Report(RuleCatalog.TargetPeople, AuditContext.Where(new Model.Findings.FindingLocation
            {
                Section = PerformanceRules.SectionOf(context.Document), Subsection = 4, Project = p.Claim.Project,
            }, i.Loc), new Dictionary<string, string>
            {
                ["project"] = p.Claim.Project ?? "", ["section"] = p.Section.Number.ToString(), ["people"] = Amounts.Show(people),
                ["indicator"] = name.Replace(" ", ""), ["value"] = value, ["ratio"] = Amounts.Show(Math.Round(ratio, 0)),
            }, $"{Amounts.Show(people)} 人", value);
        }
    }

    private static decimal ToWan(string number, string unit) =>
        decimal.Parse(number.Replace(",", ""), CultureInfo.InvariantCulture) / (unit == "万元" ? 1m : 10000m);

    /// <summary>Half the last printed digit of a standard, in 万元 ("30 元" → 0.5 元).</summary>
    private static decimal Half(string number, string unit)
    {
        var dot = number.IndexOf('.');
        var decimals = dot < 0 ? 0 : number.Length - dot - 1;
        return 0.5m / (decimal)Math.Pow(10, decimals) / (unit == "万元" ? 1m : 10000m);
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && a.Replace(" ", "") == b.Replace(" ", "");

    [GeneratedRegex(@"(\d+)\s*(?:人|名)")]
    private static partial Regex People();

    // "每人每年 30 元", "每人 340元-415元不等", "人均 13.64 万元/人", "每人每年 6.00 万元"
    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*(万元|元)")]
    private static partial Regex Standard();
}
