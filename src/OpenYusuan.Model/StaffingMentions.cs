using System.Text.RegularExpressions;

namespace OpenYusuan.Model;

/// <summary>Where a text states a staffing figure (编制数 25 人, 实有人数 26 人, 在职 25 人，增加 1 人, 退休 1 人,
/// 离休 0 人): the overview, a section of the explanation and a performance target may each repeat them. A number of
/// people taken on or gone (新增在职人员 2 人) is a change, not a count.</summary>
public static partial class StaffingMentions
{
    public sealed record Mention(string Item, int Count, int? Change, int Index, int Length);

    /// <summary>Spec item keys: authorized, actual, active, retired, retired_cadre.</summary>
    public static IEnumerable<Mention> In(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var word = m.Groups["kind"].Value;
            var item = word switch
            {
                _ when word.StartsWith("编制") => "authorized",
                _ when word.StartsWith("实有") => "actual",
                _ when word.StartsWith("在职") => "active",
                _ when word.StartsWith("离休") => "retired_cadre",
                _ => "retired",
            };
            // A count too large for any unit (a fourteen-digit 编制数) is not a staffing figure: it is left unread, not
            // an overflow.
            if (!int.TryParse(m.Groups["n"].Value, out var count)) continue;
            int? change = !m.Groups["c"].Success ? null
                : int.TryParse(m.Groups["c"].Value, out var c) ? c * (m.Groups["dir"].Value == "减少" ? -1 : 1) : null;
            yield return new Mention(item, count, change, m.Index, m.Length);
        }
    }

    public static string Chinese(string item) => item switch
    {
        "authorized" => "编制数", "actual" => "实有人数", "active" => "在职人数", "retired" => "退休人数", "retired_cadre" => "离休人数", _ => item,
    };

    public static int? Of(Staffing s, string item) => item switch
    {
        "authorized" => s.Authorized, "actual" => s.Actual, "active" => s.Active, "retired" => s.Retired, "retired_cadre" => s.RetiredCadre, _ => null,
    };

    [GeneratedRegex(@"(?<!(?:新增|增加|减少|调入|调出|新进|招录)\s*)(?<kind>编制(?:数|人数)?|实有(?:人数|人员)?|在职(?:人员|职工)?|(?<!离)退休(?:人员)?|离休(?:人员|干部)?)[为共有是:：]?\s*(?<n>\d+)(?:\s*(?:人|名)|(?=[，,；;。]))(?:[，,]?\s*(?:比上年|较上年)?\s*(?<dir>增加|减少)\s*(?<c>\d+)\s*人)?")]
    private static partial Regex Pattern();
}
