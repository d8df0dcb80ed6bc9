using System.Text;
using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Text;

/// <summary>Character-level clean-up shared by the text readers: full-width digits to ASCII,
/// Markdown/HTML decoration removed, whitespace-free forms for matching.</summary>
public static partial class TextNormalizer
{
    /// <summary>Full-width digits and the full-width separators inside numbers become ASCII.
    /// Other full-width characters (brackets in names) are kept as printed.</summary>
    public static string NormalizeDigits(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('０', '９') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '０' and <= '９') { sb.Append((char)('0' + (c - '０'))); continue; }
            var between = i > 0 && i + 1 < s.Length && IsDigit(s[i - 1]) && IsDigit(s[i + 1]);
            sb.Append(c switch
            {
                '，' when between => ',',
                '．' when between => '.',
                '－' when i + 1 < s.Length && IsDigit(s[i + 1]) => '-',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("<*#");

    /// <summary>Removes Markdown headings/bullets/emphasis and inline HTML tags that text exports carry.</summary>
    public static string StripMarkup(string s)
    {
        if (s.Length == 0) return s;
        if (s.AsSpan().IndexOfAny(MarkupStarts) < 0 && s.TrimStart() is var t && (t.Length == 0 || t[0] is not ('-' or '+'))) return s.Trim();
        s = HtmlTag().Replace(s, "");
        s = s.Replace("**", "");
        s = LeadingMarks().Replace(s, "");
        return s.Trim();
    }

    /// <summary>The string with all whitespace (including the ideographic space) removed.</summary>
    public static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Compact form with bracket width unified, for label matching.</summary>
    public static string Key(string s) =>
        Compact(s).Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace('“', '"').Replace('”', '"');

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(#{1,6}\s*|[-*+]\s+(?=\S))")]
    private static partial Regex LeadingMarks();
}
