using System.Text.RegularExpressions;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Layout;

/// <summary>Cuts the lines of a text disclosure into parts and table regions. Parts are found by their
/// headings (第一部分 … 第四部分); tables by their titles; the 目录 is whatever lies between a 目录 heading
/// and the part heading that starts the body.</summary>
public static partial class Segmenter
{
    public static DocumentLayout Segment(IReadOnlyList<SourceLine> lines)
    {
        var tocEnd = FindTocEnd(lines, out var tocStart);
        var parts = new List<(int Part, int Index)>();
        for (var i = tocEnd; i < lines.Count; i++)
            if (PartHeading(lines[i]) is { } p) parts.Add((p, i));

        int Start(int part) => parts.Where(x => x.Part == part).Select(x => x.Index).DefaultIfEmpty(-1).First();
        int End(int index) => parts.Select(x => x.Index).Where(i => i > index).DefaultIfEmpty(lines.Count).Min();
        IReadOnlyList<SourceLine> Slice(int from, int to) => from < 0 ? [] : lines.Skip(from + 1).Take(to - from - 1).ToList();

        var p1 = Start(1);
        var p3 = Start(3);
        var p4 = Start(4);
        var frontEnd = tocStart >= 0 ? tocStart : parts.Count > 0 ? parts[0].Index : 0;
        var tables = FindTables(lines, tocEnd, p3 >= 0 ? p3 : p4 >= 0 ? p4 : lines.Count);

        return new DocumentLayout
        {
            Lines = lines,
            Front = lines.Take(frontEnd).ToList(),
            Toc = tocStart >= 0 ? lines.Skip(tocStart + 1).Take(tocEnd - tocStart - 1).ToList() : [],
            Overview = Slice(p1, p1 >= 0 ? End(p1) : -1),
            Tables = tables,
            Explanation = Slice(p3, p3 >= 0 ? End(p3) : -1),
            Glossary = Slice(p4, p4 >= 0 ? End(p4) : -1),
            Tabbed = tables.Any(t => t.Lines.Count(l => l.Cells is { Count: > 2 }) > 2),
            UnknownTitles = UnknownTitles(lines, tocEnd, p3 >= 0 ? p3 : p4 >= 0 ? p4 : lines.Count),
        };
    }

    /// <summary>The part number of a 第X部分 heading line, or null.</summary>
    public static int? PartHeading(SourceLine line)
    {
        var m = PartPattern().Match(line.Compact);
        return m.Success && line.Compact.Length <= 40 && !line.Compact.Contains('。') ? ChineseNumbers.Parse(m.Groups[1].Value) : null;
    }

    private static int FindTocEnd(IReadOnlyList<SourceLine> lines, out int tocStart)
    {
        tocStart = -1;
        for (var i = 0; i < Math.Min(lines.Count, 200); i++)
            if (lines[i].Compact is "目录" or "目錄") { tocStart = i; break; }
        if (tocStart < 0) return 0;
        // The body starts where the first part heading seen inside the 目录 appears again.
        int? firstPart = null;
        for (var i = tocStart + 1; i < lines.Count; i++)
        {
            if (PartHeading(lines[i]) is not { } p) continue;
            if (firstPart is null) firstPart = p;
            else if (p == firstPart) return i;
        }
        return tocStart + 1;
    }

    private static List<TableRegion> FindTables(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var titles = new List<(int Index, string Kind, int? Number)>();
        for (var i = from; i < to; i++)
        {
            if (TableTitles.KindOf(lines[i].Text) is not { } kind) continue;
            titles.Add((i, kind, NumberBefore(lines, i, from)));
        }
        var regions = new List<TableRegion>();
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, kind, number) = titles[t];
            var end = t + 1 < titles.Count ? titles[t + 1].Index : to;
            var body = lines.Skip(index + 1).Take(end - index - 1).ToList();
            // Drop the next table's "表 N" line and a trailing part heading.
            while (body.Count > 0 && (body[^1].IsBlank || TableTitles.IsNumberLine(body[^1].Text, out _) || PartHeading(body[^1]) is not null))
                body.RemoveAt(body.Count - 1);
            regions.Add(new TableRegion(kind, number, TableTitles.CleanTitle(lines[index].Text), lines[index], body));
        }
        return regions;
    }

    private static List<SourceLine> UnknownTitles(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var unknown = new List<SourceLine>();
        for (var i = from; i < to; i++)
        {
            if (!TableTitles.IsNumberLine(lines[i].Text, out _)) continue;
            var next = lines.Skip(i + 1).Take(to - i - 1).FirstOrDefault(l => !l.IsBlank);
            if (next is not null && TableTitles.TitleKey(next.Text) is not null && TableTitles.KindOf(next.Text) is null) unknown.Add(next);
        }
        return unknown;
    }

    private static int? NumberBefore(IReadOnlyList<SourceLine> lines, int index, int floor)
    {
        for (var i = index - 1; i >= floor && i >= index - 4; i--)
        {
            if (lines[i].IsBlank) continue;
            if (TableTitles.IsNumberLine(lines[i].Text, out var n)) return n;
            break;
        }
        var m = LeadingTableNumber().Match(lines[index].Compact);
        return m.Success ? ChineseNumbers.Parse(m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"^第([一二三四五六七八九十]+)部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^附?表([0-9]+|[一二三四五六七八九十]+)")]
    private static partial Regex LeadingTableNumber();
}
