using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The year a comparison is made against. YS0801: the document's own year ("比2024年预算增加" in a 2024
/// budget) — except a 决算 setting its 决算数 against the same year's 预算. YS0805: a year-on-year figure
/// labelled with a year other than last year ("比2022年预算增加", "上年（2022年）", "2022年预算数为 … 比上年 …"
/// in a 2024 budget). Comparisons count only where they are about budget figures (预算, 决算, 执行数, or an
/// 增/减/持平 right after the year): a work report's "比2020年增长" is history, not the prior year.</summary>
public sealed partial class YearComparisonRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ComparedWithOwnYear.Id, RuleCatalog.PriorYearMislabelled.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Year is not { } year) return;
        foreach (var (section, sub, text) in NarrativeView.Texts(d))
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (Match m in Comparison().Matches(text))
            {
                var found = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var tail = m.Groups["tail"].Value;
                // "2023 年与 2024 年均未安排": 与 joins two years here; only 与…相比/持平 compares.
                if (m.Groups["verb"].Value is "与" or "同" ? !WithTail().IsMatch(tail) : !CompareTail().IsMatch(tail)) continue;
                if (found == year - 1) continue;
                var (s, e) = YearText.Sentence(text, m.Index);
                if (found == year)
                {
                    // A 决算 compares its 决算数 with the same year's 年初预算 / 调整预算.
                    if (d.Kind == "final" && BudgetOfTheYear().IsMatch(tail)) continue;
                    Report(context, RuleCatalog.ComparedWithOwnYear, section, sub, text, m.Index, s, e, found);
                }
                else Report(context, RuleCatalog.PriorYearMislabelled, section, sub, text, m.Index, s, e, found);
            }
            foreach (Match m in PriorInBrackets().Matches(text))
            {
                var found = int.Parse(m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (found == year - 1) continue;
                var (s, e) = YearText.Sentence(text, m.Index);
                Report(context, RuleCatalog.PriorYearMislabelled, section, sub, text, m.Index, s, e, found);
            }
            foreach (Match m in BudgetFigureOfYear().Matches(text))
            {
                var found = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (found == year || found == year - 1) continue;
                // Only a figure the sentence sets against this year's is last year's figure.
                var (s, e) = YearText.Sentence(text, m.Index);
                if (!YearOnYearWords().IsMatch(text[s..e])) continue;
                Report(context, RuleCatalog.PriorYearMislabelled, section, sub, text, m.Index, s, e, found);
            }
        }
    }

    private static void Report(AuditContext context, Engine.RuleDescriptor rule, Section section, Section? sub, string text,
        int at, int start, int end, int found)
    {
        // Quote from the year's clause start (a comma before it) to the end of the sentence, at most a line.
        var clause = text.LastIndexOfAny(['，', ','], Math.Max(at - 1, 0)) is var c && c >= start ? c + 1 : start;
        var args = YearText.Args(context.Document, section, YearText.Quote(text, clause, end));
        args["found"] = found.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Report(rule, NarrativeView.At(section, sub, at), args, args["prior"], args["found"]);
    }

    // 比/较/与/同 + a year, then what is compared: 预算, 决算, 执行数, or the change itself.
    [GeneratedRegex(@"(?<verb>比|较|与|同)\s*(?<y>20\d{2})\s*年(度)?(?<tail>[^，。；,;\n]{0,16})")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^\s*(同期|全年|年初|调整后?)?\s*((部门|单位)?(预算|决算|执行)[^，。；相]{0,6})?\s*(相比|比较|对比|持平|基本持平)")]
    private static partial Regex WithTail();

    [GeneratedRegex(@"^\s*(同期|全年|年初|调整后?)?\s*(部门|单位)?\s*(预算|决算|执行|财政拨款|[“""]?三公|增|减|持平|下降|上升|提高|降低|多|少|有所|相比|基本持平)")]
    private static partial Regex CompareTail();

    [GeneratedRegex(@"^\s*(年初|调整后?|全年)?\s*(部门|单位)?\s*预算")]
    private static partial Regex BudgetOfTheYear();

    // 上年（2022年）, 上年度(2022), 2022年（上年）.
    [GeneratedRegex(@"上年度?\s*[（(]\s*(?<y>20\d{2})\s*年?度?\s*[)）]|(?<y2>20\d{2})\s*年度?\s*[（(]\s*上年度?\s*[)）]")]
    private static partial Regex PriorInBrackets();

    // "2022年预算数为 40.00 万元", "2022年年初预算为…".
    [GeneratedRegex(@"(?<y>20\d{2})\s*年度?\s*(年初)?\s*预算(数|金额|总额)?\s*(为|是)\s*[0-9][0-9,]*(\.[0-9]+)?\s*万?元")]
    private static partial Regex BudgetFigureOfYear();

    [GeneratedRegex(@"上年|去年|比|较|增加|减少|增长|下降|持平")]
    private static partial Regex YearOnYearWords();
}
