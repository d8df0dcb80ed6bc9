using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using static OpenYusuan.Rendering.Drafting.Sentences;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>十二 其他重要事项: (一) 机关运行经费 from the 基本支出表; (二) 政府采购 and (三) 国有资产 from the workbook's
/// 其他事项 sheet, else from what the text stated; (四) 预算绩效 — the counts sentence from the tables, then the target
/// tables from the 绩效目标 sheet, else as written. A part whose figures are known nowhere stays as written.</summary>
public sealed partial class NarrativeDrafter
{
    private readonly List<MattersSheet.Item> _matters = [];
    private readonly List<PerformanceSheet.Target> _targets = [];

    /// <summary>The 其他事项 figures the drafted sentences used (or left to fill in).</summary>
    public IReadOnlyList<MattersSheet.Item> MattersDrafted => _matters;

    /// <summary>The performance-target tables of 十二(四): the rows of a workbook's 绩效目标 sheet.</summary>
    public IReadOnlyList<PerformanceSheet.Target> TargetsDrafted => _targets;

    private static readonly string[] MatterTitles = ["机关运行经费情况", "政府采购情况", "国有资产占用使用情况", "预算绩效情况", "其他需说明的事项"];

    private Section Matters(Section? kept)
    {
        var subs = kept?.Subsections.Count > 0
            ? kept.Subsections.ToList()
            : MatterTitles.Select((t, i) => new Section { Number = i + 1, Title = t, Text = "【请填写本部分内容】" }).ToList();
        var inserted = false;
        void Put(int number, string word, string? text)
        {
            if (text is null) return;
            var at = subs.FindIndex(x => x.Title.Contains(word));
            if (at >= 0) { subs[at] = subs[at] with { Text = text, Claims = [] }; return; }
            subs.Insert(Math.Min(number - 1, subs.Count), new Section { Number = number, Title = MatterTitles[number - 1], Text = text });
            inserted = true;
        }
        Put(1, "运行经费", OperatingCosts());
        Put(2, "政府采购", Procurement());
        Put(3, "国有资产", Assets());
        Put(4, "绩效", Performance(subs.FirstOrDefault(x => x.Title.Contains("绩效"))?.Text));
        if (inserted) subs = subs.Select((x, i) => x with { Number = i + 1 }).ToList();
        return new Section { Number = 12, Title = kept?.Title ?? "其他重要事项的情况说明", Text = kept?.Text ?? "", Subsections = subs };
    }

    /// <summary>(一) 机关运行经费 is the 公用经费 of the 基本支出表 (budget disclosures).</summary>
    private string OperatingCosts()
    {
        var t = d.Table(TableKinds.BasicExpense);
        var amount = ToWan(t?.Totals?.GetValueOrDefault("public") ?? 0, t?.Unit ?? U);
        return $"{_entity} {_year}机关运行经费财政拨款预算 {amount:N2} 万元{Stated(12, "operating_costs", "机关运行经费", amount, null)}。";
    }

    /// <summary>(二) 政府采购 (of section <paramref name="section"/>: 十二, or Shanghai's 其他相关情况说明): the total is the sum
    /// of its three kinds. Null when no figure is known.</summary>
    private string? Procurement(int section = 12)
    {
        var stated = Claims(section).Where(c => c.Topic == "procurement").ToList();
        decimal? V(string key) => sheets?.Matters?.Value(key) ?? stated.LastOrDefault(c => c.Item == key)?.Amount;
        var kinds = new[] { "goods", "works", "services" }.Select(k => V(k)).ToList();
        foreach (var (key, label) in MattersSheet.Procurement)
            _matters.Add(new MattersSheet.Item(key, label, key == "total" ? kinds.Sum(k => k ?? 0) : V(key)));
        if (kinds.All(k => k is null) && V("sme_reserved") is null) return null;
        var (goods, works, services) = (kinds[0] ?? 0, kinds[1] ?? 0, kinds[2] ?? 0);
        // Each template's wording: Shanghai prints 万元 figures without spaces and speaks of 本部门/本单位.
        var sh = d.IsShanghai();
        string M(decimal v) => sh ? $"{v:N2}万元" : $" {v:N2} 万元";
        var opening = sh ? $"{ShanghaiYear}本{_who}" : $"{_year}，{_entity}";
        var text = $"{opening}政府采购预算{M(goods + works + services)}，其中：政府采购货物预算{M(goods)}{(sh ? "、" : "，")}" +
                   $"政府采购工程预算{M(works)}{(sh ? "、" : "，")}政府采购服务预算{M(services)}。";
        if (V("sme_reserved") is { } sme)
            text += $"\n{opening}面向中小企业预留政府采购项目预算金额{M(sme)}" +
                    (V("small_micro_reserved") is { } micro ? $"，其中，预留给小型和微型企业的政府采购项目预算为{M(micro)}。" : "。");
        return text;
    }

    /// <summary>(三) 国有资产 at the end of last year: 房屋, 车辆 (a total left blank is the sum of the three kinds), 办公家具, 其他资产,
    /// large equipment held; then this year's purchases: 车辆 as the 三公 table's 公务用车购置费 says, large equipment from
    /// the sheet. Null when no figure is known.</summary>
    private string? Assets()
    {
        var stated = Claims(12).Where(c => c.Topic == "assets").ToList();
        decimal? V(string key) => sheets?.Matters?.Value(key) ?? StatedAsset(stated, key);
        var known = MattersSheet.Assets.Select(a => a.Key).Where(k => !k.StartsWith("vehicles")).ToDictionary(k => k, V);
        decimal? Sum(string[] parts) => parts.All(p => known[p] is null) ? null : parts.Sum(p => known[p] ?? 0);
        // A total typed in the sheet stands; one the sheet computes (a formula, read as blank) is the sum of the parts it
        // holds; otherwise the total the text stated, else the sum of the parts.
        foreach (var (total, parts) in MattersSheet.Sums.Where(s => s.Total.StartsWith("vehicles")))
            known[total] = sheets?.Matters?.Value(total)
                           ?? (parts.Any(p => sheets?.Matters?.Value(p) is not null) ? Sum(parts) : StatedAsset(stated, total) ?? Sum(parts));
        foreach (var (key, label) in MattersSheet.Assets) _matters.Add(new MattersSheet.Item(key, label, known[key]));
        if (known.Values.All(v => v is null)) return null;

        string M(string key) => (known[key] ?? 0).ToString("N2", CultureInfo.InvariantCulture);
        string N(string key) => ((int)(known[key] ?? 0)).ToString(CultureInfo.InvariantCulture);
        var three = d.Table(TableKinds.ThreePublic);
        var purchase = ToWan(three?.Rows?.FirstOrDefault(r => r.Item == "vehicle_purchase")?.Values.GetValueOrDefault("total") ?? 0, three?.Unit ?? U);
        var asOf = d.Year is { } y ? $"截至 {y - 1} 年底，" : "";
        return string.Join("\n",
            $"{asOf}{_entity}占用使用国有资产总体情况为：",
            $"1. 房屋 {M("buildings_m2")} 平方米，价值 {M("buildings")} 万元。",
            $"2. 车辆 {N("vehicles_count")} 辆，价值 {M("vehicles")} 万元；其中：一般公务用车 {N("general_vehicles_count")} 辆，价值 {M("general_vehicles")} 万元；" +
            $"执法执勤用车 {N("enforcement_vehicles_count")} 辆，价值 {M("enforcement_vehicles")} 万元；其他车辆 {N("other_vehicles_count")} 辆，价值 {M("other_vehicles")} 万元。",
            $"3. 办公家具价值 {M("furniture")} 万元。",
            $"4. 其他资产价值 {M("other_assets")} 万元。",
            $"单位价值 50 万元以上大型设备 {N("equipment_over_50")} 台，单位价值 100 万元以上大型设备 {N("equipment_over_100")} 台。",
            $"{_year}{_who}预算{(purchase > 0 ? $"安排购置车辆经费 {purchase:N2} 万元" : "未安排购置车辆经费")}，" +
            $"安排购置单位价值 50 万元以上大型设备 {N("planned_equipment_over_50")} 台、单位价值 100 万元以上大型设备 {N("planned_equipment_over_100")} 台。");
    }

    /// <summary>An asset figure as the text stated it: a value (万元), or a count (keys ending _count, equipment) or area.</summary>
    private static decimal? StatedAsset(List<Claim> stated, string key)
    {
        static decimal? Parse(string? s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (key == "buildings_m2") return Parse(stated.LastOrDefault(c => c.Item == "buildings")?.Fields?.GetValueOrDefault("area_m2"));
        if (key.Contains("equipment")) return Parse(stated.LastOrDefault(c => c.Item == key)?.Fields?.GetValueOrDefault("count"));
        if (key.EndsWith("_count")) return Parse(stated.LastOrDefault(c => c.Item == key[..^"_count".Length])?.Fields?.GetValueOrDefault("count"));
        return stated.LastOrDefault(c => c.Item == key)?.Amount;
    }

    /// <summary>(四) 预算绩效: the count and amount of each kind of target from the tables (整体: the 收支总表's 收入总计;
    /// 财政拨款项目: the 项目支出表; 非财政拨款项目: the project targets funded from other money), then the tables.</summary>
    private string? Performance(string? written)
    {
        // The tables: from the sheet where it holds them (indicators typed, or nothing printed to keep), else as the
        // document printed them (phone and layout kept).
        var printed = (written ?? "").Split('\n').SkipWhile(l => !PerformanceTable.IsTitle(Regex.Replace(l, @"\s", ""))).ToList();
        var sheet = sheets?.Performance is { } p && (printed.Count == 0 || p.Targets.Any(t => t.Table.Indicators.Count > 0)) ? p : null;
        // A part written without target tables, with none known elsewhere, is kept as written.
        if (sheet is null && printed.Count == 0 && d.Performance.Count == 0 && !string.IsNullOrWhiteSpace(written) && !written.StartsWith('【')) return null;
        var targets = (sheet?.Targets ?? d.Performance.Select(t => new PerformanceSheet.Target(t, t.Kind == "overall" ? Phone(written) : null)))
            .Select(t => t.Table.Kind == "overall" ? t with { Table = Funded(t.Table) } : t).ToList();
        _targets.AddRange(targets);
        var projects = d.Table(TableKinds.ProjectExpense);
        // Projects are counted by their rows in the 项目支出表, as the documents count them (003 counts a project listed
        // under two codes twice).
        var count = projects?.Rows?.Count(r => r.Project is not null) ?? 0;
        var fiscal = ToWan(projects?.Totals?.GetValueOrDefault("total") ?? 0, projects?.Unit ?? U);
        var other = targets.Where(t => t.Table.Kind == "project" && (t.Table.Fiscal ?? 0) == 0 && (t.Table.Other ?? t.Table.Amount ?? 0) > 0).ToList();
        var summary = d.Table(TableKinds.Summary);
        var lines = new List<string>
        {
            $"{_year}，本{_who}预算绩效管理整体预算绩效目标 {Math.Max(1, targets.Count(t => t.Table.Kind == "overall"))} 个，" +
            $"涉及金额 {W(summary?.IncomeTotal ?? 0, summary?.Unit):N2} 万元；当年财政拨款项目 {count} 个，涉及预算金额 {fiscal:N2} 万元；" +
            $"当年非财政拨款项目 {other.Count} 个，涉及预算金额 {other.Sum(t => t.Table.Other ?? t.Table.Amount ?? 0):N2} 万元。具体情况见下表（按项目分别填报）：",
        };
        if (sheet is not null || printed.Count == 0)
            lines.AddRange(targets.SelectMany(t => PerformanceSheet.Lines(t, _who, _entity, d.Year)));
        else lines.AddRange(printed);
        if (targets.Count == 0 && printed.Count == 0) lines.Add("【请在“绩效目标”表中填写整体绩效目标和项目支出绩效目标】");
        return string.Join("\n", lines);
    }

    /// <summary>The overall target covers the whole budget: where its table gave no amounts (a layout the reader does not
    /// take them from), the 收支总表's 收入总计, its 单位资金, 财政专户核拨 and 非财政拨款结转结余 as other money, the rest 财政拨款.</summary>
    private PerformanceTable Funded(PerformanceTable t)
    {
        if (t.Amount is not null) return t;
        var summary = d.Table(TableKinds.Summary);
        var total = W(summary?.IncomeTotal ?? 0, summary?.Unit);
        var other = W((summary?.Income ?? []).Where(r => r.Item is "unit_funds" or "special_account" or "nonfiscal_carryover").Sum(r => r.Values.GetValueOrDefault("amount")), summary?.Unit);
        return t with { Amount = total, Fiscal = total - other, Other = other };
    }

    private static string? Phone(string? written) => written is not null && PhoneNumber().Match(written) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"联系电话[:：]?\s*([0-9][0-9\-]{5,})")]
    private static partial Regex PhoneNumber();
}
