using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

namespace OpenYusuan.Reading.Layout;

/// <summary>Recognizes a standard table from its printed title (aliases vary by year and region).
/// Tables are known by what they are called, never by their number.</summary>
public static partial class TableTitles
{
    /// <summary>The table kind a title line names, or null. The line must be a title, not a sentence
    /// that mentions a table (those end in 。 or run on with commas). Which words name which kind is data
    /// (<see cref="TableFamily"/>).</summary>
    public static string? KindOf(string line) =>
        TitleKey(line) is { } key ? TableFamily.KindOfTitle(key, key.Contains("决算")) is { } kind && kind != "performance" ? kind : null : null;

    /// <summary>The title without its leading numbering (表1, 一、, 附表3：), or null when the line is not title-shaped.</summary>
    public static string? TitleKey(string line)
    {
        var key = TextNormalizer.Key(line);
        // 目录 entries with dot leaders and page numbers are not titles, even without a 目录 heading.
        if (key.Contains("……") || key.Contains("...") || key.Contains("…")) return null;
        // A title may end in qualifiers after 表: （按功能分类科目）, （不含上年结转）.
        if (key.Length is < 4 or > 60 || !TrailingQualifiers().Replace(key, "").EndsWith('表')) return null;
        if (key.Contains('。') || key.Contains('，') || key.Contains(',') || key.Contains("绩效")) return null;
        key = Numbering().Replace(key, "");
        return key.Length < 4 ? null : key;
    }

    /// <summary>The printed title without spaces and without its leading numbering, punctuation as printed.</summary>
    public static string CleanTitle(string line) =>
        PrintedNumbering().Replace(TextNormalizer.Compact(line), "");

    /// <summary>A compact title without the table number printed before it ("预算表12", "预算13表", "表14-1", "公开表3").</summary>
    public static string WithoutNumber(string compact) => LeadingNumber().Replace(compact, "");

    [GeneratedRegex(@"^(预算表[0-9]{1,2}|(预算|决算)[0-9]{1,2}表|附?表[0-9]{1,2}(-[0-9]+)?|公开表[0-9]{1,2})")]
    private static partial Regex LeadingNumber();

    /// <summary>True for a line like "表 1" / "表1" / "附表 3" / "表14-1" that only carries the table number.</summary>
    public static bool IsNumberLine(string line, out int number)
    {
        var m = NumberOnly().Match(TextNormalizer.Compact(line));
        number = m.Success ? ChineseNumbers.Parse(m.Groups.Values.Skip(1).First(g => g.Success).Value) ?? 0 : 0;
        return m.Success && number > 0;
    }

    // 表1 before a year (表12022年…, spaces removed) is table 1 of 2022.
    [GeneratedRegex(@"^((预算|决算)[0-9]{1,2}表|公开表[0-9]{1,2}|附?表[0-9]{1,2}(?=20[0-9]{2}年)|附?表[0-9一二三四五六七八九十]+[:、.]?|[一二三四五六七八九十]+、|[0-9]+[、.])")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^((预算|决算)[0-9]{1,2}表|公开表[0-9]{1,2}|附?表[0-9]{1,2}(?=20[0-9]{2}年)|附?表[0-9一二三四五六七八九十]+[:：、.]?|[一二三四五六七八九十]+、|[0-9]+[、.])")]
    private static partial Regex PrintedNumbering();

    [GeneratedRegex(@"(\([^()]*\))+$")]
    private static partial Regex TrailingQualifiers();

    // 表14-1, 表14-2: the parts of a table printed once per project.
    [GeneratedRegex(@"^(?:附?表|公开表)([0-9]+|[一二三四五六七八九十]+)(?:[-－—][0-9]+)?$|^公开([0-9]{1,2})表$")]
    private static partial Regex NumberOnly();
}
