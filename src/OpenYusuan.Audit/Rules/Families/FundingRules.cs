using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0315: 支出总表 合计 − 一般公共预算支出表 合计 = the other funds of the 收支总表 (政府性基金,
/// 国有资本经营, 财政专户, 单位资金 or its parts, 上年结转结余).</summary>
public sealed class FundingRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.OtherFunds.Id];

    public void Run(AuditContext context)
    {
        var v = new DocumentView(context.Document);
        var s = v.Table(TableKinds.Summary);
        var expense = v.Table(TableKinds.Expense);
        var general = v.Table(TableKinds.GeneralBudgetExpense);
        if (!v.Comparable(s, expense) || !v.Comparable(s, general)) return;
        if (DocumentView.Total(expense, "total") is not { } e || DocumentView.Total(general, "total") is not { } g) return;
        string[] items = DocumentView.Item(s, "unit_funds") is not null
            ? ["gov_fund", "state_capital", "special_account", "unit_funds", "prior_carryover", "nonfiscal_balance_used", "prior_account_balance"]
            : ["gov_fund", "state_capital", "special_account", "business_income", "superior_subsidy", "subordinate_remit", "operating_income", "other_income",
               "prior_carryover", "nonfiscal_balance_used", "prior_account_balance"];
        // Where transfers from above are printed apart from 一般公共预算拨款 they are part of the 一般公共预算支出表 already.
        // A summary that prints 财政拨款 as one line (Guangzhou's 预算拨款) leaves its funds to the 财政拨款收支总表.
        var fiscal = v.Table(TableKinds.FiscalSummary);
        decimal? Item(string i) => DocumentView.Item(s, i)
            ?? (i is "gov_fund" or "state_capital" && DocumentView.Item(s, "fiscal_appropriation") is not null && v.Comparable(s, fiscal) ? DocumentView.Item(fiscal, i) : null);
        // A fund the summary prints on a line no item names (Xi'an's 上年实户资金余额) would be missing from the sum: the
        // other funds are then not known, and nothing is said. A 其中 line only details the line above it, and a line
        // that repeats 本年收入合计 (一、部门预算) heads the lines below it.
        var current = DocumentView.Item(s, "current_income");
        if ((s!.Income ?? []).Any(r => r.Item is null && r.Values.GetValueOrDefault("amount") is var a && a != 0 && a != current
                                       && !(r.Label ?? "").TrimStart().StartsWith("其中", StringComparison.Ordinal))) return;
        var present = items.Where(i => Item(i) is not null).ToList();
        if (present.Count == 0) return;
        // The 一般公共预算 carryover is spent through the 一般公共预算支出表 where that table's total holds it (表5 合计 =
        // 一般公共预算拨款 + its carryover, Beijing): it is not another fund then.
        var generalCarry = v.FiscalCarryover("general") ?? 0;
        var holdsCarry = generalCarry != 0 && present.Contains("prior_carryover") && DocumentView.Item(s, "general_budget") is { } gb
            && Math.Abs(g - gb - generalCarry) < Math.Abs(g - gb);
        decimal Value(string i) => Item(i)!.Value - (holdsCarry && i == "prior_carryover" ? generalCarry : 0);
        var printed = present.Select(Value).ToList();
        // What the summary carries into next year is income not spent: the other funds less it.
        var yearEnd = DocumentView.YearEndCarryover(s);
        if (yearEnd != 0) printed.Add(-yearEnd);
        context.CheckEqual(RuleCatalog.OtherFunds, e - g, printed.Sum(), printed.Count + 2, printed.Append(e).Append(g),
            AuditContext.At(expense!) with { Row = "#total", Column = "total" },
            new Dictionary<string, string>
            {
                ["left"] = $"{AuditContext.Name(expense!)}合计 {Amounts.Show(e)}", ["right"] = $"{AuditContext.Name(general!)}合计 {Amounts.Show(g)}",
                ["parts"] = string.Join("、", present.Select(i => holdsCarry && i == "prior_carryover" ? "上年结转结余（不含一般公共预算拨款结转）" : ColumnNames.Of(i)))
                            + (yearEnd != 0 ? "，减年终结转结余" : ""),
            });
    }
}
