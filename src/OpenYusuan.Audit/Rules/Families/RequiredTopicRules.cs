using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Templates;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0113: the explanation speaks of each topic every department must disclose (Data/required-topics.json),
/// whatever its template numbers its parts. Only the sections count: a glossary defining 机关运行经费 or a 三公 table
/// explains nothing. A lone tables or performance part has no explanation to judge, and a lone explanation part is
/// not asked for 绩效, which such publications print in their performance part (printed performance tables are
/// themselves its disclosure).</summary>
public sealed class RequiredTopicRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.TopicMissing.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Sections.Count == 0 || d.Part is not ("whole" or "explanation")) return;
        var text = string.Concat(d.Sections.SelectMany(Texts));
        var first = d.Sections[0];
        // Parts joined from several files may still lack the performance part, published apart.
        var whole = d.Part == "whole" && d.Source?.Parts is not { Count: > 0 };
        foreach (var topic in RequiredTopic.For(d.Kind == "final"))
        {
            if (topic.WholeOnly && (!whole || d.Performance.Count > 0) || topic.Words.Any(w => text.Contains(w, StringComparison.Ordinal))) continue;
            context.Report(RuleCatalog.TopicMissing, AuditContext.Where(new FindingLocation { Section = first.Number.ToString() }, first.Loc),
                new Dictionary<string, string>
                {
                    ["part"] = d.Kind == "final" ? "决算说明" : "预算说明", ["topic"] = topic.Topic, ["words"] = string.Join("”“", topic.Words),
                });
        }
    }

    private static IEnumerable<string> Texts(Section s) => s.Subsections.SelectMany(Texts).Prepend(s.Text).Prepend(s.Title);
}
