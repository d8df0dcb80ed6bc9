using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Reads the 目录: part headings and the numbered tables and sections each part announces.</summary>
public static partial class TocReader
{
    public static IReadOnlyList<TocEntry> Read(IReadOnlyList<SourceLine> lines)
    {
        var entries = new List<TocEntry>();
        int? part = null;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (Segmenter.PartHeading(line) is { } p)
            {
                part = p;
                continue;
            }
            var m = Numbered().Match(line.Compact);
            if (!m.Success) continue;
            var title = Regex.Replace(line.Text, @"^\s*[一二三四五六七八九十]+、\s*", "").Trim();
            entries.Add(new TocEntry
            {
                Part = part, Number = ChineseNumbers.Parse(m.Groups[1].Value), Title = title,
                Kind = TableTitles.KindOf(title),
            });
        }
        return entries;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex Numbered();
}
