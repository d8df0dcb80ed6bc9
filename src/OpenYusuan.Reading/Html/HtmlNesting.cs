namespace OpenYusuan.Reading.Html;

/// <summary>How deep an HTML page nests its elements, told before it is parsed: a parser's tree builder searches its
/// stack of open elements for every tag, so a page nested 200,000 deep costs it tens of billions of steps. The scan
/// follows start and end tags once, leaving out the elements HTML closes by itself (p, li, td…) and those that hold no
/// content (br, img…), so that a sloppy page's unclosed paragraphs do not count as nesting.</summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "dd", "dt", "rp", "rt", "colgroup", "caption",
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "frame",
        "html", "head", "body",
    };

    /// <summary>The deepest nesting of counted elements, stopping once it passes <paramref name="limit"/>.</summary>
    public static int Deepest(string html, int limit)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var stop = start;
            while (stop < html.Length && char.IsAsciiLetterOrDigit(html[stop])) stop++;
            var close = html.IndexOf('>', stop);
            if (close < 0) break;
            i = close + 1;
            if (stop == start) continue;
            var name = html[start..stop];
            if (NotCounted.Contains(name)) continue;
            if (closing)
            {
                if (!counts.TryGetValue(name, out var c) || c == 0) continue;
                // An end tag closes the elements opened inside its element and left open.
                while (open.Count > 0)
                {
                    var top = open[^1];
                    open.RemoveAt(open.Count - 1);
                    counts[top]--;
                    if (string.Equals(top, name, StringComparison.OrdinalIgnoreCase)) break;
                }
                continue;
            }
            if (html[close - 1] == '/') continue; // <x/>
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
                continue;
            }
            open.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if ((deepest = Math.Max(deepest, open.Count)) > limit) return deepest;
        }
        return deepest;
    }
}
