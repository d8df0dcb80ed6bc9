using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The Shanghai layout's numeric parts: the 预算编制说明 (收入 and 支出 by source, the 财政拨款 change and its
/// reason, each 项 of the 财政拨款 tables with its use) and the 其他相关情况说明's “三公”经费 (by item), 机关运行经费,
/// 政府采购 and 绩效目标设置 (from the 绩效目标 sheet) parts. The 国有资产 part (Shanghai counts vehicles by its own
/// kinds) and each 项目经费情况说明 stay as written. Amounts are in 万元 without spaces, as Shanghai prints them.</summary>
public sealed partial class NarrativeDrafter
{
    private IReadOnlyList<Section> Shanghai()
    {
        var compilation = d.Sections.FirstOrDefault(s => s.Title.EndsWith("预算编制说明", StringComparison.Ordinal))
                          ?? new Section { Number = 1, Title = $"{ShanghaiYear}{_who}预算编制说明", Text = "" };
        var other = d.Sections.FirstOrDefault(s => s.Title.Contains("其他相关情况说明"))
                    ?? new Section { Number = compilation.Number + 1, Title = "其他相关情况说明", Text = "" };
        var sections = d.Sections.Where(s => s != compilation && s != other).ToList();
        sections.Insert(0, compilation with { Text = Compilation(compilation.Number), Claims = [], Subsections = [] });
        sections.Insert(1, OtherMatters(other));
        return sections;
    }

    private string Prev => d.Year is { } y ? $"{y - 1}年" : "上年";

    /// <summary>The year as Shanghai prints it, without a space: 2025年.</summary>
    private string ShanghaiYear => d.Year is { } y ? $"{y}年" : "";

    private static string InWan(decimal v) => $"{v:N2}万元";

    /// <summary>"，比2024年预算减少2,389.52万元", "，与2024年预算持平", or nothing when last year's figure is not known.</summary>
    private string ShanghaiChange((decimal? Prior, string? Reason) known, decimal amount, bool withReason)
    {
        if (known.Prior is not { } p) return "";
        if (p == amount) return $"，与{Prev}预算持平";
        var diff = amount - p;
        var text = $"，比{Prev}预算{(diff > 0 ? "增加" : "减少")}{InWan(Math.Abs(diff))}";
        if (p != 0) text += $"，{(diff > 0 ? "增长" : "下降")}{Sentences.Percent(Math.Abs(diff), p):0.00}%";
        return withReason ? $"{text}，主要原因是{(string.IsNullOrWhiteSpace(known.Reason) ? Sentences.ReasonPlaceholder : known.Reason.TrimEnd('。'))}" : text;
    }

    private string Compilation(int n)
    {
        var summary = d.Table(TableKinds.Summary);
        decimal Item(string key) => W((summary?.Income ?? []).FirstOrDefault(r => r.Item == key)?.Values.GetValueOrDefault("amount") ?? 0, summary?.Unit);
        var total = W(summary?.IncomeTotal ?? 0, summary?.Unit);
        var fiscal = Item("fiscal_appropriation");
        var expense = d.Table(TableKinds.Expense);
        var spent = W(expense?.Totals?.GetValueOrDefault("total") ?? total, expense?.Unit);
        decimal Fund(string kind) => W(d.Table(kind)?.Totals?.GetValueOrDefault("total") ?? 0, d.Table(kind)?.Unit);
        var (general, fund, capital) = (Fund(TableKinds.GeneralBudgetExpense), Fund(TableKinds.GovFundExpense), Fund(TableKinds.StateCapitalExpense));

        var fiscalKnown = Known(n, "fiscal_appropriation", "财政拨款收入", fiscal, null, tablesOnly: true);
        // Shanghai states the reason once, for income and expense together.
        if (fiscalKnown.Reason is null && FiscalReason().Match(d.Sections.FirstOrDefault(s => s.Number == n)?.Text ?? "") is { Success: true } why)
            fiscalKnown = fiscalKnown with { Reason = why.Groups[1].Value };
        var lines = new List<string>
        {
            $"{ShanghaiYear}，{_entity}收入预算{InWan(total)}，其中：财政拨款收入{InWan(fiscal)}{ShanghaiChange(fiscalKnown, fiscal, false)}；" +
            $"事业收入{InWan(Item("business_income"))}；事业单位经营收入{InWan(Item("operating_income"))}；其他收入{InWan(Item("other_income"))}。",
            $"支出预算{InWan(spent)}，其中：财政拨款支出预算{InWan(fiscal)}{ShanghaiChange(fiscalKnown, fiscal, false)}。财政拨款支出预算中，" +
            $"一般公共预算拨款支出预算{InWan(general)}{ShanghaiChange(Known(n, "general_budget_total", "一般公共预算拨款支出预算", general, null, tablesOnly: true), general, false)}；" +
            $"政府性基金拨款支出预算{InWan(fund)}{ShanghaiChange(Known(n, "gov_fund_total", "政府性基金拨款支出预算", fund, null, tablesOnly: true), fund, false)}；" +
            $"国有资本经营预算拨款支出预算{InWan(capital)}{ShanghaiChange(Known(n, "state_capital_total", "国有资本经营预算拨款支出预算", capital, null, tablesOnly: true), capital, false)}。",
        };
        if (fiscalKnown.Prior is { } p && p != fiscal)
            lines.Add($"财政拨款收入支出{(fiscal > p ? "增加" : "减少")}的主要原因是{(string.IsNullOrWhiteSpace(fiscalKnown.Reason) ? Sentences.ReasonPlaceholder : fiscalKnown.Reason.TrimEnd('。'))}。");

        // Each 项 of the 财政拨款 expense tables, with the use the document gave it.
        var items = new[] { TableKinds.GeneralBudgetExpense, TableKinds.GovFundExpense, TableKinds.StateCapitalExpense }
            .Select(d.Table).Where(t => t?.Rows is not null)
            .SelectMany(t => t!.Rows!.Where(r => r.Code is { Length: 7 } && r.Project is null).Select(r => (Table: t, Row: r))).ToList();
        if (items.Count > 0) lines.Add("财政拨款支出主要内容如下：");
        var old = d.Sections.FirstOrDefault(s => s.Number == n)?.Text ?? "";
        foreach (var ((t, r), i) in items.Select((x, i) => (x, i)))
        {
            string Name(string code) => t.Rows!.FirstOrDefault(x => x.Code == code)?.Name ?? "";
            var (c, k, x) = (Name(r.Code![..3]), Name(r.Code[..5]), r.Name ?? "");
            var amount = W(r.Values.GetValueOrDefault("total"), t.Unit);
            // The statement of this 项: by its 款 and 项 names as Shanghai quotes them (“类-款-项” or 类（类）款（款）项（项）),
            // else by a 项 name only one statement has ("事业单位医疗" is inside "行政事业单位医疗": whole names only).
            var statements = old.Split('\n').Where(l => l.Contains("主要用于")).ToList();
            var line = statements.FirstOrDefault(l => l.Contains($"{k}-{x}”") || l.Contains($"{k}（款）{x}（项）"))
                       ?? (statements.Where(l => l.Contains($"-{x}”") || l.Contains($"）{x}（项）")).ToList() is [var only] ? only : null);
            var use = line is not null ? Regex.Match(line, "主要用于[：:]?([^。]+)").Groups[1].Value : "";
            var change = ShanghaiChange(Known(n, r.Code, $"{c}-{k}-{x}", amount, null, tablesOnly: true), amount, true);
            lines.Add($"{i + 1}. “{c}-{k}-{x}”科目{InWan(amount)}，主要用于{(use.Length > 0 ? use : "【请填写主要用途】")}{change}。");
        }
        return string.Join("\n", lines);
    }

    /// <summary>其他相关情况说明: each part found by its title and drafted where its figures are known; the rest kept.</summary>
    private Section OtherMatters(Section kept)
    {
        var n = kept.Number;
        var subs = kept.Subsections.Count > 0
            ? kept.Subsections.ToList()
            : new[] { $"{ShanghaiYear}“三公”经费预算情况说明", "机关运行经费预算", "政府采购预算情况", "绩效目标设置情况", "国有资产占有使用情况" }
                .Select((t, i) => new Section { Number = i + 1, Title = t, Text = "【请填写本部分内容】" }).ToList();
        void Put(string word, string? text)
        {
            var at = subs.FindIndex(x => x.Title.Contains(word));
            if (at >= 0 && text is not null) subs[at] = subs[at] with { Text = text, Claims = [] };
        }
        Put("三公", ThreePublicShanghai(n));
        Put("运行经费", OperatingCostsShanghai(n));
        Put("政府采购", Procurement(n));
        Put("绩效目标", TargetsShanghai());
        return kept with { Subsections = subs, Claims = [] };
    }

    private string ThreePublicShanghai(int n)
    {
        var t = d.Table(TableKinds.ThreePublic);
        decimal V(string item) => W((t?.Rows ?? []).FirstOrDefault(r => r.Item == item)?.Values.GetValueOrDefault("total") ?? 0, t?.Unit);
        // Each item's change comes with its reason, as the template asks (比2025年预算增加XXX万元，主要原因是……).
        string Part(string item, string name) => $"{name}{InWan(V(item))}{ShanghaiChange(Known(n, item, name, V(item), null, tablesOnly: true), V(item), true)}";
        var vehicle = V("vehicle_purchase") + V("vehicle_operation");
        var vehicleChange = ShanghaiChange(Known(n, "vehicle", "公务用车购置及运行费", vehicle, null, tablesOnly: true), vehicle, true);
        var total = t?.Rows?.Any(r => r.Item == "total") == true ? V("total") : V("abroad") + vehicle + V("reception");
        return string.Join("\n",
            $"{ShanghaiYear}“三公”经费预算数为{InWan(total)}{ShanghaiChange(Known(n, "total", "“三公”经费", total, null, tablesOnly: true), total, true)}。其中：",
            $"（一）{Part("abroad", "因公出国（境）费")}。",
            $"（二）公务用车购置及运行费{InWan(vehicle)}{vehicleChange}。其中：{Part("vehicle_purchase", "公务用车购置费")}；{Part("vehicle_operation", "公务用车运行费")}。",
            $"（三）{Part("reception", "公务接待费")}。");
    }

    /// <summary>机关运行经费: the 三公 table's own row where it prints one, else the 基本支出表's 公用经费.</summary>
    private string OperatingCostsShanghai(int n)
    {
        var three = d.Table(TableKinds.ThreePublic);
        var row = three?.Rows?.FirstOrDefault(r => r.Item == "operating_costs");
        var basic = d.Table(TableKinds.BasicExpense);
        var amount = row is not null
            ? W(row.Values.GetValueOrDefault("total"), three!.Unit)
            : W(basic?.Totals?.GetValueOrDefault("public") ?? 0, basic?.Unit);
        return $"{ShanghaiYear}{_entity}财政拨款的机关运行经费预算为{InWan(amount)}{ShanghaiChange(Known(n, "operating_costs", "机关运行经费", amount, null), amount, true)}。";
    }

    /// <summary>绩效目标设置: from the 绩效目标 sheet's project targets; without the sheet the part stays as written.</summary>
    private string? TargetsShanghai()
    {
        if (sheets?.Performance is not { } sheet) return null;
        _targets.AddRange(sheet.Targets);
        var projects = sheet.Targets.Where(t => t.Table.Kind == "project").ToList();
        return $"按照预算绩效管理工作的总体要求，本{_who}开展了{ShanghaiYear}项目预算绩效目标编报工作，编报绩效目标的项目{projects.Count}个，" +
               $"涉及项目预算资金{InWan(projects.Sum(p => p.Table.Amount ?? 0))}。";
    }

    [GeneratedRegex("财政拨款收入支出(?:增加|减少)的主要原因是[：:]?([^。]+)")]
    private static partial Regex FiscalReason();
}
