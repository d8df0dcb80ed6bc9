using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenYusuan.Model;

/// <summary>An indicator's value read as one figure: "≤73.35万元" → ≤ 73.35 万元, "≧3.4万亩" → ≥ 3.4 万亩, "不低于95%" →
/// ≥ 95 %, "95%以上" → ≥ 95 %, "4825亩" → 4825 亩. Only a value that is one figure with an optional comparator before it and a unit after it is
/// read; ranges ("5%-10%", "1-12月"), dates and prose ("上涨6.23%", "全年") give none, so a figure is never half-read.</summary>
public sealed partial record IndicatorMeasure(string? Comparator, decimal Number, string? Unit)
{
    public static IndicatorMeasure? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Value().Match(text.Replace(" ", "").Replace("\u3000", ""));
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            return null;
        var unit = m.Groups["u"].Value.Replace('／', '/').Replace("%%", "%");
        var comparator = ComparatorOf(m.Groups["c"].Value);
        // "95%以上", "5万元以内": the comparator printed after the unit.
        if (comparator is null && After().Match(unit) is { Success: true } after)
        {
            comparator = after.Groups[1].Value is "以上" or "及以上" ? "≥" : "≤";
            unit = unit[..after.Index];
        }
        // "2022年", "12月底前": a date, not a figure.
        if (Date().IsMatch(unit) && (n >= 1900 || unit.Length > 1)) return null;
        return new IndicatorMeasure(comparator, n, unit.Length > 0 ? unit : null);
    }

    [GeneratedRegex(@"(及以上|以上|及以下|以下|以内)$")]
    private static partial Regex After();

    [GeneratedRegex(@"^(年|月|日|号)")]
    private static partial Regex Date();

    private static string? ComparatorOf(string printed) => printed switch
    {
        "" => null,
        "≥" or "≧" or ">=" or "＞=" or "不低于" or "不少于" or "大于等于" or "大于或等于" or "不小于" => "≥",
        "≤" or "≦" or "<=" or "＜=" or "不高于" or "不超过" or "不多于" or "小于等于" or "小于或等于" or "不大于" => "≤",
        ">" or "＞" or "高于" or "多于" or "大于" or "超过" => ">",
        "<" or "＜" or "低于" or "少于" or "小于" => "<",
        _ => "=",
    };

    // A unit is a short run without digits or another comparator: 万元, %, 个, 元/㎡/月, 次／年, 万人次.
    [GeneratedRegex(@"^(?<c>≥|≧|>=|＞=|≤|≦|<=|＜=|>|＞|<|＜|=|＝|等于|不低于|不少于|大于等于|大于或等于|不小于|不高于|不超过|不多于|小于等于|小于或等于|不大于|高于|多于|大于|超过|低于|少于|小于)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<u>[^\d\s≥≧≤≦<>＜＞=＝\-－—~～至、，,;；]{0,8})$")]
    private static partial Regex Value();
}
