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
            var title = Segmenter.TocLeader().Replace(Regex.Replace(line.Text, @"^\s*([一二三四五六七八九十]+、|\d+\s*[\.．、])\s*", "").TrimEnd(), "").Trim();
            entries.Add(new TocEntry
            {
                Part = part, Number = m.Groups[1].Success ? ChineseNumbers.Parse(m.Groups[1].Value) : int.Parse(m.Groups[2].Value), Title = title,
                Kind = TableTitles.KindOf(title),
            });
        }
        return entries;
    }

    // "一、部门主要职能" or, for the tables listed under a heading, "1. 2026年部门收入预算总表".
    [GeneratedRegex(@"^(?:([一二三四五六七八九十]+)、|(\d{1,2})[\.．、])")]
    private static partial Regex Numbered();
}
