using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0706: a document that calls itself both 本部门 (department) and 本单位 (unit) when it states its own
/// figures, the word against its scope being the fewer: a paragraph copied from another document.</summary>
/// <remarks>Only self-references that state the document's own budget count (本单位2026年……, 本部门收入预算……);
/// "为本单位统计监测提供支持" in a project's target speaks of one unit of a department and is left alone. A unit that
/// calls itself 本部门 throughout is common and defensible, and is not reported; nor is the template's 本部门（单位）.
/// Measured on the 64 wild documents: each keeps to one word for its own figures.</remarks>
public sealed partial class ScopeWordRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ScopeWordMixed.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var (usual, other) = d.Scope == "department" ? ("本部门", "本单位") : ("本单位", "本部门");
        var found = NarrativeView.Texts(d).SelectMany(x => SelfReference().Matches(x.Text).Select(m => (x.Section, x.Sub, x.Text, m))).ToList();
        var usualCount = found.Count(f => f.m.Groups["who"].Value == usual);
        var against = found.Where(f => f.m.Groups["who"].Value == other).ToList();
        if (usualCount == 0 || against.Count == 0 || against.Count >= usualCount) return;
        foreach (var (section, sub, text, m) in against)
            context.Report(RuleCatalog.ScopeWordMixed, NarrativeView.At(section, sub, m.Index), new Dictionary<string, string>
            {
                ["scope"] = d.ScopeWord() + d.KindWord(), ["section"] = section.Number.ToString(),
                ["text"] = other, ["usual"] = usual, ["usualCount"] = usualCount.ToString(), ["count"] = against.Count.ToString(),
                ["context"] = TextQuote.Around(text, m.Index, m.Length, 8, 20),
            });
    }

    // 本部门 / 本单位 (not 本部门（单位）) stating the document's own budget: a year, or what a budget is made of.
    [GeneratedRegex(@"(?<who>本部门|本单位)(?![（(])(?=\s*(?:20\d\d\s*年|年度|的?(?:收入|支出|收支|预算|决算|财政拨款|一般公共预算|政府性基金|国有资本|[“""]?三公|机关运行经费|政府采购|共有车辆|固定资产|部门整体|单位整体)))")]
    private static partial Regex SelfReference();
}
