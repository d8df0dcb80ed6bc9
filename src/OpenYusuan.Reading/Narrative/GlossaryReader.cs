using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Reads 名词解释: "一、财政拨款：指…" entries, with their wrapped continuation lines.</summary>
public static partial class GlossaryReader
{
    public static IReadOnlyList<GlossaryEntry> Read(IReadOnlyList<SourceLine> lines)
    {
        var entries = new List<GlossaryEntry>();
        string? term = null;
        var text = "";
        var line = 0;
        foreach (var l in lines.Where(l => !l.IsBlank))
        {
            var m = Entry().Match(l.Text);
            if (m.Success)
            {
                Flush();
                term = m.Groups[1].Value.Trim();
                text = m.Groups[2].Value.Trim();
                line = l.Number;
            }
            else if (term is not null && (!text.EndsWith('。') || l.Text.EndsWith('。')))
                text += l.Text.Trim();
        }
        Flush();
        return entries;

        void Flush()
        {
            if (term is not null) entries.Add(new GlossaryEntry(term, text) { Loc = Location.AtLine(line) });
            term = null;
        }
    }

    // Numbering may be spaced out by the PDF's text layer: "( 一 ) 财政拨款收入 : 指…".
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[0-9]+\s*[、.．]|[（(]\s*[一二三四五六七八九十0-9]+\s*[）)])\s*([^：:]{2,24}?)\s*[：:]\s*(.*)$")]
    private static partial Regex Entry();
}
