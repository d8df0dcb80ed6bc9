using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0705: characters no reader can read — private-use code points (a font's own glyphs, U+E000–U+F8FF),
/// the replacement character U+FFFD, the marks a wrong code page leaves (锟斤拷, 鈥 for “, 锛 for ，, Ã¤ for ä),
/// and a run of letters of a script a Chinese budget does not use (Cyrillic, Greek, Hangul, kana, accented Latin).</summary>
public sealed partial class GarbledTextRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.GarbledText.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
            foreach (Match m in Garbled().Matches(text))
                context.Report(RuleCatalog.GarbledText, NarrativeView.At(section, sub, m.Index), new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["text"] = m.Value, ["kind"] = Kind(m),
                    ["context"] = TextQuote.Around(text, m.Index, m.Length),
                });
    }

    private static string Kind(Match m) =>
        m.Groups["private"].Success ? "私用区字符，字体缺字" :
        m.Groups["replacement"].Success ? "替换字符，原字符已丢失" :
        m.Groups["codepage"].Success ? "编码转换错误" : "不属于中文文本的字符";

    // GBK read as UTF-8 gives 锟斤拷; UTF-8 read as GBK turns “ ” into 鈥溾€, ， into 锛, 、。 into 銆; UTF-8 read as
    // Latin-1 gives Ã¤, â€œ. Foreign letters count from three in a row: one Greek μ or α is a unit or an index.
    [GeneratedRegex(@"(?<private>[\uE000-\uF8FF]+)|(?<replacement>\uFFFD+)"
        + @"|(?<codepage>(?:锟斤拷)+|烫烫烫+|屯屯屯+|鈥[溾€?].?|[锛銆][\u0080-\uFFFF]?|[ÃÂâ][\u0080-\u00BF€™œ\u201A-\u201E]+)"
        + @"|(?<script>[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FA\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]{3,})")]
    private static partial Regex Garbled();
}
