using System.Text.RegularExpressions;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The words around a phrase of a section's text, for a finding to quote: the phrase with a few
/// characters either side, within its line (a table row's cells and a page's running footer stay out).</summary>
public static partial class TextQuote
{
    public static string Around(string text, int start, int length, int before = 12, int after = 12)
    {
        var from = start;
        while (from > 0 && start - from < before && text[from - 1] is not ('\n' or '\t')) from--;
        var to = Math.Min(text.Length, start + length);
        while (to < text.Length && to - (start + length) < after && text[to] is not ('\n' or '\t')) to++;
        var quote = Spaces().Replace(text[from..to], " ").Trim();
        return (from > 0 && text[from - 1] is not ('\n' or '\t') ? "…" : "") + quote
            + (to < text.Length && text[to] is not ('\n' or '\t') ? "…" : "");
    }

    /// <summary>The sentence (up to 。；！？ or the line's end) that holds character <paramref name="at"/>.</summary>
    public static string Sentence(string text, int at, int max = 80)
    {
        var from = at;
        while (from > 0 && at - from < max && text[from - 1] is not ('\n' or '\t' or '。' or '；' or '！' or '？')) from--;
        var to = at;
        while (to < text.Length && to - at < max && text[to] is not ('\n' or '\t' or '。' or '；' or '！' or '？')) to++;
        if (to < text.Length && text[to] is '。' or '；' or '！' or '？') to++;
        return Spaces().Replace(text[from..to], " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
