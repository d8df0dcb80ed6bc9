using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0701: numbers written so that they cannot be read (two decimal points, a doubled separator).</summary>
public sealed partial class TextQualityRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.MalformedNumber.Id];

    public void Run(AuditContext context)
    {
        foreach (var section in context.Document.Sections)
            foreach (var (text, sub) in section.Subsections.Select(s => (s.Text, (int?)s.Number)).Prepend((section.Text, null)))
                foreach (Match m in Malformed().Matches(text))
                    context.Report(RuleCatalog.MalformedNumber, new FindingLocation { Section = section.Number.ToString(), Subsection = sub },
                        new Dictionary<string, string> { ["section"] = section.Number.ToString(), ["text"] = m.Value });
    }

    [GeneratedRegex(@"\d+(?:\.\.+|,,+|\.,|,\.)\d+(?:万元|元)?")]
    private static partial Regex Malformed();
}
