using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The 决算's own identities. YS0209: the lines of the 收入支出决算总表 and the 财政拨款收入支出决算总表 (本年收入 =
/// its sources; 收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出 + 结余分配 + 年末结转和结余;
/// 收入总计 = 支出总计). YS0316: the nine tables against each other (收入/支出决算表 against the 总表, the 一般公共预算
/// table against the 财政拨款总表, 基本支出 against 人员经费 + 公用经费, each 类 in every table that prints it).
/// Sums and hierarchies inside a table and 合计 = 基本 + 项目 within a row are the budget families' (YS0201–YS0203),
/// which read a 决算 table as the budget table it is shaped like.</summary>
public sealed class FinalAccountsRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.FinalSummaryLines.Id, RuleCatalog.FinalAcrossTables.Id];

    private static readonly string[] Sources =
        ["general_budget", "gov_fund", "state_capital", "superior_subsidy", "business_income", "operating_income", "subordinate_remit", "other_income"];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var v = new DocumentView(d);
        DisclosureTable? T(string kind) => v.Table(kind) is { } t && DocumentView.Reliable(d, t) ? t : null;
        var summary = T(TableKinds.FinalSummary);
        var fiscal = T(TableKinds.FinalFiscalSummary);
        if (summary is not null) Lines(context, summary, "amount", ["nonfiscal_balance_used", "prior_carryover"]);
        if (fiscal is not null) Lines(context, fiscal, "total", ["fiscal_carryover", "prior_carryover"]);
        Across(context, summary, fiscal, T(TableKinds.FinalIncome), T(TableKinds.FinalExpense), T(TableKinds.FinalGeneralBudgetExpense),
            T(TableKinds.FinalBasicExpense));
    }

    private static decimal? Income(DisclosureTable t, string item) => DocumentView.Printed(t.Income, item);

    private static decimal? Expense(DisclosureTable t, string item, string column) => DocumentView.Printed(t.Expense, item, column);

    private static void Lines(AuditContext context, DisclosureTable t, string column, string[] openingLines)
    {
        var name = AuditContext.Name(t);
        void Check(string side, string label, decimal expected, IReadOnlyList<(string Label, decimal Value)> parts, Location? at)
        {
            if (parts.Count == 0) return;
            context.CheckEqual(RuleCatalog.FinalSummaryLines, expected, parts.Sum(p => p.Value), parts.Count, parts.Select(p => p.Value),
                AuditContext.Where(new FindingLocation { Table = t.Kind, Number = t.Number, Side = side, Row = label }, at ?? t.Loc),
                new Dictionary<string, string>
                {
                    ["table"] = name, ["label"] = label, ["parts"] = string.Join("、", parts.Select(p => p.Label)),
                    ["operands"] = Amounts.Sum(parts.Select(p => p.Value)),
                });
        }
        List<(string, decimal)> Printed(IEnumerable<string> items, Func<string, decimal?> value, Func<string, string> label) =>
            items.Select(i => (Label: label(i), Value: value(i))).Where(x => x.Value is not null).Select(x => (x.Label, x.Value!.Value)).ToList();
        string IncomeLabel(string item) => t.Income?.FirstOrDefault(r => r.Item == item)?.Label ?? ColumnNames.Of(item);
        string ExpenseLabel(string item) => t.Expense?.FirstOrDefault(r => r.Item == item)?.Label ?? ColumnNames.Of(item);

        var current = Income(t, "current_income");
        if (current is { } ci)
            Check("income", IncomeLabel("current_income"), ci, Printed(Sources, i => Income(t, i), IncomeLabel),
                t.Income!.First(r => r.Item == "current_income").Loc);
        // 年初（财政拨款）结转和结余 = its 一般公共预算 / 政府性基金 / 国有资本经营 parts, where they are printed.
        foreach (var opening in openingLines.Where(o => Income(t, o) is not null))
            Check("income", IncomeLabel(opening), Income(t, opening)!.Value,
                Printed(["fiscal_carryover_general", "fiscal_carryover_gov_fund", "fiscal_carryover_state_capital"], i => Income(t, i), IncomeLabel),
                t.Income!.First(r => r.Item == opening).Loc);
        if (t.IncomeTotal is { } it && current is { } c2)
            Check("income", "收入总计", it, [(IncomeLabel("current_income"), c2), .. Printed(openingLines, i => Income(t, i), IncomeLabel)], null);
        var spent = Expense(t, "current_expense", column);
        var expenseTotal = t.ExpenseTotals?.GetValueOrDefault(column);
        if (expenseTotal is { } et && spent is { } sp)
            Check("expense", "支出总计", et, [(ExpenseLabel("current_expense"), sp),
                .. Printed(["balance_distribution", "year_end_carryover"], i => Expense(t, i, column), ExpenseLabel)], null);
        if (t.IncomeTotal is { } i2 && expenseTotal is { } e2)
            Check("expense", "收入总计与支出总计", i2, [("支出总计", e2)], null);
    }

    private static void Across(AuditContext context, DisclosureTable? summary, DisclosureTable? fiscal, DisclosureTable? income,
        DisclosureTable? expense, DisclosureTable? general, DisclosureTable? basic)
    {
        void Same(DisclosureTable left, string leftWhat, decimal? l, DisclosureTable right, string rightWhat, decimal? r, string? row = null)
        {
            if (l is null || r is null || left.Unit != right.Unit) return;
            // Each table rounds its own 元 figures to 万元 (a 类 as the rounded sum of its 项): one cent apart is rounding.
            context.CheckEqual(RuleCatalog.FinalAcrossTables, l.Value, r.Value, 2, [r.Value],
                AuditContext.At(left) with { Row = row ?? "#total" },
                new Dictionary<string, string> { ["left"] = AuditContext.Name(left) + leftWhat, ["right"] = AuditContext.Name(right) + rightWhat },
                [AuditContext.At(right) with { Row = row ?? "#total" }]);
        }
        if (summary is not null)
        {
            if (income is not null) Same(income, "合计", DocumentView.Total(income, "total"), summary, "本年收入合计", Income(summary, "current_income"));
            if (expense is not null) Same(expense, "合计", DocumentView.Total(expense, "total"), summary, "本年支出合计", Expense(summary, "current_expense", "amount"));
            // Each 类 of the 总表's expense side is that 类 of the 支出决算表.
            if (expense is not null)
                foreach (var row in (summary.Expense ?? []).Where(r => r.Code is { Length: 3 } && r.Values.Count > 0))
                    Same(summary, $" {row.Code} {row.Name}", row.Values.GetValueOrDefault("amount"), expense, $" {row.Code}",
                        DocumentView.ByCode(expense, row.Code!, "total") ?? 0, row.Code);
        }
        if (fiscal is not null)
        {
            if (summary is not null)
                Same(fiscal, "本年收入合计", Income(fiscal, "current_income"), summary, "财政拨款收入（一般公共预算、政府性基金、国有资本经营）",
                    (Income(summary, "general_budget") ?? 0) + (Income(summary, "gov_fund") ?? 0) + (Income(summary, "state_capital") ?? 0));
            if (general is not null)
            {
                Same(general, "合计", DocumentView.Total(general, "total"), fiscal, "一般公共预算财政拨款支出", Expense(fiscal, "current_expense", "general_budget"));
                foreach (var row in (fiscal.Expense ?? []).Where(r => r.Code is { Length: 3 } && r.Values.GetValueOrDefault("general_budget") != 0))
                    Same(fiscal, $" {row.Code} {row.Name} 一般公共预算", row.Values.GetValueOrDefault("general_budget"), general, $" {row.Code}",
                        DocumentView.ByCode(general, row.Code!, "total") ?? 0, row.Code);
            }
        }
        if (basic is not null && general is not null && basic.Totals is { } bt && bt.ContainsKey("personnel") && bt.ContainsKey("public"))
            Same(basic, "人员经费 + 公用经费", bt["personnel"] + bt["public"], general, "基本支出合计", DocumentView.Total(general, "basic"));
    }
}
