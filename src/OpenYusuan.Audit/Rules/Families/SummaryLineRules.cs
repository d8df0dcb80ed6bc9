using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0204: the income lines of the 收支总表 and 财政拨款收支总表 add up (本年收入 = its sources,
/// "其中" lines = their heading, 上年结转结余 = its parts, 收入总计 = 本年收入 + 上年结转结余);
/// YS0205: 收入总计 = 支出总计.</summary>
public sealed class SummaryLineRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.SummaryIncomeLines.Id, RuleCatalog.SummaryBalance.Id];

    // Each parent line and the lines that make it up; a part list is chosen from what the table prints.
    private static readonly (string Parent, Func<Func<string, bool>, string[]> Parts)[] Lines =
    [
        ("current_income", CurrentIncome),
        ("fiscal_appropriation", _ => ["general_budget", "gov_fund", "state_capital"]),
        ("general_budget", _ => ["general_budget_own", "general_budget_transfer"]),
        ("gov_fund", _ => ["gov_fund_own", "gov_fund_transfer"]),
        ("state_capital", _ => ["state_capital_own", "state_capital_transfer"]),
        ("unit_funds", _ => ["business_income", "superior_subsidy", "subordinate_remit", "operating_income", "other_income"]),
        ("prior_carryover", printed => printed("fiscal_carryover") || printed("nonfiscal_carryover") ? ["fiscal_carryover", "nonfiscal_carryover"]
            : ["fiscal_carryover_general", "fiscal_carryover_gov_fund", "fiscal_carryover_state_capital", "nonfiscal_carryover_special_account", "nonfiscal_carryover_unit_funds"]),
        ("fiscal_carryover", _ => ["fiscal_carryover_general", "fiscal_carryover_gov_fund", "fiscal_carryover_state_capital"]),
        ("nonfiscal_carryover", _ => ["nonfiscal_carryover_special_account", "nonfiscal_carryover_unit_funds"]),
        // 使用非财政拨款结余 (用事业基金弥补收支差额) and Xi'an's 上年实户资金余额 are lines of 收入总计 of their own.
        ("#total", printed => [
            .. printed("current_income") ? ["current_income"] : CurrentIncome(printed),
            .. printed("prior_carryover") ? ["prior_carryover"] : new[] { "fiscal_carryover", "nonfiscal_carryover" },
            "nonfiscal_balance_used", "prior_account_balance"]),
    ];

    /// <summary>The sources of 本年收入 (and of 收入总计 where no 本年收入 line is printed, as in the 2022 template).</summary>
    private static string[] CurrentIncome(Func<string, bool> printed) =>
    [
        .. printed("fiscal_appropriation") ? ["fiscal_appropriation"] : new[] { "general_budget", "gov_fund", "state_capital" },
        "special_account",
        .. printed("unit_funds") ? ["unit_funds"] : new[] { "business_income", "superior_subsidy", "subordinate_remit", "operating_income", "other_income" },
    ];

    /// <summary>Sources of 本年收入 printed after the 本年收入合计 line that already has sources above it, when 本年收入 adds
    /// up without them and not with them: the print order and the arithmetic both say they belong to 收入总计.</summary>
    private static List<string> LateSources(IReadOnlyList<TableRow> income, Func<string, bool> printed, Func<string, decimal> value)
    {
        var at = income.ToList().FindIndex(r => r.Item == "current_income");
        if (at < 0 || !printed("current_income")) return [];
        var sources = CurrentIncome(printed).Where(printed).ToList();
        var index = (string item) => income.ToList().FindIndex(r => r.Item == item);
        var early = sources.Where(x => index(x) < at).ToList();
        var late = sources.Where(x => index(x) > at).ToList();
        if (early.Count == 0 || late.Count == 0) return [];
        var total = value("current_income");
        bool AddsUp(List<string> parts) => Amounts.Compare(total, parts.Sum(value), parts.Count, parts.Select(value)) != Amounts.Outcome.Different;
        return AddsUp(early) && !AddsUp(sources) ? late : [];
    }

    public void Run(AuditContext context)
    {
        foreach (var table in new DocumentView(context.Document).ReliableTables.Where(t => t.IsTwoSided && !TableKinds.IsFinal(t.Kind)))
        {
            var income = table.Income ?? [];
            // A line printed without a figure over its parts (Xi'an's "1、财政拨款" blank above (1)(2)(3)) states no
            // amount: it is not held to its parts, and its parts stand for it in the line above.
            bool Printed(string item) => item == "#total" ? table.IncomeTotal is not null : income.Any(r => r.Item == item && r.Values.Count > 0);
            decimal Value(string item) => item == "#total" ? table.IncomeTotal ?? 0 : income.FirstOrDefault(r => r.Item == item)?.Values.GetValueOrDefault("amount") ?? 0;
            var late = LateSources(income, Printed, Value);
            foreach (var (parent, partsOf) in Lines)
            {
                if (!Printed(parent)) continue;
                var parts = partsOf(Printed).Where(Printed).ToList();
                // Sources printed below 本年收入合计 (Yantai: 上级补助收入, 附属单位上缴收入) are lines of 收入总计 instead.
                if (parent == "current_income") parts.RemoveAll(late.Contains);
                if (parent == "#total") parts.AddRange(late);
                if (parts.Count == 0) continue;
                var printed = parts.Select(Value).ToList();
                var row = income.FirstOrDefault(r => r.Item == parent);
                context.CheckEqual(RuleCatalog.SummaryIncomeLines, Value(parent), printed.Sum(), parts.Count, printed,
                    AuditContext.Where(new() { Table = table.Kind, Number = table.Number, Side = "income", Item = parent, Row = parent }, row?.Loc ?? table.Loc),
                    new Dictionary<string, string>
                    {
                        ["table"] = AuditContext.Name(table), ["label"] = row?.Label ?? "收入总计",
                        ["parts"] = string.Join("、", parts.Select(p => income.FirstOrDefault(r => r.Item == p)?.Label ?? ColumnNames.Of(p))),
                        ["operands"] = Amounts.Sum(printed),
                    });
            }
            var expenseTotal = table.ExpenseTotals?.GetValueOrDefault(table.Kind == TableKinds.Summary ? "amount" : "total");
            if (table.IncomeTotal is { } it && expenseTotal is { } et)
                context.CheckEqual(RuleCatalog.SummaryBalance, it, et, 1, [it, et],
                    AuditContext.Where(new() { Table = table.Kind, Number = table.Number, Row = "#total", Side = "expense" }, table.Loc),
                    new Dictionary<string, string> { ["table"] = AuditContext.Name(table) });
        }
    }
}
