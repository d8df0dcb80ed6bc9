using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Reads the numbered explanation (第三部分): sections 一、… in sequence and their sub-sections
/// （一）…, each with its text. A heading only counts when it carries the next number, so a numbered
/// sentence inside a section is not mistaken for one.</summary>
public static partial class SectionReader
{
    private sealed class Builder(int number, string title, int line)
    {
        public int Number { get; } = number;
        public string Title { get; set; } = title;
        public int Line { get; } = line;
        public List<SourceLine> Body { get; } = [];
        public List<Builder> Subs { get; } = [];

        public Section Build(ClaimExtractor? claims, bool projects = false)
        {
            var (text, lineAt) = ParagraphJoiner.JoinWithLines(Body);
            // 项目支出情况说明 describes projects field by field; sub-sections may be the projects themselves.
            projects |= Title.Contains("项目支出") && Title.Contains("说明");
            if (projects && Title.StartsWith("项目名称"))
            {
                var heading = Title + "\n";
                text = heading + text;
                lineAt = [.. Enumerable.Repeat(Line, heading.Length), .. lineAt];
            }
            return new()
            {
                Number = Number, Title = Title, Text = text,
                Claims = claims is null ? [] : projects ? ProjectClaims.Extract(text, lineAt) : claims.Extract(text, lineAt),
                Subsections = Subs.Select(s => s.Build(claims, projects)).ToList(), Loc = Location.AtLine(Line),
                Marks = Marks(lineAt),
            };
        }
    }

    /// <summary>One mark where the source line changes.</summary>
    private static List<TextMark>? Marks(int[] lineAt)
    {
        var marks = new List<TextMark>();
        for (var i = 0; i < lineAt.Length; i++)
            if (i == 0 || lineAt[i] != lineAt[i - 1]) marks.Add(new TextMark(i, Location.AtLine(lineAt[i])));
        return marks.Count > 0 ? marks : null;
    }

    public static IReadOnlyList<Section> Read(IReadOnlyList<SourceLine> lines, ClaimExtractor? claims = null)
    {
        var sections = new List<Builder>();
        Builder? section = null, sub = null;
        var nonBlank = lines.Where(l => !l.IsBlank).ToList();
        for (var i = 0; i < nonBlank.Count; i++)
        {
            var line = nonBlank[i];
            var m = SectionHeading().Match(line.Text);
            // The first section may carry any number: Xi'an numbers its explanation on from the 概况 (五、…).
            if (m.Success && ChineseNumbers.Parse(m.Groups[1].Value) is { } number
                && (section is null ? number <= 12 && !m.Groups[2].Value.Contains('。') : number == section.Number + 1))
            {
                var title = m.Groups[2].Value.Trim();
                if (!EndsTitle().IsMatch(title) && i + 1 < nonBlank.Count && nonBlank[i + 1].Text.Length < 40
                    && EndsTitle().IsMatch(nonBlank[i + 1].Text.Trim()) && !nonBlank[i + 1].Text.Contains('。'))
                    title += nonBlank[++i].Text.Trim();
                section = new Builder(ChineseNumbers.Parse(m.Groups[1].Value)!.Value, title, line.Number);
                sections.Add(section);
                sub = null;
                continue;
            }
            var s = SubHeading().Match(line.Text);
            if (section is not null && s.Success && ChineseNumbers.Parse(s.Groups[1].Value) == (sub?.Number ?? 0) + 1)
            {
                var (title, body) = HeadingAndText(s.Groups[2].Value.Trim(), line);
                sub = new Builder(ChineseNumbers.Parse(s.Groups[1].Value)!.Value, title, line.Number);
                if (body is not null) sub.Body.Add(body);
                section.Subs.Add(sub);
                continue;
            }
            (sub ?? section)?.Body.Add(line);
        }
        return sections.Select(b => b.Build(claims)).ToList();
    }

    /// <summary>Sections of templates whose narrative is titled, not numbered: numbered in print order, their
    /// "一、…" headings as sub-sections.</summary>
    public static IReadOnlyList<Section> ReadTitled(IReadOnlyList<(SourceLine Heading, IReadOnlyList<SourceLine> Body)> titled, ClaimExtractor? claims)
    {
        var sections = new List<Section>();
        foreach (var (heading, body) in titled)
        {
            var section = new Builder(sections.Count + 1, heading.Compact, heading.Number);
            Builder? sub = null;
            foreach (var line in body.Where(l => !l.IsBlank))
            {
                var m = SectionHeading().Match(line.Text);
                if (m.Success && ChineseNumbers.Parse(m.Groups[1].Value) == (sub?.Number ?? 0) + 1)
                {
                    sub = new Builder(ChineseNumbers.Parse(m.Groups[1].Value)!.Value, m.Groups[2].Value.Trim(), line.Number);
                    section.Subs.Add(sub);
                    continue;
                }
                (sub ?? section).Body.Add(line);
            }
            sections.Add(section.Build(claims));
        }
        return sections;
    }

    /// <summary>A sub-heading that runs on into its text ("（一）基本支出。基本支出预算 45980.56 万元，占…", "（一）本年财政拨款收入
    /// 67005.95 万元"): the heading is the words before the first 。 or figure, and the sentence is text of the sub-section.</summary>
    private static (string Title, SourceLine? Body) HeadingAndText(string rest, SourceLine line)
    {
        var stop = rest.IndexOf('。');
        if (stop is > 0 and <= 24 && !AmountAfter().IsMatch(rest[..stop]))
        {
            var after = rest[(stop + 1)..].Trim();
            // "（一）因公出国（境）费用。2026 年预算数 159.00 万元": the heading is the sentence's subject.
            if (after.Length > 0 && char.IsAsciiDigit(after[0])) after = rest[..stop].Trim() + after;
            return (rest[..stop].Trim(), after.Length > 0 ? line with { Text = after, Cells = null } : null);
        }
        var digit = rest.IndexOfAny("0123456789".ToCharArray());
        if (digit > 0 && AmountAfter().IsMatch(rest))
            return (rest[..digit].Trim().TrimEnd('为', '：', ':', ' '), line with { Text = rest, Cells = null });
        return (rest, null);
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?\s*(万元|元|亿元)")]
    private static partial Regex AmountAfter();

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+)\s*、\s*(.+)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"(说明|情况|事项)$")]
    private static partial Regex EndsTitle();
}
