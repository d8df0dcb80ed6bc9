using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0709: what a template tells the preparer, left in the published text — （请填写……）, 此处填写,
/// （如持平作持平表述）, 不涉及的不列, 按上述格式依次说明, "填列数应与……一致", and the 【请填写……】 our own drafter
/// leaves where only the preparer knows the words. Reported once per (sub-)section, at the first.</summary>
/// <remarks>"本表……根据《……批复》填列" is left alone: Jiangsu publishes it as the basis of its figures.</remarks>
public sealed partial class TemplateGuidanceRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.TemplateGuidanceLeft.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
        {
            var m = Guidance().Match(text);
            if (!m.Success) continue;
            var quoted = m.Value.StartsWith("填列", StringComparison.Ordinal) ? TextQuote.Sentence(text, m.Index) : m.Value;
            context.Report(RuleCatalog.TemplateGuidanceLeft, NarrativeView.At(section, sub, m.Index), new Dictionary<string, string>
            {
                ["section"] = section.Number.ToString(), ["text"] = quoted, ["context"] = TextQuote.Around(text, m.Index, m.Length),
            });
        }
    }

    [GeneratedRegex(@"【请[^【】\n]{0,30}】|[（(【\[]\s*(?:请|此处|在此)[^（）()【】\[\]\n]{0,40}(?:填写|填报|填列|表述)[^（）()【】\[\]\n]{0,40}[）)】\]]"
        + @"|请在此处?填写|此处填写|[（(]?如(?:持平|无变化)作持平表述[）)]?|[（(]?不涉及的不列[）)]?|按上述格式依次说明|填列数?应(?:当)?(?:与|按)")]
    private static partial Regex Guidance();
}
