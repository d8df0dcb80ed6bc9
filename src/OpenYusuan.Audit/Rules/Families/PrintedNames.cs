using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The 科目 names a document's tables print, by code, and the ways the explanation writes names: a
/// "类（类）款（款）项（项）" path, or a name before its code in brackets ("行政单位离退休（2080501）").</summary>
internal sealed partial class PrintedNames
{
    private readonly Dictionary<string, List<(string Name, DisclosureTable Table, TableRow Row)>> _byCode = [];

    public PrintedNames(Disclosure d)
    {
        foreach (var t in d.Tables)
            foreach (var row in (t.Rows ?? []).Concat(t.Expense ?? []).Concat(t.ExpenseByEconomic ?? []))
            {
                if (row.Code is not { Length: 3 or 5 or 7 } code || row.Name is not { Length: > 0 } name || row.Project is not null) continue;
                if (!_byCode.TryGetValue(code, out var list)) _byCode[code] = list = [];
                list.Add((ClassificationList.NormalizeName(name), t, row));
            }
    }

    /// <summary>True when the tables print any functional 项 row (a 7-digit code starting 2).</summary>
    public bool HasItems => _byCode.Keys.Any(c => c.Length == 7 && c[0] == '2');

    public IEnumerable<string> NamesOf(string code) => _byCode.TryGetValue(code, out var l) ? l.Select(x => x.Name).Distinct() : [];

    /// <summary>The 项 rows under a 款 (none when <paramref name="parent"/> is null).</summary>
    public IEnumerable<(DisclosureTable Table, TableRow Row)> Items(string? parent) => parent is null ? []
        : _byCode.Where(kv => kv.Key.Length == 7 && kv.Key.StartsWith(parent, StringComparison.Ordinal)).SelectMany(kv => kv.Value.Select(x => (x.Table, x.Row)));

    public (DisclosureTable Table, TableRow Row)? RowOf(string code) => _byCode.TryGetValue(code, out var l) ? (l[0].Table, l[0].Row) : null;

    /// <summary>The codes of the given lengths (3 类, 5 款, 7 项) whose printed name is <paramref name="name"/>; functional codes only.</summary>
    public IEnumerable<string> CodesNamed(string name, params int[] lengths)
    {
        var key = ClassificationList.NormalizeName(name);   // the printed names are stored normalized
        return _byCode.Where(kv => kv.Key[0] == '2' && lengths.Contains(kv.Key.Length) && kv.Value.Any(x => SameNormalized(key, x.Name)))
            .Select(kv => kv.Key).OrderBy(c => c, StringComparer.Ordinal);
    }

    /// <summary>Two printings of one name: equal once spaces and bracket widths are ignored, or one with the 支出 the other
    /// leaves off ("公共安全（类）支出"), or a table's "行政运行（人力资源和社会保障管理事务）" for the text's "行政运行".</summary>
    public static bool Same(string a, string b) => SameNormalized(ClassificationList.NormalizeName(a), ClassificationList.NormalizeName(b));

    private static bool SameNormalized(string a, string b)
    {
        return a == b || a + "支出" == b || a == b + "支出" || b.StartsWith(a + "（", StringComparison.Ordinal) || a.StartsWith(b + "（", StringComparison.Ordinal);
    }

    /// <summary>One level of a printed path: the name, its level (3 类, 5 款, 7 项) and where the name starts in the subject.</summary>
    public sealed record Part(string Name, int Length, int At);

    /// <summary>The levels of "一般公共服务支出（类）财政事务（款）行政运行（项）", each name without the numbering or
    /// stray words before it ("1.", "（5）", a page header).</summary>
    public static IReadOnlyList<Part> Path(string subject)
    {
        var parts = new List<Part>();
        foreach (Match m in PathPart().Matches(subject))
        {
            var name = m.Groups["name"].Value;
            var lead = LeadingNoise().Match(name);
            parts.Add(new Part(name[lead.Length..].Trim(), m.Groups["level"].Value switch { "类" => 3, "款" => 5, _ => 7 }, m.Groups["name"].Index + lead.Length));
        }
        return parts;
    }

    public static string LevelName(int length) => length switch { 3 => "类", 5 => "款", _ => "项" };

    /// <summary>Names written before a code in brackets, with the code and where the name starts in the text.</summary>
    public static IEnumerable<(string Name, string Code, int At, int End)> NamesBeforeCodes(string text)
    {
        foreach (Match m in CodeInBrackets().Matches(text))
        {
            var start = m.Index;
            var depth = 0;
            while (start > 0)
            {
                var c = text[start - 1];
                if (c is '）' or ')') depth++;
                else if (c is '（' or '(') { if (depth == 0) break; depth--; }
                else if (!(c is >= '\u4e00' and <= '\u9fff') && c is not ('“' or '”' or '、')) break;
                if (c == '、' && depth == 0) break;
                start--;
            }
            // The scan may take in the ）of an enumeration "（15）" or an opening quote: the name starts at its first character.
            while (start < m.Index && !(text[start] is >= '\u4e00' and <= '\u9fff')) start++;
            if (Introduction().Match(text, start, m.Index - start) is { Success: true } intro) start += intro.Length;
            var name = text[start..m.Index];
            if (ClassificationList.NormalizeName(name).Length >= 2) yield return (name, m.Groups["code"].Value, start, m.Index + m.Length);
        }
    }

    [GeneratedRegex(@"(?<name>[^（()）]+?(?:[（(][^类款项（()）][^（()）]*[)）][^（()）]*?)*)[（(](?<level>类|款|项)[）)]")]
    private static partial Regex PathPart();

    [GeneratedRegex(@"^[^\u4e00-\u9fff]*(其中[:：]?)?[^\u4e00-\u9fff]*")]
    private static partial Regex LeadingNoise();

    // Words that introduce a name: "其中", "主要用于".
    [GeneratedRegex(@"\G(其中|主要用于|用于|包括|主要是|主要为)[：:]?")]
    private static partial Regex Introduction();

    [GeneratedRegex(@"[（(]\s*(?<code>[23]\d{2}(?:\d{2}){0,2})\s*[)）]")]
    private static partial Regex CodeInBrackets();
}
