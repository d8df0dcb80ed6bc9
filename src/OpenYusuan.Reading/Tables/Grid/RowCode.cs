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
        if (!m.Success || m.Groups["code"].Value.Length is not (3 or 5 or 7)) return false;
        code = m.Groups["code"].Value;
        name = m.Groups["name"].Value.Trim();
        return true;
    }

    /// <summary>True for a 支出功能分类 code (类 2xx), false for an economic one (3xx 部门, 5xx 政府).</summary>
    public static bool IsFunctional(string code) => code.StartsWith('2');

    public static bool IsGovernmentEconomic(string code) => code.StartsWith('5');

    [GeneratedRegex(@"^[\[【(（]\s*(?<code>\d{3,7})\s*[\]】)）]\s*(?<name>.*)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<code>\d{3,7})(?:\s*[-－—_、.．:：]\s*|\s+|(?=[^\d\s,.])|$)(?<name>\D.*)?$")]
    private static partial Regex Glued();
}
