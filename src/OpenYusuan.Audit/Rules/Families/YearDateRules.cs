using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>Dates the explanation gives against the document's year. YS0802: a project's 资金执行时间 / 实施周期 that
/// lies wholly outside the year (a period spanning it is fine). YS0803: the 截至 date of the 国有资产占有使用情况 in the
/// wrong year — a budget states the latest count before it was drawn up (end of last year, Shanghai's 上年 8 月 31 日,
/// Guangzhou's 本年 1 月 31 日); a 决算 states the end of its own year.</summary>
public sealed partial class YearDateRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.PeriodOutsideYear.Id, RuleCatalog.AssetDateYear.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Year is not { } year) return;
        foreach (var (section, sub, text) in NarrativeView.Texts(d))
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (Match m in Period().Matches(text)) CheckPeriod(context, section, sub, text, m, year);
            var assets = (sub ?? section).Title.Contains("资产") || section.Title.Contains("资产");
            foreach (Match m in AsOf().Matches(text)) CheckAssetDate(context, section, sub, text, m, year, assets);
        }
    }

    private static void CheckPeriod(AuditContext context, Section section, Section? sub, string text, Match m, int year)
    {
        var years = YearInRange().Matches(m.Groups["range"].Value).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
        if (years.Count == 0 || (years.Min() <= year && years.Max() >= year)) return;
        var args = YearText.Args(context.Document, section, YearText.Quote(text, m.Index, m.Index + m.Length));
        args["label"] = m.Groups["label"].Value;
        args["from"] = years.Min().ToString(CultureInfo.InvariantCulture);
        args["to"] = years.Max().ToString(CultureInfo.InvariantCulture);
        context.Report(RuleCatalog.PeriodOutsideYear, NarrativeView.At(section, sub, m.Groups["range"].Index), args,
            year.ToString(CultureInfo.InvariantCulture), args["from"] == args["to"] ? args["from"] : $"{args["from"]}-{args["to"]}");
    }

    private static void CheckAssetDate(AuditContext context, Section section, Section? sub, string text, Match m, int year, bool assetsSection)
    {
        var (start, end) = YearText.Sentence(text, m.Index);
        // Only the date of the 国有资产 statement: in its section, or a sentence about vehicles and assets.
        if (!assetsSection && !AssetWords().IsMatch(text[start..end])) return;
        var found = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        var yearEnd = m.Groups["end"].Success || month == 12;
        var final = context.Document.Kind == "final";
        // An early-year count (截至2026年1月31日 in a 2026 budget, or in the 决算's following spring) is as good as the year end.
        var early = month is <= 6 && !yearEnd;
        var expected = final ? year : year - 1;
        if (found == expected || (early && found == expected + 1)) return;
        var args = YearText.Args(context.Document, section, YearText.Quote(text, m.Index, Math.Min(end, m.Index + 40)));
        args["found"] = found.ToString(CultureInfo.InvariantCulture);
        args["expected"] = final ? $" {year} 年 12 月 31 日" : $"上年（{year - 1} 年）年底或本年初";
        context.Report(RuleCatalog.AssetDateYear, NarrativeView.At(section, sub, m.Index), args, expected.ToString(CultureInfo.InvariantCulture), args["found"]);
    }

    // 资金执行时间：2024 年 1 月 1 日-2024 年 12 月 31 日; 实施周期：2023-2025年. The range must start with a year, so
    // "实施周期指标值" and "实施时间较晚" are no periods.
    [GeneratedRegex(@"(?<label>资金执行时间|执行时间|实施周期|实施期限|项目期限|执行期限|项目周期|项目起止时间|起止时间)\s*[：:为]?\s*(?<range>20\d{2}\s*年?[0-9年月日\s\-－—~～至到.．/]{0,30})")]
    private static partial Regex Period();

    [GeneratedRegex(@"20\d{2}")]
    private static partial Regex YearInRange();

    [GeneratedRegex(@"(截至|截止到|截止至|截止)\s*(?<y>20\d{2})\s*年\s*((?<m>[0-9]{1,2})\s*月\s*([0-9]{1,2}\s*日)?)?\s*(?<end>年底|年末|底|末)?")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"共有车辆|国有资产|固定资产|资产总额|占有使用|占用使用|房屋.{0,6}平方米")]
    private static partial Regex AssetWords();
}
