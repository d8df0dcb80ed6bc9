using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0804: a section, sub-section or table title naming a year other than the document's ("2023年部门预算"
/// over a table of a 2024 budget). Titles that legitimately name another year are left alone: 上年结转, 执行情况,
/// 20XX—20XX 规划, and a 决算's plans for the next year.</summary>
public sealed partial class YearHeadingRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.HeadingYear.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Year is not { } year) return;
        foreach (var s in d.Sections)
        {
            Check(context, s.Title, year, () => AuditContext.Where(new FindingLocation { Section = s.Number.ToString() }, s.Loc),
                $"情况说明第{s.Number}部分标题");
            foreach (var sub in s.Subsections)
                Check(context, sub.Title, year, () => AuditContext.Where(new FindingLocation { Section = s.Number.ToString(), Subsection = sub.Number }, sub.Loc), $"第{s.Number}部分（{sub.Number}）标题");
        }
        foreach (var t in d.Tables)
            if (t.Title is { } title)
                Check(context, title, year, () => AuditContext.At(t), t.Number is { } n ? $"表{n}标题" : "表格标题");
    }

    private static void Check(AuditContext context, string title, int year, Func<FindingLocation> where, string label)
    {
        // A "title" that runs on into sentences is a paragraph the reader could not split, not a heading.
        if (title.Length > 60 || title.Contains('。') || Excused().IsMatch(title) || Range().IsMatch(title)) return;
        foreach (Match m in YearOf().Matches(title))
        {
            var found = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (found == year) continue;
            // A 决算 may close with next year's plans.
            if (context.Document.Kind == "final" && found == year + 1) continue;
            var args = new Dictionary<string, string>
            {
                ["where"] = label, ["title"] = string.Concat(title.Where(c => !char.IsWhiteSpace(c))),
                ["found"] = found.ToString(CultureInfo.InvariantCulture), ["year"] = year.ToString(CultureInfo.InvariantCulture),
                ["kind"] = context.Document.KindWord(),
            };
            context.Report(RuleCatalog.HeadingYear, where(), args, args["year"], args["found"]);
            return;
        }
    }

    [GeneratedRegex(@"(?<y>20\d{2})\s*年")]
    private static partial Regex YearOf();

    // Titles about another year by design: carry-over from last year, last year's execution or results, plans.
    [GeneratedRegex(@"上年|结转|结余|执行情况|完成情况|工作总结|以来|规划|计划|五年|十四五|十五五|对比|比较")]
    private static partial Regex Excused();

    [GeneratedRegex(@"20\d{2}\s*年?\s*[-－—~～至到]\s*20\d{2}")]
    private static partial Regex Range();
}
