using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Tables;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The 收支总表 against the tables that break it down: grand totals (YS0301), each 类 (YS0302),
/// each income line against the income table's column totals (YS0303), the fiscal lines against the
/// 财政拨款收支总表 (YS0304) and that table against the income table (YS0313) and the 一般公共预算支出表 (YS0305).</summary>
public sealed class SummaryAgreementRules : IRuleFamily
{
    public IEnumerable<string> Rules =>
    [
        RuleCatalog.GrandTotals.Id, RuleCatalog.ClassAcrossTables.Id, RuleCatalog.IncomeLinesVsIncomeTable.Id,
        RuleCatalog.FiscalSummaryVsSummary.Id, RuleCatalog.FiscalSummaryVsGeneralBudget.Id, RuleCatalog.FiscalSummaryVsIncome.Id,
    ];

    public void Run(AuditContext context)
    {
        var v = new DocumentView(context.Document);
        var s = v.Table(TableKinds.Summary);
        var income = v.Table(TableKinds.Income);
        var expense = v.Table(TableKinds.Expense);
        var fiscal = v.Table(TableKinds.FiscalSummary);
        var general = v.Table(TableKinds.GeneralBudgetExpense);
        var name = (DisclosureTable t) => AuditContext.Name(t);

        if (s?.IncomeTotal is { } total)
            foreach (var t in new[] { income, expense })
                if (v.Comparable(s, t) && DocumentView.Total(t, "total") is { } other)
                {
                    // What is carried into next year is not spent: the 支出总表 holds 收入总计 less 年终结转结余.
                    var yearEnd = t == expense ? DocumentView.YearEndCarryover(s) : 0;
                    Equal(context, RuleCatalog.GrandTotals, total - yearEnd, other, AuditContext.At(t!) with { Row = "#total", Column = "total" },
                        $"{name(s)}收入总计{(yearEnd != 0 ? "减年终结转结余" : "")}", $"{name(t!)}合计");
                }

        if (s is not null)
            foreach (var row in s.Expense ?? [])
            {
                if (row.Code is not { Length: 3 } code) continue;
                var amount = row.Values.GetValueOrDefault("amount");
                foreach (var t in new[] { income, expense })
                {
                    // A table listed by unit or project, not by 类 (Guangzhou's 收入总体情况表), has nothing to agree by code.
                    if (!v.Comparable(s, t) || t!.IsEmpty || !DocumentView.HasCodes(t)) continue;
                    var other = DocumentView.ByCode(t, code, "total");
                    if (other is null && amount == 0) continue;
                    Equal(context, RuleCatalog.ClassAcrossTables, amount, other ?? 0,
                        AuditContext.At(t, DocumentView.Row(t, code), "total") with { Row = code },
                        $"{name(s)}", $"{name(t)}", row: code, rowName: row.Name);
                }
            }

        if (v.Comparable(s, income) && income!.Totals is { Count: > 0 } incomeTotals)
            foreach (var (column, expected) in IncomeLineMap.Expected(income.Columns, item => DocumentView.Item(s, item), null))
            {
                if (expected is not { } e || column == "total") continue;
                Equal(context, RuleCatalog.IncomeLinesVsIncomeTable, e, incomeTotals.GetValueOrDefault(column),
                    AuditContext.At(income) with { Row = "#total", Column = column }, name(s!), name(income),
                    label: ColumnNames.Of(column), column: ColumnNames.Of(column));
            }

        if (v.Comparable(s, fiscal))
        {
            var fundItems = new[] { "general_budget", "gov_fund", "state_capital" };
            // Xinjiang's 财政拨款收支总表 is current-year only; national and Shanghai ones add 上年结转.
            var carry = DocumentView.Item(fiscal, "fiscal_carryover") is not null || DocumentView.Item(fiscal, "prior_carryover") is not null
                ? v.FiscalCarryover() ?? 0 : 0;
            // A summary that prints only 财政拨款（预算拨款） without its three funds gives that line.
            var sFiscal = (fundItems.Any(i => DocumentView.Item(s, i) is not null)
                ? fundItems.Sum(i => DocumentView.Item(s, i) ?? 0)
                : DocumentView.Item(s, "fiscal_appropriation") ?? 0) + carry;
            if (fiscal!.IncomeTotal is { } ft)
                Equal(context, RuleCatalog.FiscalSummaryVsSummary, sFiscal, ft, AuditContext.At(fiscal) with { Side = "income", Item = "#total", Row = "#total" },
                    $"{name(s!)}财政拨款（一般公共预算+政府性基金+国有资本经营{(carry != 0 ? "+财政拨款结转" : "")}）", $"{name(fiscal)}收入总计");
            // A summary printing no carryover line holds each fund's carryover in its line (Chongqing).
            var summaryCarries = (s!.Income ?? []).Any(r => r.Item is { } i && (i == "prior_carryover" || i.StartsWith("fiscal_carryover")));
            foreach (var item in fundItems)
                if (DocumentView.Item(fiscal, item) is { } fv && DocumentView.Item(s, item) is { } sv)
                {
                    var fundCarry = summaryCarries ? null : DocumentView.Item(fiscal, "fiscal_carryover_" + (item == "general_budget" ? "general" : item));
                    Equal(context, RuleCatalog.FiscalSummaryVsSummary, sv, fv + (fundCarry ?? 0), AuditContext.At(fiscal) with { Side = "income", Item = item, Row = item },
                        $"{name(s!)}{ColumnNames.Of(item)}拨款", $"{name(fiscal)}{ColumnNames.Of(item)}{(fundCarry is not null ? "（含上年结转）" : "")}",
                        count: fundCarry is not null ? 2 : 1);
                }
        }

        // A 财政拨款收支总表 printed without a single figure is one error (its totals against the 收支总表, YS0304, and
        // YS0104), not one more per 类 of every other table.
        if (v.Comparable(fiscal, income) && !income!.IsEmpty && !fiscal!.IsEmpty && DocumentView.HasCodes(income))
        {
            var fiscalColumns = income.Columns.Contains("fiscal_subtotal") ? ["fiscal_subtotal"]
                : income.Columns.Where(c => c.StartsWith("general_budget") || c.StartsWith("gov_fund") || c.StartsWith("state_capital")).ToArray();
            foreach (var row in fiscal!.Expense ?? [])
            {
                if (row.Code is not { Length: 3 } code) continue;
                var f = row.Values.GetValueOrDefault("total");
                var i = fiscalColumns.Sum(c => DocumentView.ByCode(income, code, c) ?? 0);
                if (f == 0 && i == 0) continue;
                Equal(context, RuleCatalog.FiscalSummaryVsIncome, f, i, AuditContext.At(fiscal, row, "total") with { Side = "expense" },
                    $"{name(fiscal)}合计", $"{name(income)}财政拨款", row: code, rowName: row.Name);
            }
        }

        // A 财政拨款收支总表 printing one expense column holds 一般公共预算 in it when it has no other fund, this year's or
        // carried over.
        var generalColumn = fiscal?.Columns?.Contains("general_budget") == true ? "general_budget"
            : fiscal is not null && new[] { "gov_fund", "state_capital", "fiscal_carryover_gov_fund", "fiscal_carryover_state_capital" }
                .All(i => (DocumentView.Item(fiscal, i) ?? 0) == 0) ? "total" : null;
        if (v.Comparable(fiscal, general) && !general!.IsEmpty && !fiscal!.IsEmpty && generalColumn is not null)
        {
            foreach (var row in fiscal!.Expense ?? [])
            {
                if (row.Code is not { Length: 3 } code) continue;
                var f = row.Values.GetValueOrDefault(generalColumn);
                var g = DocumentView.ByCode(general, code, "total");
                if (f == 0 && g is null) continue;
                Equal(context, RuleCatalog.FiscalSummaryVsGeneralBudget, f, g ?? 0,
                    AuditContext.At(general, DocumentView.Row(general, code), "total") with { Row = code },
                    $"{name(fiscal)}一般公共预算", name(general), row: code, rowName: row.Name);
            }
            if (DocumentView.Total(fiscal, generalColumn) is { } fg && DocumentView.Total(general, "total") is { } gt)
                Equal(context, RuleCatalog.FiscalSummaryVsGeneralBudget, fg, gt, AuditContext.At(general) with { Row = "#total", Column = "total" },
                    $"{name(fiscal)}一般公共预算合计", $"{name(general)}合计", row: "合计", rowName: "");
        }
    }

    internal static void Equal(AuditContext context, Engine.RuleDescriptor rule, decimal expected, decimal actual,
        Model.Findings.FindingLocation location, string left, string right, string? row = null, string? rowName = null,
        string? label = null, string? column = null, int count = 1) =>
        context.CheckEqual(rule, expected, actual, count, [expected, actual], location, new Dictionary<string, string>
        {
            ["left"] = left, ["right"] = right, ["row"] = row ?? "", ["name"] = rowName ?? "", ["label"] = label ?? "",
            ["column"] = column ?? "",
        });
}
