using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Tables;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Document metadata: entity, year, budget or final, 部门 or 单位, 汇总, money unit, date printed
/// at the end, and which regional template the layout follows.</summary>
public static partial class MetadataReader
{
    public sealed record Result(Disclosure Disclosure, string Unit);

    public static Result Read(DocumentLayout layout)
    {
        var lines = layout.Lines;
        var headings = lines.Where(l => Segmenter.PartHeading(l) is not null || TableTitles.KindOf(l.Text) is not null).ToList();
        var front = layout.Front.Where(l => !l.IsBlank).Take(5).ToList();
        var all = string.Concat(lines.Select(l => l.Compact));

        // The unit a table is printed for (编制单位：…, 单位名称：…, 部门（单位）：…), the most printed first.
        var preparers = lines.Select(l => Preparer().Match(l.Text)).Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim()).Where(IsOrganization)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        // A key–value grid (部门名称 | 广州市生态环境局) says it too.
        preparers.AddRange(lines.Where(l => l.Cells is { Count: >= 2 }).Select(l => l.Cells!.Select(c => c.Trim()).Where(c => c.Length > 0).ToList())
            .Where(c => c.Count >= 2 && c[0] is "部门名称" or "单位名称" or "预算单位" && IsOrganization(c[1])).Select(c => c[1]));
        var cover = lines.Where(l => !l.IsBlank).Take(8).Where(l => Segmenter.PartHeading(l) is null);
        var entity = preparers.FirstOrDefault() ?? EntityFromHeadings(cover.Concat(front).Concat(lines.Where(l => Segmenter.PartHeading(l) is not null)))
                     ?? EntityFromSentences(lines);

        var year = front.Concat(headings).Select(l => Year().Match(l.Compact)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        year ??= Year().Match(all) is { Success: true } ym ? ym.Groups[1].Value : null;

        var departmentVotes = Regex.Matches(all, "编制部门|部门预算|部门概况|部门收支|部门决算").Count;
        var unitVotes = Regex.Matches(all, "编制单位|单位预算|单位概况|单位收支|单位决算").Count;
        // The tables say it (a 决算 table's title says 决算); words count only without tables — a budget's performance
        // targets may well mention 竣工决算 more often than the 预算0N表 titles say 预算表 (Beijing).
        var finalTables = layout.Tables.Count(t => TableKinds.IsFinal(t.Kind));
        var kind = layout.Tables.Count > 0 && finalTables * 2 != layout.Tables.Count
            ? (finalTables * 2 > layout.Tables.Count ? "final" : "budget")
            : Regex.Matches(all, "决算").Count > Regex.Matches(all, "预算公开|预算表|预算情况").Count ? "final" : "budget";
        var units = lines.Where(l => l.Compact.Contains("单位")).Select(l => UnitLine().Match(l.Compact)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var unit = units.GroupBy(u => u).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? Units.TenThousandYuan;

        var disclosure = new Disclosure
        {
            Kind = kind,
            Scope = departmentVotes > unitVotes ? "department" : "unit",
            Consolidated = Regex.IsMatch(string.Concat(front.Concat(headings).Select(l => l.Compact)) + (entity ?? ""), @"[（(]汇总[）)]"),
            Template = kind == "final" ? "national-final" : Template(layout),
            Entity = entity,
            Year = year is null ? null : int.Parse(year),
            Unit = unit,
            Published = Published(lines),
        };
        return new Result(disclosure, unit);
    }

    private static string? EntityFromHeadings(IEnumerable<SourceLine> lines)
    {
        var list = lines.ToList();
        // A cover may wrap a long name over two lines: each line is tried alone, then with the next.
        var texts = list.SelectMany((l, i) => i + 1 < list.Count ? new[] { l.Compact, l.Compact + list[i + 1].Compact } : [l.Compact]);
        foreach (var text in texts)
        {
            var s = Regex.Replace(text, @"^第[一二三四]部分", "");
            s = Regex.Replace(s, @"\d{4}年(度)?", "");
            var m = EntityIn().Match(s);
            if (m.Success && IsOrganization(m.Groups[1].Value)) return m.Groups[1].Value;
            // A cover line that is the name alone (泉州市人民政府办公室 / 北京市文化和旅游局 2026 年度).
            var bare = Regex.Replace(s, @"(部门|单位)?(整体)?(预算|决算|信息公开).*$", "");
            if (bare.Length < s.Length || bare == s) if (IsOrganization(bare) && bare.Length <= 24) return bare;
        }
        return null;
    }

    /// <summary>The name most sentences of the explanation open with ("江苏省政协办公厅本年收入预算合计…", "…2019 年度收入"),
    /// for a file without cover or unit lines.</summary>
    private static string? EntityFromSentences(IReadOnlyList<SourceLine> lines) =>
        lines.Select(l => SentenceSubject().Match(l.Compact)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .Where(IsOrganization).GroupBy(x => x).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    [GeneratedRegex(@"^(.{4,30}?)(?:20\d{2}年度?|本年|年度)")]
    private static partial Regex SentenceSubject();

    private static string Template(DocumentLayout layout)
    {
        var kinds = layout.Tables.Select(t => t.Kind).ToList();
        var titles = string.Concat(layout.Tables.Select(t => t.Title));
        if (titles.Contains("财务收支预算总表") || titles.Contains("机关运行经费预算表")) return "shanghai-budget";
        // Xi'an's 部门综合预算 set has tables of its own (专项业务经费, 结转资金): not the Xinjiang template.
        if (titles.Contains("综合预算")) return "national";
        if (kinds.Contains(TableKinds.Carryover) || layout.Toc.Any(l => l.Compact.Contains("上年结转结余"))) return "xinjiang-2024";
        var threePublic = kinds.IndexOf(TableKinds.ThreePublic);
        var govFund = kinds.IndexOf(TableKinds.GovFundExpense);
        // 三公 before 政府性基金 is the Xinjiang 2022 order — unless the set lacks a table that template must have and has
        // tables it does not know (Jiangsu 2019: 财政拨款支出预算表, 机关运行经费, 政府采购 and no 项目支出表).
        if (threePublic >= 0 && govFund > threePublic && Templates.Template.Find("xinjiang-2022") is { } x
            && !(x.Tables.Any(t => !kinds.Contains(t.Kind)) && kinds.Any(k => x.Table(k) is null)))
            return "xinjiang-2022";
        return "national";
    }

    private static string? Published(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Reverse().Where(l => !l.IsBlank).Take(4))
        {
            var m = Date().Match(line.Compact);
            if (m.Success && line.Compact.Length <= 16)
                return $"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value):00}-{int.Parse(m.Groups[3].Value):00}";
        }
        return null;
    }

    /// <summary>A name that ends as the name of an organization does (…局, …委员会, …中心): not a table title's words.</summary>
    private static bool IsOrganization(string name) =>
        name.Length is >= 3 and <= 40 && !name.Contains('表') && OrganizationEnd().IsMatch(TextNormalizer.Compact(name));

    [GeneratedRegex(@"(局|委员会|委|办公室|办|厅|院|中心|所|站|队|馆|会|部|处|校|学|政府|室|社|台|团|公司|场|园|库|署|宫|组|厂|庭|科|股)([（(][^）)]*[）)])?$")]
    private static partial Regex OrganizationEnd();

    [GeneratedRegex(@"^\s*(?:编制(?:单位|部门)|单位名称|部门名称|预算单位|预算部门|部门[（(]单位[）)]|部门)\s*[:：]\s*(.*?)(?:\s+(?:金额)?单位[:：].*)?$")]
    private static partial Regex Preparer();

    [GeneratedRegex(@"(20\d{2})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"单位[:：](万元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^(.+?)(?:部门|单位)?(?:（汇总）)?(?:预算公开|决算公开|部门预算|单位预算|部门决算|单位决算|概况|预算|决算)")]
    private static partial Regex EntityIn();

    [GeneratedRegex(@"^(20\d{2})[年\-./](\d{1,2})[月\-./](\d{1,2})日?$")]
    private static partial Regex Date();
}
