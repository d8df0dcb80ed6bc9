using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Reads 第一部分 概况: the numbered functions, the internal divisions, the sub-units of a 汇总
/// document, and the staffing sentence (编制数, 实有人数 = 在职 + 退休 + 离休, with their changes).</summary>
public static partial class OverviewReader
{
    public static Overview Read(IReadOnlyList<SourceLine> lines, string? entity)
    {
        if (lines.Count == 0) return new Overview();
        var text = ParagraphJoiner.Join(lines);
        var flat = TextNormalizer.Compact(text);
        // Functions numbered after the sentence that introduces them ("主要职责是：" then 1. 2. …, Beijing; 一、二、…, Shanghai's
        // streets), or the （一）（二）… items of the overview, whichever lists more.
        var paragraphs = text.Split('\n').Select(p => p.Trim()).ToList();
        var functions = ListAfter(paragraphs, p => FunctionsLead().IsMatch(TextNormalizer.Compact(p)));
        var items = text.Split('\n').Select(p => FunctionItem().Match(p)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToList();
        if (items.Count > functions.Count) functions = items;
        var divisions = Divisions().Match(flat) is { Success: true } d
            ? d.Groups[1].Value.Split('、', '，', ',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList()
            : [];
        var units = new List<string>();
        if (SubUnits().Match(flat) is { Success: true } u)
            units = u.Groups[1].Value.Split('、', '，', ',', '；').Select(s => s.Trim()).Where(s => s.Length > 1).ToList();
        // "…事业单位 4 家，具体包括：" then the units numbered one per paragraph.
        // Each is an organization's name (short, no sentence in it, ending as one: 局, 中心, 办事处（本部）…); a list of
        // anything else (a table's rows, say) is not the units.
        if (units.Count == 0 && ListAfter(paragraphs, p => UnitsLead().IsMatch(TextNormalizer.Compact(p))).Select(u => u.TrimEnd('。', '；', ';')).ToList() is { Count: > 0 } named
            && named.All(u => u.Length is > 1 and <= 40 && u.IndexOfAny(['，', ',', '。', '：', ':', '\t']) < 0 && Organization().IsMatch(u)))
            units = named;

        return new Overview { Functions = functions, Divisions = divisions, Units = units, Staffing = Staffing(flat, lines) };
    }

    /// <summary>The items numbered after the first paragraph <paramref name="lead"/> accepts: the first item's numbering
    /// (一、, （一）, 1.) is the list's; items numbered alike are its items, a paragraph between them continues the one
    /// before, and the list ends at a numbering of a higher level (一、 ends a list of 1. items) or at a heading line
    /// (…机构设置, …人员情况).</summary>
    private static List<string> ListAfter(List<string> paragraphs, Func<string, bool> lead)
    {
        var items = new List<string>();
        var start = paragraphs.FindIndex(p => lead(p));
        if (start < 0) return items;
        // A numbered lead ("一、主要职能") is a heading: its items are numbered below it, and the next heading of its level
        // (二、机构设置及人员情况) ends them.
        var above = Numbering(paragraphs[start]).Level ?? 0;
        int? level = null;
        foreach (var para in paragraphs.Skip(start + 1))
        {
            var (at, body) = Numbering(para);
            if (at <= above || PartHeading().IsMatch(TextNormalizer.Compact(body))) break;
            if (at is not null && (level is null || at == level)) { level = at; items.Add(body); continue; }
            if (items.Count > 0 && at < level) break;
        }
        return items;
    }

    /// <summary>A paragraph's list level and its text without the number: 1 for 一、, 2 for （一）, 3 for 1.; null when
    /// it is not numbered.</summary>
    private static (int? Level, string Body) Numbering(string para)
    {
        if (ChineseItem().Match(para) is { Success: true } c) return (1, c.Groups[1].Value.Trim());
        if (FunctionItem().Match(para) is { Success: true } p) return (2, p.Groups[1].Value.Trim());
        if (NumberedItem().Match(para) is { Success: true } n) return (3, n.Groups[1].Value.Trim());
        return (null, para);
    }

    /// <summary>The overview's staffing: the first statement of each count (StaffingMentions, the same reading the
    /// narrative's staffing claims use), with the changes stated beside 在职, 退休 and 离休.</summary>
    private static Staffing? Staffing(string flat, IReadOnlyList<SourceLine> lines)
    {
        var first = StaffingMentions.In(flat).GroupBy(m => m.Item).ToDictionary(g => g.Key, g => g.First());
        int? N(string item) => first.TryGetValue(item, out var m) ? m.Count : null;
        if (N("authorized") is null && N("actual") is null) return null;
        var changes = first.Values.Where(m => m.Item is "active" or "retired" or "retired_cadre" && m.Change is not null)
            .ToDictionary(m => m.Item, m => m.Change!.Value);
        var line = lines.FirstOrDefault(l => l.Compact.Contains("实有人数") || l.Compact.Contains("编制数"));
        return new Staffing
        {
            Authorized = N("authorized"), Actual = N("actual"), Active = N("active"), Retired = N("retired"), RetiredCadre = N("retired_cadre"),
            Changes = changes.Count > 0 ? changes : null,
            Loc = line is null ? null : Location.AtLine(line.Number),
        };
    }

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*(.+)$")]
    private static partial Regex FunctionItem();

    [GeneratedRegex(@"(主要职责|主要职能|职能|职责)(是|包括|如下)?[:：]$|主要(职责|职能)$")]
    private static partial Regex FunctionsLead();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\s*(.+)$")]
    private static partial Regex ChineseItem();

    // A heading line of the overview that no list runs into: "上海市…（部门）机构设置", "二、人员构成情况".
    [GeneratedRegex(@"^.{0,40}(机构设置|机构情况|人员构成|人员情况|编制情况)(情况)?$")]
    private static partial Regex PartHeading();

    // How an organization's name ends, a parenthesis after it aside (…办事处（本部）, …局（本级）).
    [GeneratedRegex(@"(局|厅|委|办|处|部|室|署|中心|站|所|院|校|园|馆|队|团|会|社|台|场|库|本级|机关)(\s*[（(][^（()）]*[)）])?$")]
    private static partial Regex Organization();

    // "本部门中，行政单位 1 家，…，具体包括：", "所属单位如下："
    [GeneratedRegex(@"单位.*(具体包括|包括|分别是|分别为|如下)[:：]$")]
    private static partial Regex UnitsLead();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*(.+)$")]
    private static partial Regex NumberedItem();

    // "下设N个…，分别是：A、B。", "设立9个内设机构，包括A、B。", "共有2个派出机构，分别为A、B。"
    [GeneratedRegex(@"(?:下设|设立|设有|内设|共有)\d+个(?:内设|派出)?(?:机构|处室|职能处室|部门)[^，,：:。]*?[，,]?(?:分别是|分别为|包括|为)[：:]?(.+?)。")]
    private static partial Regex Divisions();

    // "纳入…汇总编制范围的预算单位共 3 个，分别是：A、B、C。" / "下属单位包括：A、B。"
    [GeneratedRegex(@"(?:预算单位|下属单位|所属单位|二级单位)共?(?:\d+个)?[，,]?(?:分别是|包括|为|有)[：:](.+?)。")]
    private static partial Regex SubUnits();
}
