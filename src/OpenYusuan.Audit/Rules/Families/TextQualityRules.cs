using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0701: numbers written so that they cannot be read (two decimal points, a doubled separator).</summary>
public sealed partial class TextQualityRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.MalformedNumber.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
            foreach (Match m in Malformed().Matches(text))
                context.Report(RuleCatalog.MalformedNumber, NarrativeView.At(section, sub, m.Index),
                    new Dictionary<string, string> { ["section"] = section.Number.ToString(), ["text"] = m.Value });
    }

    [GeneratedRegex(@"\d+(?:\.\.+|,,+|\.,|,\.)\d+(?:万元|元)?")]
    private static partial Regex Malformed();
}
