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
        // Functions numbered after the sentence that introduces them ("主要职责是：" then 1. 2. …, Beijing, Shanghai), or
        // the （一）（二）… items of the overview, whichever lists more.
        var functions = new List<string>();
        var listing = false;
        foreach (var para in text.Split('\n').Select(p => p.Trim()))
        {
            if (!listing) { listing = FunctionsLead().IsMatch(TextNormalizer.Compact(para)); continue; }
            if (NumberedItem().Match(para) is { Success: true } n) functions.Add(n.Groups[1].Value.Trim());
            // The list ends at the next heading (（二）机构设置情况, 二、…); a paragraph between items continues the one before.
            else if (functions.Count > 0 && NextHeading().IsMatch(para)) break;
        }
        var items = text.Split('\n').Select(p => FunctionItem().Match(p)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToList();
        if (items.Count > functions.Count) functions = items;
        var divisions = Divisions().Match(flat) is { Success: true } d
            ? d.Groups[1].Value.Split('、', '，', ',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList()
            : [];
        var units = new List<string>();
        if (SubUnits().Match(flat) is { Success: true } u)
            units = u.Groups[1].Value.Split('、', '，', ',', '；').Select(s => s.Trim()).Where(s => s.Length > 1).ToList();

        return new Overview { Functions = functions, Divisions = divisions, Units = units, Staffing = Staffing(flat, lines) };
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

    [GeneratedRegex(@"^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*(.+)$")]
    private static partial Regex NumberedItem();

    // "下设N个…，分别是：A、B。", "设立9个内设机构，包括A、B。", "共有2个派出机构，分别为A、B。"
    [GeneratedRegex(@"(?:下设|设立|设有|内设|共有)\d+个(?:内设|派出)?(?:机构|处室|职能处室|部门)[^，,：:。]*?[，,]?(?:分别是|分别为|包括|为)[：:]?(.+?)。")]
    private static partial Regex Divisions();

    // "纳入…汇总编制范围的预算单位共 3 个，分别是：A、B、C。" / "下属单位包括：A、B。"
    [GeneratedRegex(@"(?:预算单位|下属单位|所属单位|二级单位)共?(?:\d+个)?[，,]?(?:分别是|包括|为|有)[：:](.+?)。")]
    private static partial Regex SubUnits();
}
