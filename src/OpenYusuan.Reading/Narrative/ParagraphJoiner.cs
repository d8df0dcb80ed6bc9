using System.Text;
using System.Text.RegularExpressions;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Rejoins narrative text that extraction broke into visual lines: lines run on until one ends a
/// sentence (。：；) or the next starts a numbered item. A table inside the text stays in lines: a row with cells,
/// and a table's title line (…绩效目标表), are never run on or into.</summary>
public static partial class ParagraphJoiner
{
    public static string Join(IEnumerable<SourceLine> lines) => JoinWithLines(lines).Text;

    /// <summary>The joined text and, for every character, the source line it came from.</summary>
    public static (string Text, int[] LineAt) JoinWithLines(IEnumerable<SourceLine> lines)
    {
        var sb = new StringBuilder();
        var at = new List<int>();
        var lastEnded = true;
        // A page's number ("— 6 —", "- 28 -", "第 6 页") printed between two lines of a paragraph is not part of it.
        foreach (var line in lines.Where(l => !l.IsBlank && !PageNumber().IsMatch(l.Text)))
        {
            // A row keeps its cells apart (tab-separated, leading empty cells too: they repeat the row above), so the
            // table can be printed again as a table.
            var row = line.Cells is { Count: > 1 } cells && cells.Count(c => c.Trim().Length > 0) > 1;
            var text = row ? string.Join('\t', line.Cells!.Select(c => c.Trim())).TrimEnd('\t') : line.Text.Trim();
            var alone = row || Model.PerformanceTable.IsTitle(line.Compact);
            if (sb.Length > 0 && (lastEnded || alone || ItemStart().IsMatch(text))) { sb.Append('\n'); at.Add(line.Number); }
            sb.Append(text);
            at.AddRange(Enumerable.Repeat(line.Number, text.Length));
            lastEnded = alone || Ends().IsMatch(text);
        }
        return (sb.ToString(), at.ToArray());
    }

    [GeneratedRegex(@"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[。：:；;！？]$")]
    private static partial Regex Ends();

    [GeneratedRegex(@"^([（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[、.．](?!\d))")]
    private static partial Regex ItemStart();
}
