using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0417: in a 决算's explanation, each item's "决算数大于/小于/等于年初预算数" (and 持平, 基本持平) must fit the
/// 年初预算 and 决算 figures the paragraph states before it.</summary>
public sealed partial class BudgetComparisonRules : IRuleFamily
{
    /// <summary>基本持平: within 5 % of the 年初预算 (no national threshold; 95–105 % execution is the usual "as budgeted").</summary>
    private const decimal NearlyFlat = 0.05m;

    public IEnumerable<string> Rules => [RuleCatalog.BudgetComparisonWord.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in Texts(context.Document))
        {
            var pairs = Pair().Matches(text).ToList();
            for (var i = 0; i < pairs.Count; i++)
            {
                var end = i + 1 < pairs.Count ? pairs[i + 1].Index : text.Length;
                var from = pairs[i].Index + pairs[i].Length;
                if (Word().Match(text, from, end - from) is not { Success: true } w) continue;
                var budget = N(pairs[i].Groups["budget"].Value);
                var final = N(pairs[i].Groups["final"].Value);
                if (!Money.InRange(budget) || !Money.InRange(final)) continue;
                var fits = w.Groups["word"].Value switch
                {
                    "大于" or "超过" or "高于" => final > budget,
                    "小于" or "低于" => final < budget,
                    "等于" or "持平" => final == budget,
                    "基本持平" => Math.Abs(final - budget) <= budget * NearlyFlat,
                    _ => true,
                };
                if (fits) continue;
                context.Report(RuleCatalog.BudgetComparisonWord, At(section, sub, w.Index), new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["budget"] = Amounts.Show(budget), ["final"] = Amounts.Show(final),
                    ["word"] = w.Value,
                }, final > budget ? "决算数大于年初预算数" : final < budget ? "决算数小于年初预算数" : "决算数等于年初预算数", w.Value);
            }
        }
    }

    private static decimal N(string s) => Money.Parse(s);

    /// <summary>"年初预算为 452.40 万元，支出决算为 446.11 万元": a 决算 item's two figures (groups budget, final); the 完成率 after
    /// them is StatedRateRules'.</summary>
    public const string BudgetThenFinal =
        @"年初预算(?:数)?(?:为|是)?\s*(?<budget>\d[\d,]*(?:\.\d+)?)\s*万元[，,]\s*(?:支出)?决算(?:数)?(?:为|是)?\s*(?<final>\d[\d,]*(?:\.\d+)?)\s*万元";

    [GeneratedRegex(BudgetThenFinal)]
    private static partial Regex Pair();

    [GeneratedRegex(@"决算数?(?:[同与和跟](?:年初)?预算数?)?(?<word>基本持平|持平|大于|小于|等于|超过|高于|低于)(?:年初)?(?:预算数?)?")]
    private static partial Regex Word();
}
