using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0703: a punctuation mark doubled (。。 ，， ，。); YS0704: a bracket, quotation mark or title mark
/// (（） “” 《》) without its partner in its (sub-)section.</summary>
/// <remarks>Extraction joins a paragraph's lines and a page's footer into the text, and a table printed in the
/// explanation comes as tab-separated rows whose cells wrap: so a pair is matched over the whole (sub-)section (the
/// title first, for a heading whose bracket closes on the next line), rows with a tab are left out, and ( and （
/// count as one kind. A closing bracket after a list number (1） a）) is the number's, not half a pair.</remarks>
public sealed partial class PunctuationRules : IRuleFamily
{
    private static readonly (char Open, char Close, char OpenAlt, char CloseAlt)[] Pairs =
        [('（', '）', '(', ')'), ('“', '”', '“', '”'), ('《', '》', '《', '》')];

    public IEnumerable<string> Rules => [RuleCatalog.DoubledPunctuation.Id, RuleCatalog.UnpairedMark.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
        {
            foreach (Match m in Doubled().Matches(text))
                context.Report(RuleCatalog.DoubledPunctuation, NarrativeView.At(section, sub, m.Index), new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["text"] = m.Value, ["context"] = TextQuote.Around(text, m.Index, m.Length),
                });
            Unpaired(context, section, sub, text);
        }
    }

    private static void Unpaired(AuditContext context, Section section, Section? sub, string text)
    {
        var title = (sub ?? section).Title;
        var scanned = title + "\n" + text;
        var skip = title.Length + 1;   // positions in the title are not reported: only the text's
        var rows = TableRows(scanned);
        foreach (var (open, close, openAlt, closeAlt) in Pairs)
        {
            var opened = new Stack<int>();
            for (var i = 0; i < scanned.Length; i++)
            {
                var c = scanned[i];
                if (c != open && c != openAlt && c != close && c != closeAlt || rows.Contains(LineStart(scanned, i))) continue;
                if (c == open || c == openAlt && c != close) opened.Push(i);
                else if (opened.Count > 0) opened.Pop();
                else if (i >= skip && !ListNumber().IsMatch(scanned[Math.Max(0, i - 6)..i]))
                    Report(context, section, sub, text, i - skip, c, c == ')' ? '(' : open);
            }
            foreach (var i in opened.Where(i => i >= skip).Reverse())
                Report(context, section, sub, text, i - skip, scanned[i], scanned[i] == '(' ? ')' : close);
        }
    }

    private static void Report(AuditContext context, Section section, Section? sub, string text, int at, char mark, char partner) =>
        context.Report(RuleCatalog.UnpairedMark, NarrativeView.At(section, sub, at), new Dictionary<string, string>
        {
            ["section"] = section.Number.ToString(), ["mark"] = mark.ToString(), ["partner"] = partner.ToString(),
            ["context"] = TextQuote.Around(text, at, 1, 24, 24),
        });

    /// <summary>The starts of the lines that are table rows (hold a tab).</summary>
    private static HashSet<int> TableRows(string text)
    {
        var rows = new HashSet<int>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (text.AsSpan(start, end - start).Contains('\t')) rows.Add(start);
            start = end + 1;
        }
        return rows;
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    [GeneratedRegex(@"[。，、；]{2,}|：：")]
    private static partial Regex Doubled();

    // What comes before a list number's bracket: the line's start or a sentence's end, then 1 / 12 / a / 一 / ①.
    [GeneratedRegex(@"(?:^|[\s。；;：:，,、])[\dA-Za-z一二三四五六七八九十]{1,3}$")]
    private static partial Regex ListNumber();
}
