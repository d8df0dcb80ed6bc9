using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The expense tables against each other: 一般公共预算支出表 within the 支出总表 (YS0306), its
/// 基本支出 = the 基本支出表 (YS0307), its 项目支出 = the 项目支出表 per 项 (YS0308), “三公” against
/// 30217/30231 (YS0309), the 结转 table against the 收支总表 (YS0310), the fund tables against their income
/// (YS0311), economic items against their functional codes (YS0312), and income/expense rows (YS0314).</summary>
public sealed class ExpenseBreakdownRules : IRuleFamily
{
    public IEnumerable<string> Rules =>
    [
        RuleCatalog.GeneralBudgetWithinExpense.Id, RuleCatalog.BasicVsGeneralBudget.Id, RuleCatalog.ProjectVsGeneralBudget.Id,
        RuleCatalog.ThreePublicVsBasic.Id, RuleCatalog.CarryoverVsSummary.Id, RuleCatalog.FundTableVsIncome.Id,
        RuleCatalog.EconomicVsFunctional.Id, RuleCatalog.IncomeExpenseRows.Id,
    ];

    public void Run(AuditContext context)
    {
        var v = new DocumentView(context.Document);
        var s = v.Table(TableKinds.Summary);
        var income = v.Table(TableKinds.Income);
        var expense = v.Table(TableKinds.Expense);
        var fiscal = v.Table(TableKinds.FiscalSummary);
        var general = v.Table(TableKinds.GeneralBudgetExpense);
        var basic = v.Table(TableKinds.BasicExpense);
        var project = v.Table(TableKinds.ProjectExpense);
        var three = v.Table(TableKinds.ThreePublic);
        var carry = v.Table(TableKinds.Carryover);
        string N(DisclosureTable t) => AuditContext.Name(t);

        if (v.Comparable(general, expense) && !general!.IsEmpty && !expense!.IsEmpty && DocumentView.HasCodes(expense))
        {
            var otherFunds = s is null || new[] { "gov_fund", "state_capital", "special_account", "unit_funds", "business_income",
                "operating_income", "other_income", "prior_carryover" }.Any(i => DocumentView.Item(s, i) is > 0);
            // Each code once: a table may print a code in several rows, one per economic class (Beijing).
            foreach (var row in (general.Rows ?? []).Where(r => r.Code is not null && r.Project is null).DistinctBy(r => r.Code))
            {
                var code = row.Code!;
                foreach (var column in new[] { "total", "basic", "project" })
                {
                    var g = DocumentView.ByCode(general, code, column) ?? 0;
                    var e = DocumentView.ByCode(expense, code, column) ?? 0;
                    var outcome = Amounts.Compare(g, e, 1, [e]);
                    if (outcome == Amounts.Outcome.Equal || (otherFunds && g <= e)) continue;
                    var args = new Dictionary<string, string>
                    {
                        ["row"] = code, ["name"] = row.Name ?? "", ["column"] = ColumnNames.Of(column), ["left"] = N(general),
                        ["right"] = N(expense), ["expected"] = Amounts.Show(g), ["actual"] = Amounts.Show(e),
                        ["relation"] = g > e ? $"前者超出 {Amounts.Show(g - e)}" : $"单位没有其他资金，两者应相等，相差 {Amounts.Show(e - g)}",
                    };
                    context.Report(RuleCatalog.GeneralBudgetWithinExpense, AuditContext.At(general, row, column), args,
                        Amounts.Show(e), Amounts.Show(g), [AuditContext.At(expense, DocumentView.Row(expense, code), column)],
                        outcome == Amounts.Outcome.Rounding);
                }
            }
        }

        if (v.Comparable(basic, general) && DocumentView.Total(general, "basic") is { } gb && (DocumentView.Total(basic, "total") is { } bt || basic!.Rows!.Count > 0))
            SummaryAgreementRules.Equal(context, RuleCatalog.BasicVsGeneralBudget, gb, DocumentView.Total(basic, "total") ?? 0,
                AuditContext.At(basic!) with { Row = "#total", Column = "total" }, $"{N(general!)}基本支出合计", $"{N(basic!)}合计");

        if (v.Comparable(project, general) && DocumentView.Total(general, "project") is { } gp)
        {
            // A 项目支出表 of every source (Yantai: 财政拨款/一般公共预算/单位资金 columns) is compared in its
            // 一般公共预算 column; one of a single amount column in that.
            var projectColumn = project!.Columns.Contains("general_budget") ? "general_budget" : "total";
            SummaryAgreementRules.Equal(context, RuleCatalog.ProjectVsGeneralBudget, gp, DocumentView.Total(project, projectColumn) ?? 0,
                AuditContext.At(project!) with { Row = "#total", Column = projectColumn }, $"{N(general!)}项目支出合计", $"{N(project!)}合计");
            // A project table listed by unit without 功能分类 codes has nothing to compare by code.
            var codes = !DocumentView.HasCodes(project) ? [] : (project.Rows ?? []).Where(r => r.Code is { Length: 7 }).Select(r => r.Code!)
                .Concat((general!.Rows ?? []).Where(r => r.Code is { Length: 7 } && r.Values.GetValueOrDefault("project") != 0).Select(r => r.Code!)).Distinct();
            foreach (var code in codes)
            {
                var rows = project.Rows!.Where(r => r.Code == code).ToList();
                var projects = rows.Where(r => r.Project is not null).ToList();
                var p = (projects.Count > 0 ? projects : rows).Sum(r => r.Values.GetValueOrDefault(projectColumn));
                var g = DocumentView.ByCode(general, code, "project") ?? 0;
                SummaryAgreementRules.Equal(context, RuleCatalog.ProjectVsGeneralBudget, g, p,
                    AuditContext.At(project, rows.FirstOrDefault(), "total") with { Row = code, Project = null },
                    $"“{DocumentView.Row(general, code)?.Name ?? rows.FirstOrDefault()?.Name}”{N(general!)}项目支出", $"{N(project)}各项目之和", row: code + " ");
            }
        }

        if (v.Comparable(three, basic) && basic!.Rows is { Count: > 0 })
            foreach (var (item, code) in new[] { ("reception", "30217"), ("vehicle_operation", "30231"), ("abroad", "30212") })
            {
                var t = (three!.Rows ?? []).FirstOrDefault(r => r.Item == item);
                var tv = t?.Values.GetValueOrDefault("total") ?? 0;
                var bv = DocumentView.ByCode(basic, code, "total") ?? 0;
                // The 三公 table covers 基本 and 项目支出 (a 因公出国 paid from a project, 公车统管 projects): only a basic part
                // larger than the whole contradicts it.
                if (tv >= bv) continue;
                SummaryAgreementRules.Equal(context, RuleCatalog.ThreePublicVsBasic, tv, bv,
                    t is null ? AuditContext.At(three) with { Row = item } : AuditContext.At(three, t, "total"),
                    $"{N(three)}{ColumnNames.Of(item)}", $"{N(basic)} {code} {DocumentView.Row(basic, code)?.Name ?? ""}");
            }

        if (v.Comparable(carry, s))
            foreach (var (column, printedItem) in new[] { ("total", "prior_carryover"), ("fiscal_total", "fiscal_carryover"), ("nonfiscal_total", "nonfiscal_carryover") })
            {
                // A column the table does not print is not compared; a table of 财政拨款 carryover alone (Xi'an's
                // 财政拨款结转资金支出表) is that part of the summary's 上年结转.
                if (!carry!.Columns.Contains(column)) continue;
                var item = column == "total" && !carry.Columns.Contains("fiscal_total") && carry.Title?.Contains("财政拨款") == true
                           && DocumentView.Item(s, "fiscal_carryover") is not null ? "fiscal_carryover" : printedItem;
                var sv = DocumentView.Item(s, item) ?? 0;
                var cv = DocumentView.TotalOrSum(carry, column) ?? 0;
                if (sv == 0 && cv == 0) continue;
                SummaryAgreementRules.Equal(context, RuleCatalog.CarryoverVsSummary, sv, cv,
                    AuditContext.At(carry!) with { Row = "#total", Column = column },
                    $"{N(s!)}{ColumnNames.Of(item)}", $"{N(carry!)}{ColumnNames.Of(column)}");
            }

        foreach (var (kind, item) in new[] { (TableKinds.GovFundExpense, "gov_fund"), (TableKinds.StateCapitalExpense, "state_capital") })
        {
            var table = v.Table(kind);
            // A fund's carryover is spent through its table too (Beijing: 政府性基金 only as 上年结转, 表7 lists it).
            var incomeFigure = (DocumentView.Item(s, item) ?? DocumentView.Item(fiscal, item) ?? 0) + (v.FiscalCarryover(item) ?? 0);
            // A table printed with zeros only says no more than an empty one.
            if (table is null || (incomeFigure == 0) == (table.IsEmpty || DocumentView.AllZero(table))) continue;
            context.Report(RuleCatalog.FundTableVsIncome, AuditContext.At(table), new Dictionary<string, string>
            {
                ["table"] = N(table),
                ["state"] = table.IsEmpty ? "为空表" : $"列有支出 {Amounts.Show(DocumentView.Total(table, "total") ?? 0)}",
                ["other"] = table.IsEmpty ? $"收支总表有{ColumnNames.Of(item)}拨款（含上年结转） {Amounts.Show(incomeFigure)}" : $"收支总表没有{ColumnNames.Of(item)}拨款（含上年结转）",
            }, Amounts.Show(incomeFigure), table.IsEmpty ? "空表" : Amounts.Show(DocumentView.Total(table, "total")));
        }

        if (v.Comparable(basic, general) && basic!.Rows is { Count: > 0 } && general!.Rows is { Count: > 0 })
            EconomicVsFunctional(context, basic, general);

        if (v.Comparable(income, expense) && !income!.IsEmpty && !expense!.IsEmpty && DocumentView.HasCodes(income) && DocumentView.HasCodes(expense))
            foreach (var code in (income.Rows ?? []).Concat(expense.Rows ?? []).Where(r => r.Code is not null).Select(r => r.Code!).Distinct())
            {
                var i = DocumentView.ByCode(income, code, "total");
                var e = DocumentView.ByCode(expense, code, "total");
                if ((i ?? 0) == (e ?? 0)) continue;
                SummaryAgreementRules.Equal(context, RuleCatalog.IncomeExpenseRows, i ?? 0, e ?? 0,
                    AuditContext.At(expense, DocumentView.Row(expense, code), "total") with { Row = code },
                    $"{N(income)}总计", $"{N(expense)}合计", row: code, rowName: DocumentView.Row(income, code)?.Name ?? DocumentView.Row(expense, code)?.Name);
            }
    }

    // Personnel items of the 基本支出表 and the functional codes they are classified under.
    private static readonly (string[] Economic, string Functional)[] Counterparts =
    [
        (["30108"], "2080505"), (["30109"], "2080506"), (["30110", "30111"], "21011"), (["30113"], "2210201"),
    ];

    /// <summary>One finding for all pairs that disagree (one root cause: misclassified functional codes),
    /// placed at the largest difference.</summary>
    private static void EconomicVsFunctional(AuditContext context, DisclosureTable basic, DisclosureTable general)
    {
        var differing = new List<(TableRow? Row, string Text, decimal Diff, bool Rounding)>();
        foreach (var (economic, functional) in Counterparts)
        {
            // A code printed once per 政府经济分类 (50102, 50501 …) counts with all its rows.
            var rows = economic.SelectMany(c => DocumentView.Rows(basic, c)).ToList();
            var e = rows.Sum(r => r.Values.GetValueOrDefault("total"));
            // 基本支出 as printed, or as 人员经费 + 公用经费 where the table splits it (Xi'an), else the row's total.
            var f = general.Columns.Contains("basic") ? DocumentView.ByCode(general, functional, "basic")
                : !general.Columns.Contains("personnel") ? DocumentView.ByCode(general, functional, "total")
                : DocumentView.ByCode(general, functional, "personnel") + (DocumentView.ByCode(general, functional, "public") ?? 0);
            if (rows.Count == 0 && f is null or 0) continue;
            var outcome = Amounts.Compare(f ?? 0, e, rows.Count, rows.Select(r => r.Values.GetValueOrDefault("total")));
            if (outcome == Amounts.Outcome.Equal) continue;
            var econText = string.Join(" + ", rows.Select(r => $"{r.Code} {r.Name} {Amounts.Show(r.Values.GetValueOrDefault("total"))}"));
            var funcName = DocumentView.Row(general, functional)?.Name;
            differing.Add((rows.OrderByDescending(r => r.Values.GetValueOrDefault("total")).FirstOrDefault(),
                $"基本支出表 {(econText.Length > 0 ? econText : string.Join("+", economic) + " 0")}，一般公共预算支出表 {functional}{(funcName is not null ? " " + funcName : f is null ? "（无此科目）" : "（各下级科目之和）")} {Amounts.Show(f ?? 0)}",
                Math.Abs((f ?? 0) - e), outcome == Amounts.Outcome.Rounding));
        }
        foreach (var group in differing.GroupBy(d => d.Rounding))
        {
            var main = group.OrderByDescending(d => d.Diff).First();
            var location = main.Row is null ? AuditContext.At(basic) : AuditContext.At(basic, main.Row, "total");
            context.Report(RuleCatalog.EconomicVsFunctional, location,
                new Dictionary<string, string> { ["pairs"] = string.Join("；", group.Select(d => d.Text)) },
                related: group.Where(d => d != main && d.Row is not null).Select(d => AuditContext.At(basic, d.Row, "total")).ToList(),
                rounding: group.Key);
        }
    }
}
