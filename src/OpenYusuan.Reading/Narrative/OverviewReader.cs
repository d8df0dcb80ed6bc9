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
        var functions = new List<string>();
        foreach (var para in text.Split('\n'))
        {
            var m = FunctionItem().Match(para);
            if (m.Success) functions.Add(m.Groups[1].Value.Trim());
        }
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

    [GeneratedRegex(@"下设\d+个[^，,：:。]*?[，,]?分别是[：:](.+?)。")]
    private static partial Regex Divisions();

    // "纳入…汇总编制范围的预算单位共 3 个，分别是：A、B、C。" / "下属单位包括：A、B。"
    [GeneratedRegex(@"(?:预算单位|下属单位|所属单位|二级单位)共?(?:\d+个)?[，,]?(?:分别是|包括|为|有)[：:](.+?)。")]
    private static partial Regex SubUnits();
}
