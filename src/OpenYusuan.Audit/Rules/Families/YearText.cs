using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>What the YS08 rules share: the document's year and kind in words, the sentence around a phrase, and a
/// finding's quote.</summary>
internal static class YearText
{
    /// <summary>The sentence holding character <paramref name="at"/>: from after the previous 。；/line break to the next.</summary>
    public static (int Start, int End) Sentence(string text, int at)
    {
        var start = at;
        while (start > 0 && !IsStop(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && !IsStop(text[end])) end++;
        return (start, end);
    }

    /// <summary>The printed phrase from <paramref name="start"/> to <paramref name="end"/>, spaces and line breaks
    /// removed, cut to a readable length.</summary>
    public static string Quote(string text, int start, int end)
    {
        var s = string.Concat(text[start..Math.Min(end, text.Length)].Where(c => !char.IsWhiteSpace(c)));
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    public static Dictionary<string, string> Args(Disclosure d, Section section, string text) => new()
    {
        ["section"] = section.Number.ToString(), ["text"] = text, ["year"] = d.Year!.Value.ToString(),
        ["prior"] = (d.Year.Value - 1).ToString(), ["kind"] = d.KindWord(),
    };

    private static bool IsStop(char c) => c is '。' or '；' or ';' or '\n' or '！' or '？';
}
