using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace OpenYusuan.Templates;

/// <summary>What every template of the family shares, read from <c>Data/tables.json</c>: which kind of table a
/// printed title names, which column a header label names (under which group), and what a label column holds.
/// Knowledge of titles and labels lives in that file, not in code, so a new wording is a new line of data.</summary>
public static partial class TableFamily
{
    private sealed record TitleRule(string Kind, Regex Pattern);
    private sealed record RoleRule(string Role, Regex Pattern, HashSet<string>? Kinds);
    private sealed record ColumnRule(string Key, Regex Pattern, Regex? Under, HashSet<string>? Kinds);

    private sealed class Data
    {
        [JsonPropertyName("parts")] public List<RawRule> Parts { get; set; } = [];
        [JsonPropertyName("titles")] public List<RawRule> Titles { get; set; } = [];
        [JsonPropertyName("final_titles")] public List<RawRule> FinalTitles { get; set; } = [];
        [JsonPropertyName("label_roles")] public List<RawRule> LabelRoles { get; set; } = [];
        [JsonPropertyName("columns")] public List<RawRule> Columns { get; set; } = [];
    }

    private sealed class RawRule
    {
        [JsonPropertyName("kind")] public string? Kind { get; set; }
        [JsonPropertyName("role")] public string? Role { get; set; }
        [JsonPropertyName("key")] public string? Key { get; set; }
        [JsonPropertyName("pattern")] public string Pattern { get; set; } = "";
        [JsonPropertyName("under")] public string? Under { get; set; }
        [JsonPropertyName("kinds")] public List<string>? Kinds { get; set; }
    }

    private static readonly RoleRule[] Parts;
    private static readonly TitleRule[] Titles;
    private static readonly TitleRule[] FinalTitles;
    private static readonly RoleRule[] Roles;
    private static readonly ColumnRule[] Columns;

    static TableFamily()
    {
        var data = Load("tables.json", TablesJson.Default.Data);
        // A title may end in qualifiers: 一般公共预算支出情况表（按功能分类科目）, …表（不含上年结转）.
        static Regex Title(string p) => new($"(?:{p})(?:\\([^()]*\\))*$", RegexOptions.CultureInvariant);
        static Regex Whole(string p) => new($"^(?:{p})$", RegexOptions.CultureInvariant);
        Parts = data.Parts.Select(r => new RoleRule(r.Role!, Whole(r.Pattern), null)).ToArray();
        Titles = data.Titles.Select(r => new TitleRule(r.Kind!, Title(r.Pattern))).ToArray();
        FinalTitles = data.FinalTitles.Select(r => new TitleRule(r.Kind!, Title(r.Pattern))).ToArray();
        Roles = data.LabelRoles.Select(r => new RoleRule(r.Role!, Whole(r.Pattern), r.Kinds?.ToHashSet())).ToArray();
        Columns = data.Columns.Select(r => new ColumnRule(r.Key!, Whole(r.Pattern), r.Under is null ? null : Whole(r.Under), r.Kinds?.ToHashSet())).ToArray();
    }

    internal static T Load<T>(string resource, JsonTypeInfo<T> info)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing template data {resource}");
        return JsonSerializer.Deserialize(stream, info) ?? throw new InvalidOperationException($"empty template data {resource}");
    }

    [JsonSerializable(typeof(Data))]
    private sealed partial class TablesJson : JsonSerializerContext;

    /// <summary>The kind a title names (its numbering already removed), or null. <paramref name="final"/> reads it
    /// as a 决算 title. <c>performance</c> names a performance-target table.</summary>
    public static string? KindOfTitle(string title, bool final)
    {
        var key = Normalize(title);
        foreach (var rule in final ? FinalTitles : Titles)
            if (rule.Pattern.IsMatch(key)) return rule.Kind;
        return null;
    }

    /// <summary>What a 第X部分 part holds — overview, tables, explanation, glossary, performance, other — from the
    /// words of its heading after the part number; a heading without words by its <paramref name="number"/>.</summary>
    public static string PartRole(string heading, int number)
    {
        var key = Normalize(heading);
        if (key.Length > 0)
            foreach (var rule in Parts)
                if (rule.Pattern.IsMatch(key)) return rule.Role;
        return number switch { 1 => "overview", 2 => "tables", 3 => "explanation", 4 => "glossary", _ => "other" };
    }

    /// <summary>The column key a header names: <paramref name="path"/> is the labels from the outermost group down to
    /// the column's own label. Null when no rule knows the label.</summary>
    public static string? ColumnKey(string kind, IReadOnlyList<string> path)
    {
        // A group that says only 其中 is kept: what it spans is part of another column, not added to it (Beijing's 支出总表
        // prints 其中 over 事业单位经营支出, 上缴上级支出, 对附属单位补助支出 beside 基本支出 and 项目支出).
        var labels = path.Select((l, i) => i < path.Count - 1 && Normalize(l).Length == 0 && l.Contains(OfWhich) ? OfWhich : Normalize(l))
            .Where(l => l.Length > 0).ToList();
        if (labels.Count == 0) return null;
        var leaf = labels[^1];
        var groups = labels.Take(labels.Count - 1).ToList();
        if (Match(kind, leaf, groups) is { } key) return key;
        // A label wrapped over two header rows without a rule between them reads as group + leaf ("上年实" / "户资金余额"
        // under 部门预算): its last pieces joined, under the groups above them, then the whole path as one label.
        for (var k = 2; k <= labels.Count; k++)
            if (Match(kind, string.Concat(labels.Skip(labels.Count - k).Where(l => l != OfWhich)), labels.Take(labels.Count - k).ToList()) is { } joined)
                return joined;
        return null;
    }

    private static string? Match(string kind, string leaf, List<string> groups)
    {
        foreach (var rule in Columns)
        {
            if (rule.Kinds is { } kinds && !kinds.Contains(kind)) continue;
            if (!rule.Pattern.IsMatch(leaf)) continue;
            if (rule.Under is { } under && !groups.Any(under.IsMatch)) continue;
            return rule.Key;
        }
        return null;
    }

    /// <summary>What a label column holds (code, name, project, unit, text, ignore), from its header; null when the
    /// header does not say.</summary>
    public static string? LabelRole(string kind, string label)
    {
        var key = Normalize(label);
        if (key.Length == 0) return null;
        foreach (var rule in Roles)
            if ((rule.Kinds is null || rule.Kinds.Contains(kind)) && rule.Pattern.IsMatch(key)) return rule.Role;
        return null;
    }

    /// <summary>Whitespace removed, brackets, colons and quotes made ASCII, a leading 其中 and a trailing unit dropped.</summary>
    public static string Normalize(string text)
    {
        var s = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace('“', '"').Replace('”', '"').Replace('〔', '(').Replace('〕', ')');
        s = LeadingOf().Replace(s, "");
        return TrailingUnit().Replace(s, "");
    }

    private const string OfWhich = "其中";

    [GeneratedRegex(@"^其中[:、]?")]
    private static partial Regex LeadingOf();
    [GeneratedRegex(@"\((单位:)?万?元\)$")]
    private static partial Regex TrailingUnit();
}
