using System.Text;
using System.Text.RegularExpressions;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Rejoins narrative text that extraction broke into visual lines: lines run on until one ends a
/// sentence (。：；) or the next starts a numbered item.</summary>
public static partial class ParagraphJoiner
{
    public static string Join(IEnumerable<SourceLine> lines) => JoinWithLines(lines).Text;

    /// <summary>The joined text and, for every character, the source line it came from.</summary>
    public static (string Text, int[] LineAt) JoinWithLines(IEnumerable<SourceLine> lines)
    {
        var sb = new StringBuilder();
        var at = new List<int>();
        var lastEnded = true;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var text = line.Text.Trim();
            if (sb.Length > 0 && (lastEnded || ItemStart().IsMatch(text))) { sb.Append('\n'); at.Add(line.Number); }
            sb.Append(text);
            at.AddRange(Enumerable.Repeat(line.Number, text.Length));
            lastEnded = Ends().IsMatch(text);
        }
        return (sb.ToString(), at.ToArray());
    }

    [GeneratedRegex(@"[。：:；;！？]$")]
    private static partial Regex Ends();

    [GeneratedRegex(@"^([（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[、.．](?!\d))")]
    private static partial Regex ItemStart();
}
