using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0702: slots a template leaves for the preparer (XX, ××, 某某, a year with a digit missing, 【单位名称】,
/// （制度名称）) still in the text. Reported once per (sub-)section at its first slot, with how many there are.</summary>
public sealed partial class PlaceholderRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.PlaceholderLeft.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
        {
            var slots = Slot().Matches(text);
            if (slots.Count == 0) continue;
            var first = slots[0];
            context.Report(RuleCatalog.PlaceholderLeft, NarrativeView.At(section, sub, first.Index), new Dictionary<string, string>
            {
                ["section"] = section.Number.ToString(), ["text"] = first.Value.Trim(),
                ["context"] = TextQuote.Around(text, first.Index, first.Length),
                ["more"] = slots.Count > 1 ? $"（本部分共 {slots.Count} 处）" : "",
            });
        }
    }

    // XX standing alone (not in a word such as an English acronym), ××, 某某; a year of three digits (202 年度, not a
    // table cell's 200 above the next row's 年度目标);
    // a bracketed slot named for what goes in it; 【请…】 is guidance (YS0709), 【2024】 a document number.
    [GeneratedRegex(@"(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|××+|某某|(?<![\d.,，．\t])20\d(?=[ \u3000]?年(?:度|预算|决算))"
        + @"|【(?!请)[^【】\d\n]{0,12}(?:名称|金额|数额|年度|年份|日期|原因|文号)】"
        + @"|[（(](?:单位|部门|项目|制度|文件|机构|科目|资金)?名称[）)]")]
    private static partial Regex Slot();
}
