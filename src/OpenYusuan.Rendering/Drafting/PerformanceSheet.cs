using System.Globalization;
using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The performance targets (整体绩效目标表, one 项目支出绩效目标表 per project) as a finance officer fills them in
/// on the workbook's 绩效目标 sheet: one row per indicator; a row whose 表 cell says 整体 or 项目 starts a table and
/// carries its fields (name, 负责人/联系人, 联系电话, amounts, 总体目标), the rows below it add indicators. Working data:
/// the readers skip it, `render --redraft` prints the tables of 十二(四) from it.</summary>
public sealed class PerformanceSheet(IReadOnlyList<PerformanceSheet.Target> targets)
{
    /// <summary>A table and the phone number printed beside its contact (the model keeps no phone).</summary>
    public sealed record Target(PerformanceTable Table, string? Phone);

    public IReadOnlyList<Target> Targets => targets;

    public static readonly string[] Header =
    [
        "表（整体/项目）", "单位或项目名称", "项目负责人", "联系人", "联系电话", "年度预算总额（万元）", "其中：财政拨款（万元）", "其他资金（万元）",
        "年度（总体）目标", "一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "分值权重", "赋分规则", "佐证资料",
    ];

    /// <summary>The sheet's rows read back: a table per 整体/项目 row, its indicators from that row and the rows under it.</summary>
    public static PerformanceSheet FromRows(IEnumerable<string[]> rows)
    {
        decimal? Number(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
        string? Text(string s) => s.Length == 0 || s.StartsWith('【') ? null : s;
        var list = new List<(PerformanceTable Table, string? Phone, List<Indicator> Indicators)>();
        foreach (var c in rows)
        {
            var kind = c[0].Contains("整体") ? "overall" : c[0].Contains("项目") ? "project" : null;
            if (kind is not null)
                list.Add((new PerformanceTable
                {
                    Kind = kind, Project = Text(c[1]), Owner = kind == "project" ? Text(c[2]) : null, Contact = Text(c[3]),
                    Amount = Number(c[5]), Fiscal = Number(c[6]), Other = Number(c[7]), Goal = Text(c[8]),
                }, Text(c[4]), []));
            if (list.Count == 0 || c[9..].All(x => x.Length == 0)) continue;
            list[^1].Indicators.Add(new Indicator
            {
                Level1 = Text(c[9]), Level2 = Text(c[10]), Level3 = Text(c[11]), Value = Text(c[12]), Basis = Text(c[13]),
                Prior = Text(c[14]), Weight = Number(c[15]), Scoring = Text(c[16]), Evidence = Text(c[17]),
            });
        }
        // A table with nothing filled in (the starter row of a template) is no table: the sheet does not override the text.
        return new PerformanceSheet(list.Select(x => new Target(x.Table with { Indicators = x.Indicators }, x.Phone))
            .Where(t => t.Table is { Project: not null } or { Contact: not null } or { Goal: not null } or { Amount: not null } || t.Table.Indicators.Count > 0)
            .ToList());
    }

    /// <summary>A table's rows as the sheet lays them out: its fields on the first row, an indicator per row.</summary>
    public static IEnumerable<string?[]> Rows(Target target)
    {
        var t = target.Table;
        var head = new string?[]
        {
            t.Kind == "overall" ? "整体" : "项目", t.Project, t.Owner, t.Contact, target.Phone,
            Figure(t.Amount), Figure(t.Fiscal), Figure(t.Other), t.Goal,
        };
        if (t.Indicators.Count == 0) { yield return [.. head, .. new string?[9]]; yield break; }
        for (var i = 0; i < t.Indicators.Count; i++)
        {
            var x = t.Indicators[i];
            string?[] indicator = [x.Level1, x.Level2, x.Level3, x.Value, x.Basis, x.Prior, x.Weight?.ToString(CultureInfo.InvariantCulture), x.Scoring, x.Evidence];
            yield return [.. i == 0 ? head : new string?[head.Length], .. indicator];
        }
    }

    private static string? Figure(decimal? v) => v?.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A table printed as the readers read it back (PerformanceReader): the title, the year, the fields as
    /// label and value cells, the indicator header and one row per indicator, the 一级/二级 cell left empty where it
    /// repeats the row above. Lines with cells are tab-separated.</summary>
    public static IEnumerable<string> Lines(Target target, string who, string entity, int? year)
    {
        var t = target.Table;
        string F(decimal? v) => (v ?? 0).ToString("N2", CultureInfo.InvariantCulture);
        var overall = t.Kind == "overall";
        yield return overall ? $"{who}整体绩效目标表" : "项目支出绩效目标表";
        if (year is { } y) yield return $"（{y}年）";
        if (overall)
        {
            yield return $"{who}名称（盖章）\t{t.Project ?? entity}";
            yield return $"{who}联系人\t{t.Contact ?? "【请填写】"}\t联系电话：\t{target.Phone ?? ""}";
            yield return $"年度绩效目标\t{t.Goal ?? "【请填写年度绩效目标】"}";
            yield return $"年度预算（万元）\t年度总额：{F(t.Amount)}\t财政拨款：{F(t.Fiscal)}\t其他资金：{F(t.Other)}";
            yield return "一级指标\t二级指标\t三级指标\t指标值\t指标设定依据\t分值权重";
        }
        else
        {
            yield return $"预算单位\t{entity}";
            yield return $"项目名称\t{t.Project}\t项目负责人\t{t.Owner ?? "【请填写】"}";
            yield return $"项目资金（万元）\t年度预算总额：{F(t.Amount)}\t其中：财政拨款：{F(t.Fiscal)}\t其他资金：{F(t.Other)}";
            yield return $"项目总体目标\t{t.Goal ?? "【请填写项目总体目标】"}";
            yield return "一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料";
        }
        string? l1 = null, l2 = null;
        foreach (var x in t.Indicators)
        {
            var c1 = x.Level1 == l1 ? "" : x.Level1 ?? "";
            var c2 = x.Level1 == l1 && x.Level2 == l2 ? "" : x.Level2 ?? "";
            (l1, l2) = (x.Level1, x.Level2);
            var weight = x.Weight?.ToString(CultureInfo.InvariantCulture) ?? "";
            yield return overall
                ? string.Join('\t', c1, c2, x.Level3, x.Value, x.Basis, weight)
                : string.Join('\t', c1, c2, x.Level3, x.Value, x.Basis, x.Prior, weight, x.Scoring, x.Evidence);
        }
    }
}
