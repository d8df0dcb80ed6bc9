using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0506: a rate the text states together with the two figures it is made of, recomputed from those figures
/// alone — "A 万元，其中：B 万元，占 x%", "B 万元，占 A 万元的 x%", "完成年初预算 A 万元的 x%". Independent of the tables, so
/// it also holds where no table gives the base (政府采购 reserved shares, 决算 completion rates).</summary>
public sealed partial class StatedRateRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.StatedRate.Id];

    public void Run(AuditContext context)
    {
        // A share the tables already disproved (YS0501) is not reported twice.
        var reported = context.Findings.Where(f => f.Rule == RuleCatalog.Share.Id).Select(f => (f.Location.Section, f.Location.Subsection, f.Actual)).ToHashSet();
        foreach (var (section, sub, text) in Texts(context.Document))
            foreach (var (at, quote, part, whole, stated) in Rates(text))
            {
                // Figures out of money's range (a 30-digit number in the text) are no statement to check.
                if (!Money.InRange(part) || !Money.InRange(whole) || !Money.InRange(stated) || whole <= 0 || part > whole * 1.5m) continue;
                var places = Amounts.Places(stated);
                var exact = part / whole * 100;
                var expected = Math.Round(exact, places, MidpointRounding.AwayFromZero);
                if (expected == stated) continue;
                var loc = At(section, sub, at);
                if (reported.Contains((loc.Section, loc.Subsection, Amounts.Show(stated)))) continue;
                // Both figures are printed to their last digit; the rate to its own.
                var step = (decimal)Math.Pow(10, -Math.Max(Amounts.Places(part), Amounts.Places(whole)));
                var slack = (step / 2 / whole + step / 2 * part / whole / whole) * 100 + 0.5m / (decimal)Math.Pow(10, places);
                context.Report(RuleCatalog.StatedRate, loc, new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["quote"] = quote, ["part"] = Amounts.Show(part), ["whole"] = Amounts.Show(whole),
                    ["expected"] = Amounts.Show(expected), ["stated"] = Amounts.Show(stated),
                }, Amounts.Show(expected), Amounts.Show(stated),
                    rounding: Math.Abs(stated - exact) <= slack || Amounts.IsCut(stated, exact));
            }
    }


    /// <summary>Every (offset, quote, part, whole, rate) the text states in one sentence.</summary>
    private static IEnumerable<(int At, string Quote, decimal Part, decimal Whole, decimal Rate)> Rates(string text)
    {
        var start = 0;
        foreach (var sentence in text.Split('。', '\n'))
        {
            foreach (Match m in OfWhole().Matches(sentence))
                yield return (start + m.Index, m.Value, N(m.Groups["part"].Value), N(m.Groups["whole"].Value), N(m.Groups["rate"].Value));
            if (Breakdown().Match(sentence) is { Success: true } b)
            {
                var whole = N(b.Groups["whole"].Value);
                foreach (Match p in Part().Matches(sentence, b.Index + b.Length))
                    yield return (start + p.Index, p.Value.Trim('；', ';', '，', ','), N(p.Groups["part"].Value), whole, N(p.Groups["rate"].Value));
            }
            start += sentence.Length + 1;
        }
        // "年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%": the rate may stand in the next sentence.
        foreach (Match m in Completion().Matches(text))
            yield return (m.Index, m.Value, N(m.Groups["final"].Value), N(m.Groups["budget"].Value), N(m.Groups["rate"].Value));
    }

    // A 决算 item: 年初预算 A, 决算 B, 完成年初预算的 x% (= B ÷ A).
    [GeneratedRegex(BudgetComparisonRules.BudgetThenFinal + @"[，,。]?\s*完成(?:年初)?预算的\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Completion();

    private static decimal N(string s) => Money.Parse(s);

    private const string Amount = @"\d[\d,]*(?:\.\d+)?";

    // "B 万元，占 A 万元的 x%", "完成年初预算 A 万元的 x%": the whole is printed right before 的.
    [GeneratedRegex(@"(?<part>" + Amount + @")\s*万元[^。；;%\d]{0,30}?(?:占|完成|达到|为)[^。；;%\d]{0,30}?(?<whole>" + Amount + @")\s*万元的(?:比例|比重)?(?:为|是)?\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex OfWhole();

    // "…合计 A 万元，其中：" — the whole a breakdown of parts with their shares follows.
    [GeneratedRegex(@"(?<whole>" + Amount + @")\s*万元[，,]?\s*其中[：:]?")]
    private static partial Regex Breakdown();

    // "B 万元，占 x%" with nothing named between 占 and the rate (a named base may be another figure).
    [GeneratedRegex(@"(?<part>" + Amount + @")\s*万元[，,]?\s*占(?:比|比重|比例)?(?:为|是)?\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Part();
}
