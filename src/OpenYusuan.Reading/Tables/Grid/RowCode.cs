using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>A classification code in a label cell however it is printed: alone ("2010601"), glued to its name
/// ("2010601-行政运行", "205教育支出", "[201]一般公共服务支出", "2010601 行政运行"). Returns the code and the name
/// left after it.</summary>
public static partial class RowCode
{
    public static bool TryParse(string text, out string code, out string name)
    {
        code = name = "";
        var t = text.Trim();
        var m = Bracketed().Match(t);
        if (!m.Success) m = Glued().Match(t);
        // Classification codes start 2 (功能分类), 3 (部门经济分类) or 5 (政府经济分类); other digits number units.
        if (!m.Success || m.Groups["code"].Value.Length is not (3 or 5 or 7) || m.Groups["code"].Value[0] is not ('2' or '3' or '5')) return false;
        code = m.Groups["code"].Value;
        name = m.Groups["name"].Value.Trim();
        return true;
    }

    /// <summary>A unit printed with its number ("015001-北京市某某中心"): a number that is not a classification code.</summary>
    public static bool TryParseUnit(string text, out string number, out string name)
    {
        number = name = "";
        var m = UnitNumbered().Match(text.Trim());
        if (!m.Success || TryParse(text, out _, out _)) return false;
        (number, name) = (m.Groups["code"].Value, m.Groups["name"].Value.Trim());
        return true;
    }

    [GeneratedRegex(@"^(?<code>\d{3,12})\s*[-－—_、:：]\s*(?<name>\D.+)$")]
    private static partial Regex UnitNumbered();

    /// <summary>True for a 支出功能分类 code (类 2xx), false for an economic one (3xx 部门, 5xx 政府).</summary>
    public static bool IsFunctional(string code) => code.StartsWith('2');

    public static bool IsGovernmentEconomic(string code) => code.StartsWith('5');

    [GeneratedRegex(@"^[\[【(（]\s*(?<code>\d{3,7})\s*[\]】)）]\s*(?<name>.*)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<code>\d{3,7})(?:\s*[-－—_、.．:：]\s*|\s+|(?=[^\d\s,.])|$)(?<name>\D.*)?$")]
    private static partial Regex Glued();
}
