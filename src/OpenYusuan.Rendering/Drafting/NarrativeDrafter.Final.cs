using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Templates;
using static OpenYusuan.Rendering.Drafting.Sentences;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The 决算 (final accounts) explanation of the national template, drafted from its tables: 一 收入支出总计,
/// 二 收入 and 三 支出 by kind with shares, 四 财政拨款总计, 五 一般公共预算财政拨款支出 (total and share, each 类 with its
/// share, each 项 against its 年初预算), 六 基本支出 (人员经费/公用经费 and what they cover), 七 “三公” against its budget
/// and by item, 八/九 (无…收入和支出 when empty). Comparisons with last year come from the 上年决算数 sheet or the
/// document's statements; 年初预算 from the table's 年初预算 column, else the document's statement. 十 and 十一 stay as
/// written. No audit rule holds 决算 narrative yet: the figures are right by construction from the tables.</summary>
public sealed partial class NarrativeDrafter
{
    private string FinalYear => d.Year is { } y ? $"{y} 年度" : "本年度";

    private IReadOnlyList<Section> Final()
    {
        var old = d.Sections.ToDictionary(s => s.Number);
        // Titles the document lacks are the template's (its description's sections and sub-sections).
        var template = Template.For(d.Template, "final").Sections;
        string Title(int n) => old.TryGetValue(n, out var s) ? s.Title : template.Find(n)!.Title;
        Section Drafted(int n, string text) => new() { Number = n, Title = Title(n), Text = text };
        Section Keep(int n) => old.TryGetValue(n, out var s) ? s : new Section { Number = n, Title = Title(n), Text = template.Placeholder };
        Section WithSubs(int n, params string[] texts)
        {
            var kept = Keep(n);
            var subs = texts.Select((t, i) => new Section
            {
                Number = i + 1, Text = t,
                Title = kept.Subsections.FirstOrDefault(x => x.Number == i + 1)?.Title ?? template.Find(n)!.Subsections[i].Title,
            }).ToList();
            return kept with { Text = "", Claims = [], Subsections = subs };
        }

        var expense = FinalTotal(TableKinds.FinalExpense, "total");
        return
        [
            Drafted(1, FinalOverall(1, "收入支出总计", d.Table(TableKinds.FinalSummary)?.IncomeTotal)),
            Drafted(2, Parts("本年收入合计", TableKinds.FinalIncome,
                [("fiscal_subtotal", "财政拨款收入"), ("superior_subsidy", "上级补助收入"), ("business_income", "事业收入"), ("operating_income", "经营收入"),
                 ("subordinate_remit", "附属单位上缴收入"), ("other_income", "其他收入")])),
            Drafted(3, Parts("本年支出合计", TableKinds.FinalExpense,
                [("basic", "基本支出"), ("project", "项目支出"), ("superior_remit", "上缴上级支出"), ("operating", "经营支出"), ("subordinate_subsidy", "对附属单位补助支出")])),
            Drafted(4, FinalOverall(4, "财政拨款收入支出总计", d.Table(TableKinds.FinalFiscalSummary)?.IncomeTotal)),
            WithSubs(5, GeneralBudgetOverall(expense), GeneralBudgetStructure(), GeneralBudgetItems()),
            Drafted(6, FinalBasic()),
            WithSubs(7, ThreePublicAgainstBudget(), ThreePublicByItem()),
            Drafted(8, FinalFund(TableKinds.FinalGovFund, "政府性基金预算")),
            Drafted(9, FinalFund(TableKinds.FinalStateCapital, "国有资本经营预算")),
            Keep(10),
            Keep(11),
        ];
    }

    private decimal FinalTotal(string kind, string column) =>
        W(d.Table(kind)?.Totals?.GetValueOrDefault(column) ?? 0, d.Table(kind)?.Unit);

    /// <summary>"与 2023 年度相比，X增加 a 万元，增长 b%。主要原因：…" from last year's figure (the sheet, else the
    /// document's statement of the change); nothing when it is not known.</summary>
    private string AgainstLastYear(int section, string key, string subject, decimal amount, bool restate = false)
    {
        // The sheet first; then the document's own sentence of change (a 决算's figures beside it are budgets, not last year's).
        var given = inputs?.Find(section, key);
        var (prior, reason) = (given?.Prior, given?.Reason);
        if (given is null && StatedChange(section) is { } stated)
        {
            // Last year's figure is what the statement implied: the amount it stated (not this year's table, which may
            // have been corrected since) less the change it stated.
            var was = Claims(section).FirstOrDefault(c => c.Amount is not null && c.Subject?.Contains("年初预算") != true)?.Amount ?? amount;
            (prior, reason) = (was + (stated.Increase ? -stated.Change : stated.Change), stated.Reason);
        }
        _subjects.Add(new PriorYear.Line(section, key, subject, amount, prior, reason));
        if (prior is not { } p) return "";
        var last = d.Year is { } y ? $"{y - 1} 年度" : "上年度";
        if (p == amount) return $"与 {last}相比，{subject}持平。";
        var diff = amount - p;
        var rate = p == 0 ? "" : $"，{(diff > 0 ? "增长" : "下降")} {Percent(Math.Abs(diff), p):0.00}%";
        var why = $"主要原因：{(string.IsNullOrWhiteSpace(reason) ? "【请填写主要原因】" : reason.TrimEnd('。'))}。";
        // Restating the amount keeps the change with its own subject (a reader joins a bare change to the figure before it).
        return restate
            ? $"{FinalYear}{subject} {amount:N2} 万元，比 {last}{(diff > 0 ? "增加" : "减少")} {Math.Abs(diff):N2} 万元{rate}。{why}"
            : $"与 {last}相比，{subject}{(diff > 0 ? "增加" : "减少")} {Math.Abs(diff):N2} 万元{rate}。{why}";
    }

    /// <summary>The first change against last year a section states ("与 2023 年度相比，…增加 1,062.85 万元", "比 2023 年度减少
    /// 0.15 万元") and the reason after it.</summary>
    private (bool Increase, decimal Change, string? Reason)? StatedChange(int section)
    {
        var s = d.Sections.FirstOrDefault(x => x.Number == section);
        var text = string.Join("\n", new[] { s?.Text ?? "" }.Concat(s?.Subsections.Select(x => x.Text) ?? []));
        if (LastYearChange().Match(text) is not { Success: true } m) return null;
        var why = Regex.Match(text[m.Index..], "主要原因[是为]?[：:]?([^。]+)");
        return (m.Groups[1].Value == "增加", decimal.Parse(m.Groups[2].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
            why.Success ? why.Groups[1].Value.Trim() : null);
    }

    private string FinalOverall(int section, string subject, decimal? total)
    {
        var amount = W(total ?? 0);
        return $"{_entity} {FinalYear}{subject} {amount:N2} 万元。{AgainstLastYear(section, "total", subject, amount)}";
    }

    /// <summary>A total and its parts with their shares; parts that are zero are not listed (不涉及的不列).</summary>
    private string Parts(string subject, string kind, (string Column, string Name)[] parts)
    {
        var total = FinalTotal(kind, "total");
        var listed = parts.Select(p => (p.Name, Amount: FinalTotal(kind, p.Column))).Where(p => p.Amount != 0)
            .Select(p => $"{p.Name} {p.Amount:N2} 万元{Share(p.Amount, total)}").ToList();
        return $"{subject} {total:N2} 万元" + (listed.Count > 0 ? $"，其中：{string.Join("；", listed)}。" : "。");
    }

    private string GeneralBudgetOverall(decimal expense)
    {
        var total = FinalTotal(TableKinds.FinalGeneralBudgetExpense, "total");
        var share = expense == 0 ? "" : $"，占本年支出合计的 {Percent(total, expense):0.00}%";
        return $"一般公共预算财政拨款支出 {total:N2} 万元{share}。{AgainstLastYear(5, "general_budget_total", "一般公共预算财政拨款支出", total)}";
    }

    private string GeneralBudgetStructure()
    {
        var t = d.Table(TableKinds.FinalGeneralBudgetExpense);
        var total = FinalTotal(TableKinds.FinalGeneralBudgetExpense, "total");
        var classes = (t?.Rows ?? []).Where(r => r.Code is { Length: 3 } && r.Values.GetValueOrDefault("total") != 0)
            .Select(r => (r.Name, Amount: W(r.Values["total"], t!.Unit)))
            .Select(c => $"{c.Name}（类）{c.Amount:N2} 万元{Share(c.Amount, total)}").ToList();
        return classes.Count == 0 ? $"一般公共预算财政拨款支出 {total:N2} 万元。" : $"一般公共预算财政拨款支出 {total:N2} 万元，主要用于以下方面：{string.Join("；", classes)}。";
    }

    /// <summary>五(三): the total and each 项 against its 年初预算, with the use and the reason the document gave.</summary>
    private string GeneralBudgetItems()
    {
        var t = d.Table(TableKinds.FinalGeneralBudgetExpense);
        var rows = t?.Rows ?? [];
        var old = d.Sections.FirstOrDefault(s => s.Number == 5)?.Subsections.FirstOrDefault(s => s.Number == 3)?.Text ?? "";
        var lines = old.Split('\n');
        decimal? BudgetIn(string line) => InitialBudget().Match(line) is { Success: true } m ? decimal.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) : null;
        string Against(decimal final, decimal? budget, string? reason)
        {
            if (budget is not { } b) return $"年初预算为【请填写年初预算数】万元，支出决算为 {final:N2} 万元。";
            var done = b == 0 ? "" : $"，完成年初预算的 {Percent(final, b):0.00}%";
            var why = final == b ? "决算数同预算数持平。"
                : $"决算数{(final > b ? "大于" : "小于")}预算数的主要原因：{(string.IsNullOrWhiteSpace(reason) ? "【请填写主要原因】" : reason.TrimEnd('。'))}。";
            return $"年初预算为 {b:N2} 万元，支出决算为 {final:N2} 万元{done}。{why}";
        }
        string? Reason(string? line) => line is not null && FinalReason().Match(line) is { Success: true } m ? m.Groups[1].Value : null;

        var total = FinalTotal(TableKinds.FinalGeneralBudgetExpense, "total");
        var totalBudget = t?.Totals?.TryGetValue("initial_budget", out var tb) == true ? W(tb, t.Unit) : lines.Length > 0 ? BudgetIn(lines[0]) : null;
        var text = new List<string> { $"一般公共预算财政拨款支出{Against(total, totalBudget, Reason(lines.FirstOrDefault())).TrimEnd('。')}。其中：" };
        string Name(string code) => rows.FirstOrDefault(r => r.Code == code)?.Name ?? "";
        foreach (var (r, i) in rows.Where(r => r.Code is { Length: 7 } && r.Project is null).Select((r, i) => (r, i)))
        {
            var (c, k, x) = (Name(r.Code![..3]), Name(r.Code[..5]), r.Name ?? "");
            // The statement of this 项: by its 款 and 项 names, else by its 项 name where only one statement has it.
            var line = lines.FirstOrDefault(l => l.Contains($"{k}（款）{x}（项）"))
                       ?? (lines.Count(l => l.Contains($"{x}（项）")) == 1 ? lines.First(l => l.Contains($"{x}（项）")) : null);
            // A statement wraps over lines: its reason may sit on the next line.
            var at = line is null ? -1 : Array.IndexOf(lines, line);
            var block = at < 0 ? null : string.Concat(lines.Skip(at).Take(1).Concat(lines.Skip(at + 1).Take(1).Where(l => !ItemNumber().IsMatch(l))));
            var use = block is not null && Regex.Match(block, "主要用于[：:]?([^。]+)") is { Success: true } m ? m.Groups[1].Value : "【请填写主要用途】";
            var budget = r.Values.TryGetValue("initial_budget", out var ib) ? W(ib, t!.Unit) : block is not null ? BudgetIn(block) : null;
            text.Add($"{i + 1}、{c}（类）{k}（款）{x}（项）。主要用于：{use}。{Against(W(r.Values.GetValueOrDefault("total"), t!.Unit), budget, Reason(block))}");
        }
        return string.Join("\n", text);
    }

    private string FinalBasic()
    {
        var t = d.Table(TableKinds.FinalBasicExpense);
        var personnel = FinalTotal(TableKinds.FinalBasicExpense, "personnel");
        var pub = FinalTotal(TableKinds.FinalBasicExpense, "public");
        string Parts(params string[] classes) => string.Join("、", (t?.Rows ?? [])
            .Where(r => r.Code is { Length: 5 } c && classes.Contains(c[..3]) && r.Values.GetValueOrDefault("amount") != 0).Select(r => r.Name)) is { Length: > 0 } list
            ? $"，主要包括：{list}" : "";
        return $"一般公共预算财政拨款基本支出 {personnel + pub:N2} 万元。其中：人员经费 {personnel:N2} 万元{Parts("301", "303")}；" +
               $"公用经费 {pub:N2} 万元{Parts("302", "310")}。";
    }

    private (decimal Budget, decimal Final) ThreePublicItem(string item)
    {
        var t = d.Table(TableKinds.FinalThreePublic);
        var row = (t?.Rows ?? []).FirstOrDefault(r => r.Item == item);
        // A 合计 left blank is the sum of the three items.
        if (item == "total" && (row is null || row.Values.Count == 0))
            return new[] { "abroad", "vehicle", "reception" }.Select(ThreePublicItem).Aggregate((0m, 0m), (a, x) => (a.Item1 + x.Budget, a.Item2 + x.Final));
        return (W(row?.Values.GetValueOrDefault("budget") ?? 0, t?.Unit), W(row?.Values.GetValueOrDefault("final") ?? 0, t?.Unit));
    }

    private static string Done(decimal final, decimal budget) => budget == 0 ? "" : $"，完成预算的 {Percent(final, budget):0.00}%";

    /// <summary>七(一): the “三公” total and each item against the budget the table prints beside it.</summary>
    private string ThreePublicAgainstBudget()
    {
        var (b, f) = ThreePublicItem("total");
        if (b == 0 && f == 0) return $"{_entity} {FinalYear}无“三公”经费财政拨款支出。";
        string Item(string key, string name) { var (ib, i) = ThreePublicItem(key); return $"{name}决算为 {i:N2} 万元{Done(i, ib)}"; }
        var old = d.Sections.FirstOrDefault(s => s.Number == 7)?.Subsections.FirstOrDefault(s => s.Number == 1)?.Text ?? "";
        var why = f == b ? "" : $"{FinalYear}“三公”经费支出决算数{(f > b ? "大于" : "小于")}预算数的主要原因：" +
            $"{(FinalReason().Match(old) is { Success: true } m ? m.Groups[1].Value.TrimEnd('。') : "【请填写主要原因】")}。";
        return $"“三公”经费财政拨款支出年初预算为 {b:N2} 万元，支出决算为 {f:N2} 万元{Done(f, b)}，其中：{Item("abroad", "因公出国（境）费")}；" +
               $"{Item("vehicle", "公务用车购置及运行维护费支出")}；{Item("reception", "公务接待费支出")}。{why}" +
               // Its own line: the sentence before states budgets, which a change must not be read against.
               (AgainstLastYear(7, "total", "“三公”经费财政拨款支出决算", f, restate: true) is { Length: > 0 } change ? "\n" + change : "");
    }

    /// <summary>七(二): each item's share of the total; the details no table holds (团组, 批次, 保有量) kept as written.</summary>
    private string ThreePublicByItem()
    {
        var (_, total) = ThreePublicItem("total");
        string Item(string key, string name) { var (_, v) = ThreePublicItem(key); return $"{name}支出决算 {v:N2} 万元{Share(v, total)}"; }
        var text = $"“三公”经费财政拨款支出决算中，{Item("abroad", "因公出国（境）费")}；{Item("vehicle", "公务用车购置及运行维护费")}；{Item("reception", "公务接待费")}。";
        var old = d.Sections.FirstOrDefault(s => s.Number == 7)?.Subsections.FirstOrDefault(s => s.Number == 2)?.Text ?? "";
        var at = old.IndexOf("具体情况如下", StringComparison.Ordinal);
        if (at < 0) return text;
        // The details stay as written, their amounts as the table gives them.
        var details = old[at..];
        foreach (var (pattern, item) in DetailAmounts)
            details = Regex.Replace(details, pattern, m => $"{m.Groups[1].Value}{ThreePublicAmount(item):N2}{m.Groups[3].Value}");
        return text + details;
    }

    private decimal ThreePublicAmount(string item)
    {
        var t = d.Table(TableKinds.FinalThreePublic);
        return W((t?.Rows ?? []).FirstOrDefault(r => r.Item == item)?.Values.GetValueOrDefault("final") ?? 0, t?.Unit);
    }

    /// <summary>The amounts in 七(二)'s details, by the item whose 决算 they are.</summary>
    private static readonly (string Pattern, string Item)[] DetailAmounts =
    [
        (@"(因公出国（境）费支出\s*)([\d,]+(?:\.\d+)?)(\s*万元)", "abroad"),
        (@"(公务用车购置及运行维护费支出\s*)([\d,]+(?:\.\d+)?)(\s*万元)", "vehicle"),
        (@"(公务用车购置支出为?\s*)([\d,]+(?:\.\d+)?)(\s*万元)", "vehicle_purchase"),
        (@"(公务用车运行维护支出为?\s*)([\d,]+(?:\.\d+)?)(\s*万元)", "vehicle_operation"),
        (@"(公务接待费支出\s*)([\d,]+(?:\.\d+)?)(\s*万元)", "reception"),
    ];

    private string FinalFund(string kind, string name)
    {
        var t = d.Table(kind);
        decimal Sum(string column) => W((t?.Rows ?? []).Where(r => r.Code is { Length: 3 }).Sum(r => r.Values.GetValueOrDefault(column)), t?.Unit);
        var (income, spent) = (t?.Totals?.ContainsKey("income") == true ? FinalTotal(kind, "income") : Sum("income"), t?.Totals?.ContainsKey("total") == true ? FinalTotal(kind, "total") : Sum("total"));
        return t is null || t.IsEmpty || income == 0 && spent == 0
            ? $"{_entity} {FinalYear}无{name}财政拨款收入和支出。"
            : $"{name}财政拨款收入 {income:N2} 万元，支出 {spent:N2} 万元。";
    }

    [GeneratedRegex(@"(?:比|与)\s*\d{4}\s*年度?(?:相比)?[，,]?[^。；\n]{0,30}?(增加|减少)\s*([\d,]+(?:\.\d+)?)\s*万元")]
    private static partial Regex LastYearChange();

    [GeneratedRegex(@"^\s*\d+[、.．]")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"年初预算为\s*([\d,]+(?:\.\d+)?)\s*万元")]
    private static partial Regex InitialBudget();

    [GeneratedRegex(@"决算数[大小]于预算数的主要原因[：:]?([^。]+)")]
    private static partial Regex FinalReason();
}
