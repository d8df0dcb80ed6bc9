namespace OpenYusuan.Reading.Text;

/// <summary>Splits decoded text into <see cref="SourceLine"/>s, keeping original line numbers.</summary>
public static class LineSplitter
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var digits = TextNormalizer.NormalizeDigits(raw[i]);
            IReadOnlyList<string>? cells = null;
            if (digits.Contains('\t'))
                cells = digits.Split('\t').Select(c => TextNormalizer.StripMarkup(c)).ToList();
            var clean = TextNormalizer.StripMarkup(digits.Replace('\t', ' ')).Replace('\u3000', ' ');
            var trimmed = clean.Trim();
            lines.Add(new SourceLine(i + 1, trimmed, cells, trimmed.Length == 0 ? 0 : digits.Length - digits.TrimStart().Length));
        }
        return lines;
    }
}
