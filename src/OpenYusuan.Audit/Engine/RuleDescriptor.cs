using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>One audit rule: stable id, category, default severity, Chinese title and message template with
/// named placeholders, and its page in the catalogue (why it matters, how to fix, a worked example).</summary>
public sealed record RuleDescriptor(
    string Id, string Category, Severity DefaultSeverity, string Title, string Template,
    string Why, string Fix, string Example)
{
    /// <summary>Where the rule is documented (docs/rules.md, anchor = id).</summary>
    public string HelpLink => $"docs/rules.md#{Id.ToLowerInvariant()}";

    /// <summary>The message with every {name} replaced; an unknown placeholder is left visible.</summary>
    public string Format(IReadOnlyDictionary<string, string> args)
    {
        var text = Template;
        foreach (var (key, value) in args)
        {
            // A subject the template quotes that was printed in quotes itself ("“教育支出（类）…”") is quoted once.
            if (value.Length > 2 && value[0] == '“' && value[^1] == '”' && value.IndexOf('“', 1) < 0)
                text = text.Replace("“{" + key + "}”", value);
            text = text.Replace("{" + key + "}", value);
        }
        return text;
    }
}
