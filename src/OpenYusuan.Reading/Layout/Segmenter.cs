using OpenYusuan.Model;
using System.Text.RegularExpressions;
using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

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

        // What each part holds is told by its heading (Beijing prints its explanation as 第一部分, Xi'an its tables
        // as 第五部分); the national numbering is the fallback for a heading without words.
        var roles = parts.Select(x => (x.Part, x.Index, Role: TableFamily.PartRole(PartWords(lines, x.Index), x.Part))).ToList();
        int First(string role) => roles.Where(x => x.Role == role).Select(x => x.Index).DefaultIfEmpty(-1).First();
        var p1 = First("overview");
        var p3 = First("explanation");
        var p4 = First("glossary");
        var frontEnd = tocStart >= 0 ? tocStart : parts.Count > 0 ? parts[0].Index : 0;
        var tableParts = roles.Where(x => x.Role == "tables").ToList();
        var tables = tableParts.Count > 0
            ? tableParts.SelectMany(x => FindTables(lines, x.Index, End(x.Index), l => false)).ToList()
            : FindTables(lines, tocEnd, p3 >= 0 && p3 > Start(1) ? p3 : p4 >= 0 ? p4 : lines.Count, l => IsTitledHeading(l) || IsNumberedPart(l));
        var titled = p3 >= 0 ? [] : TitledSections(lines, tocEnd, tables);
        var glossary = p4 >= 0 ? Slice(p4, End(p4)) : TitledGlossary(lines, tocEnd, titled, tables);
        var overview = p1 >= 0 ? Slice(p1, End(p1)) : TitledOverview(lines, tocEnd, titled, tables, glossary);

        return new DocumentLayout
        {
            Lines = lines,
            Front = lines.Take(frontEnd).ToList(),
            Toc = tocStart >= 0 ? lines.Skip(tocStart + 1).Take(tocEnd - tocStart - 1).ToList() : [],
            Overview = overview,
            Tables = tables,
            Explanation = roles.Count > 0 || titled.Count > 0
                ? roles.Where(x => x.Role == "explanation").SelectMany(x => Slice(x.Index, End(x.Index))).ToList()
                : Unparted(lines, tocEnd, tables),
            Glossary = glossary,
            TitledSections = titled,
            Tabbed = tables.Any(t => t.Lines.Count(l => l.Cells is { Count: > 2 }) > 2),
            UnknownTitles = tableParts.Count > 0
                ? tableParts.SelectMany(x => UnknownTitles(lines, x.Index, End(x.Index))).ToList()
                : UnknownTitles(lines, tocEnd, p3 >= 0 ? p3 : p4 >= 0 ? p4 : lines.Count),
        };
    }

    /// <summary>A document without 第X部分 and without titled sections (Chongqing: "一、单位基本情况 … 二、部门收支总体情况"
    /// before the tables): its numbered text before the first table is the explanation.</summary>
    private static IReadOnlyList<SourceLine> Unparted(IReadOnlyList<SourceLine> lines, int from, List<TableRegion> tables)
    {
        var to = tables.Count > 0 ? tables.Min(t => t.TitleLine.Number - 1) : lines.Count;
        // The 名词解释 is the glossary, not a section.
        var glossary = Enumerable.Range(from, Math.Max(0, to - from)).FirstOrDefault(i => GlossaryHeading().IsMatch(lines[i].Compact), -1);
        if (glossary >= 0) to = glossary;
        var text = lines.Skip(from).Take(Math.Max(0, to - from)).ToList();
        return text.Any(l => UnpartedSection().IsMatch(l.Text)) ? text : [];
    }

    [GeneratedRegex(@"^\s*[一二]\s*、")]
    private static partial Regex UnpartedSection();

    /// <summary>The words of a part heading after 第X部分 (or, when the heading prints only the number, on the next line).</summary>
    private static readonly char[] HeadingMarks = [':', '：', '、', ' '];

    private static string PartWords(IReadOnlyList<SourceLine> lines, int index)
    {
        var words = PartPattern().Replace(lines[index].Compact, "").TrimStart(HeadingMarks);
        if (words.Length > 0) return words;
        var next = lines.Skip(index + 1).FirstOrDefault(l => !l.IsBlank);
        return next is not null && next.Compact.Length <= 30 && PartHeading(next) is null ? next.Compact : "";
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
        {
            if (lines[i].Compact is "目录" or "目錄") { tocStart = i; break; }
            // "目" and "录" printed on lines of their own (spaced-out heading).
            if (lines[i].Compact == "目" && lines.Skip(i + 1).Take(3).Any(l => l.Compact == "录")) { tocStart = lines.Skip(i + 1).Take(3).First(l => l.Compact == "录").Number - 1; break; }
        }
        if (tocStart < 0) return 0;
        // The body starts where the first part heading seen inside the 目录 appears again.
        int? firstPart = null;
        for (var i = tocStart + 1; i < lines.Count; i++)
        {
            if (PartHeading(lines[i]) is not { } p) continue;
            if (firstPart is null) firstPart = p;
            else if (p == firstPart) return i;
        }
        // Without 第X部分: the 目录 ends where its first entry is printed again as a heading.
        var first = lines.Skip(tocStart + 1).FirstOrDefault(l => !l.IsBlank);
        if (first is not null)
        {
            var key = TocEntryKey(first.Compact);
            for (var i = first.Number; i < lines.Count; i++)
                if (key.Length >= 4 && TocEntryKey(lines[i].Compact) == key && !lines[i].Compact.Contains('…')) return i;
        }
        // Else it ends after the last dot leader of its run of entries: an entry ends in a leader (and page number),
        // a long one may wrap onto a second line, and a few lines without a leader mean the body has begun — a
        // "……" placeholder further on in the text is not part of the 目录.
        var lastLeader = -1;
        for (int i = tocStart + 1, gap = 0; i < lines.Count && gap <= 2; i++)
        {
            if (lines[i].IsBlank) continue;
            if (TocLeader().IsMatch(lines[i].Compact)) { lastLeader = i; gap = 0; }
            else if (lastLeader > 0) gap++;
            else if (i - tocStart > 10) break;
        }
        if (lastLeader > 0) return lastLeader + 1;
        // Entries without leaders: the run of short numbered lines (一、… 1. …) and table titles after the heading.
        var lastEntry = tocStart;
        for (var i = tocStart + 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            if (lines[i].Compact.Length > 50 || !(TocEntry().IsMatch(lines[i].Compact) || TableTitles.KindOf(lines[i].Text) is not null)) break;
            lastEntry = i;
        }
        return lastEntry + 1;
    }

    private static string TocEntryKey(string compact) => Regex.Replace(compact, @"[…\.．·]+\d*$", "");

    private static List<TableRegion> FindTables(IReadOnlyList<SourceLine> lines, int from, int to, Func<SourceLine, bool> stops)
    {
        var titles = new List<(int Index, string Kind, int? Number)>();
        for (var i = from; i < to; i++)
        {
            if (TableTitles.KindOf(lines[i].Text) is not { } kind || IsListRow(lines[i])) continue;
            titles.Add((i, kind, NumberBefore(lines, i, from)));
        }
        // A heading and the caption under it naming the same table (一、收支预算总表 / 2026年度收支预算总表) are one title;
        // so are two titles of the same number, whatever kinds their words suggest: a short label over the page
        // (表11-财拨结转支出表, Xi'an) and the caption under it, which names the table in full.
        for (var t = titles.Count - 2; t >= 0; t--)
            if ((titles[t].Kind == titles[t + 1].Kind || titles[t].Number is { } n && n == titles[t + 1].Number)
                && NothingBetween(lines, titles[t].Index, titles[t + 1].Index))
            {
                titles[t + 1] = titles[t + 1] with { Number = titles[t + 1].Number ?? titles[t].Number };
                titles.RemoveAt(t);
            }
        // A list of titles with nothing between them is a 目录 the TOC search did not bound (entries without dot
        // leaders): each of them but the last has no body of its own, and the run is dropped when the same titles
        // come again further on.
        var adjacent = Enumerable.Range(0, Math.Max(0, titles.Count - 1)).Where(t => NothingBetween(lines, titles[t].Index, titles[t + 1].Index)).ToList();
        if (adjacent.Count >= 2)
        {
            var run = adjacent.SelectMany(t => new[] { titles[t], titles[t + 1] }).ToHashSet();
            if (run.All(x => titles.Count(y => y.Kind == x.Kind) > 1)) titles.RemoveAll(run.Contains);
        }
        var regions = new List<TableRegion>();
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, kind, number) = titles[t];
            var end = t + 1 < titles.Count ? titles[t + 1].Index : to;
            // A template without 第X部分 goes on with its titled explanation right after the last table.
            for (var k = index + 1; k < end; k++)
                if (stops(lines[k]) || IsPerformanceTitle(lines[k])) { end = k; break; }
            // "公开表11" under a table numbered 10 starts another table, even one whose title is not known.
            for (var k = index + 1; k < end && number is not null; k++)
                if (TableTitles.IsNumberLine(lines[k].Text, out var n) && n != number) { end = k; break; }
            var body = lines.Skip(index + 1).Take(end - index - 1).ToList();
            // Drop the next table's "表 N" line and a trailing part heading.
            while (body.Count > 0 && (body[^1].IsBlank || TableTitles.IsNumberLine(body[^1].Text, out _) || PartHeading(body[^1]) is not null))
                body.RemoveAt(body.Count - 1);
            var region = new TableRegion(kind, number, TableTitles.CleanTitle(lines[index].Text), lines[index], body);
            // A title printed again on each page of a long table starts no new table: the pages are one table unless
            // each prints its own 合计 (two tables of the same kind, for two units).
            if (regions.Count > 0 && regions[^1] is var last && last.Kind == kind && last.Title == region.Title
                && (last.Number ?? number) == (number ?? last.Number) && !(HasTotalRow(last) && HasTotalRow(region)))
                regions[^1] = last with { Lines = [.. last.Lines, region.TitleLine, .. region.Lines] };
            else regions.Add(region);
        }
        return regions;
    }

    /// <summary>A performance-target table's title ("预算表12 项目支出绩效目标表", "表14-1 部门专项业务经费绩效目标表") ends
    /// the table above it, printed alone or as a ruled row of one merged cell: those tables are read apart, never as rows
    /// of the last standard table.</summary>
    private static bool IsPerformanceTitle(SourceLine line) =>
        (line.Cells is null || line.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().Count() == 1) && line.Compact.Length <= 40
        && PerformanceTitle().IsMatch(TableTitles.WithoutNumber(line.Compact));

    [GeneratedRegex(@"^[^，。；]{0,30}绩效(目标|自评)(申报)?表$")]
    private static partial Regex PerformanceTitle();

    private static bool HasTotalRow(TableRegion region) =>
        region.Lines.Any(l => l.Cells is { } cells && cells.Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0) is { } first
                              && Regex.IsMatch(TextNormalizer.Compact(first), @"^(合计|总计|收入总计|支出总计)$"));

    /// <summary>A row of a ruled list of tables (表1 | 收支总表 | 是否空表): a title is printed alone, or in one cell
    /// spanning its table.</summary>
    private static bool IsListRow(SourceLine line) =>
        line.Boxes is not null && line.Cells!.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().Count() >= 2;

    private static bool NothingBetween(IReadOnlyList<SourceLine> lines, int from, int to) =>
        Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).All(k => lines[k].IsBlank || TableTitles.IsNumberLine(lines[k].Text, out _));

    private static bool IsTitledHeading(SourceLine line) =>
        line.Compact.Length <= 60 && TitledHeading().IsMatch(line.Compact);

    /// <summary>The explanation of templates without 第三部分: each titled heading with its lines, up to the
    /// next heading, table title or part.</summary>
    private static List<(SourceLine, IReadOnlyList<SourceLine>)> TitledSections(IReadOnlyList<SourceLine> lines, int from, List<TableRegion> tables)
    {
        var tableStarts = tables.Select(t => t.TitleLine.Number).ToHashSet();
        var sections = new List<(SourceLine, IReadOnlyList<SourceLine>)>();
        for (var i = from; i < lines.Count; i++)
        {
            if (!IsTitledHeading(lines[i])) continue;
            var body = new List<SourceLine>();
            var j = i + 1;
            for (; j < lines.Count && !IsTitledHeading(lines[j]) && !tableStarts.Contains(lines[j].Number) && !TableTitles.IsNumberLine(lines[j].Text, out _) && !IsNumberedPart(lines[j]); j++)
                body.Add(lines[j]);
            sections.Add((lines[i], body));
            i = j - 1;
        }
        return sections;
    }

    /// <summary>"三、名词解释" outside 第X部分 templates: its lines up to the next numbered part or titled heading.</summary>
    private static IReadOnlyList<SourceLine> TitledGlossary(IReadOnlyList<SourceLine> lines, int from,
        List<(SourceLine Heading, IReadOnlyList<SourceLine> Body)> titled, List<TableRegion> tables)
    {
        var start = Enumerable.Range(from, Math.Max(0, lines.Count - from)).FirstOrDefault(i => GlossaryHeading().IsMatch(lines[i].Compact), -1);
        if (start < 0) return [];
        var body = new List<SourceLine>();
        for (var j = start + 1; j < lines.Count && !IsTitledHeading(lines[j]) && !IsNumberedPart(lines[j]) && !tables.Any(t => t.TitleLine.Number == lines[j].Number); j++)
            body.Add(lines[j]);
        return body;
    }

    private static IReadOnlyList<SourceLine> TitledOverview(IReadOnlyList<SourceLine> lines, int from,
        List<(SourceLine Heading, IReadOnlyList<SourceLine> Body)> titled, List<TableRegion> tables, IReadOnlyList<SourceLine> glossary)
    {
        var start = Enumerable.Range(from, Math.Max(0, lines.Count - from)).FirstOrDefault(i => FunctionsHeading().IsMatch(lines[i].Compact), -1);
        if (start < 0) return [];
        var end = lines.Count;
        for (var j = start + 1; j < lines.Count; j++)
            if (GlossaryHeading().IsMatch(lines[j].Compact) || IsTitledHeading(lines[j]) || tables.Any(t => t.TitleLine.Number == lines[j].Number)) { end = j; break; }
        return lines.Skip(start).Take(end - start).ToList();
    }

    /// <summary>"五、部门预算表" style headings that start a new top-level part in templates without 第X部分.</summary>
    private static bool IsNumberedPart(SourceLine line) =>
        line.Compact.Length <= 20 && NumberedPart().IsMatch(line.Compact);

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
        // 表1…, 附表3…, 公开表2…, 预算05表…, or the ordinal of a listed heading (一、收支预算总表).
        var m = LeadingTableNumber().Match(lines[index].Compact);
        return m.Success ? ChineseNumbers.Parse(m.Groups.Values.Skip(1).First(g => g.Success).Value) : null;
    }

    [GeneratedRegex(@"(预算编制说明|其他相关情况说明|项目经费情况说明)$")]
    private static partial Regex TitledHeading();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、)?(专业性?|主要)?名词解释$")]
    private static partial Regex GlossaryHeading();

    // "一、部门主要职能", or the heading printed with the unit's name ("上海市戒毒康复中心主要职能").
    [GeneratedRegex(@"^([一二三四五六七八九十]+、(部门|单位)?主要职能|[^，。：:；]{2,40}主要职能$)")]
    private static partial Regex FunctionsHeading();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、(部门|单位)?(预算表|预算公开表|预算编制说明|其他相关情况说明|项目经费情况说明|名词解释)$")]
    private static partial Regex NumberedPart();

    [GeneratedRegex(@"^第([一二三四五六七八九十]+)部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(?:附?表|公开表)(?:([0-9]{1,2})(?=20[0-9]{2}年)|([0-9]+|[一二三四五六七八九十]+))|^(?:预算|决算)([0-9]{1,2})表|^([一二三四五六七八九十]+)、")]
    private static partial Regex LeadingTableNumber();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d+[\.．、]|[（(][一二三四五六七八九十\d]+[)）])")]
    private static partial Regex TocEntry();

    /// <summary>A 目录 entry's dot leader and page number at the end of a line.</summary>
    [GeneratedRegex(@"\s*[…\.．·]{2,}\s*\d*$")]
    internal static partial Regex TocLeader();
}
