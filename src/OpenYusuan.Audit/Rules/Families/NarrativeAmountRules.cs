using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0401: every amount the explanation states for a table item equals the table; YS0402: 机关运行经费
/// = 基本支出表 公用经费 (a warning: 非参公事业单位 may make it smaller).</summary>
public sealed partial class NarrativeAmountRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.NarrativeAmount.Id, RuleCatalog.OperatingCosts.Id, RuleCatalog.UnitConfusion.Id, RuleCatalog.EmptySection.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var v = new DocumentView(d);
        EmptySections(context);
        foreach (var placed in Claims(d))
        {
            var c = placed.Claim;
            if (v.IsFinal && c.InitialBudget is { } budgeted && FinalBudgeted(v, placed) is { } b && !b.Candidates.Any(x => SameFigure(budgeted, x))
                && !Unreliable(d, b.Cell.Table))
                context.Report(RuleCatalog.NarrativeAmount, placed.Location, Args(placed, budgeted, b.Name, b.Candidates[0]),
                    Amounts.Show(b.Candidates[0]), Amounts.Show(budgeted), [b.Cell]);
            if (c.Amount is not { } stated) continue;
            // The claim against the one table figure it names (in 万元): YS0401 where they differ; `shown` is the figure as
            // the message prints it.
            void Against(decimal wan, string name, FindingLocation cell, decimal? shown = null)
            {
                if (SameFigure(stated, wan)) return;
                context.Report(RuleCatalog.NarrativeAmount, placed.Location, Args(placed, stated, name, shown ?? wan),
                    Amounts.Show(shown ?? wan), Amounts.Show(stated), [cell]);
            }
            if (c.Topic == "operating_costs")
            {
                // A table that prints 机关运行经费 itself (Shanghai table 9, Wuxi/Suzhou 公开12表) is the figure to match; else 公用经费.
                var own = v.Table(TableKinds.OperatingCosts);
                if (own is not null && DocumentView.Reliable(d, own) && OwnTotal(own) is { } ownTotal)
                {
                    Against(InWan(ownTotal, own.Unit), AuditContext.Name(own) + "合计", AuditContext.At(own) with { Row = "#total" });
                    continue;
                }
                var three = v.Table(TableKinds.ThreePublic);
                if (three?.Rows?.FirstOrDefault(r => r.Item == "operating_costs") is { } oc && oc.Values.TryGetValue("total", out var ocv)
                    && DocumentView.Reliable(d, three))
                {
                    Against(InWan(ocv, three.Unit), AuditContext.Name(three) + "机关运行经费", AuditContext.At(three, oc, "total"));
                    continue;
                }
                // "下属1家机关和1家参公事业单位…的机关运行经费": the document scopes it itself, so 公用经费 need not match.
                if (c.Subject is { } scoped && (scoped.Contains("参公") || scoped.Contains("家机关") || scoped.Contains("参照公务员"))) continue;
                // 机关运行经费 is the 公用经费 of 行政单位 and 参公 units only: a department with 事业单位 has less. Only more than
                // the whole 公用经费 contradicts the table.
                // A 决算's 机关运行经费 is held to its 基本支出决算表's 公用经费 the same way.
                var basic = v.Table(TableKinds.BasicExpense) ?? v.Table(TableKinds.FinalBasicExpense);
                if (DocumentView.Total(basic, "public") is { } pub && stated > InWan(pub, basic!.Unit) && !SameFigure(stated, InWan(pub, basic.Unit)))
                    context.Report(RuleCatalog.OperatingCosts, placed.Location, Args(placed, stated, AuditContext.Name(basic!), InWan(pub, basic.Unit)),
                        Amounts.Show(InWan(pub, basic.Unit)), Amounts.Show(stated), [AuditContext.At(basic!) with { Row = "#total", Column = "public" }]);
                continue;
            }
            // "政府采购预算共 8704.4 万元（详见政府采购表）": the total the explanation states against the 政府采购 table's 合计.
            if (c is { Topic: "procurement", Item: "total" })
            {
                // "一般公共预算拨款政府采购 5499.84 万元" is the part one source pays; the table lists every source.
                if (c.Subject is { } scope && FundScope().IsMatch(scope)) continue;
                var table = v.IsFinal ? null : v.Table(TableKinds.Procurement);
                // A table in 元 is shown in 万元 to the cent of 万元, as the text prints it.
                if (table is not null && DocumentView.Reliable(d, table) && DocumentView.Total(table, "total") is { } sum)
                    Against(InWan(sum, table.Unit), AuditContext.Name(table) + "合计", AuditContext.At(table) with { Row = "#total", Column = "total" },
                        Math.Round(InWan(sum, table.Unit), 2, MidpointRounding.AwayFromZero));
                continue;
            }
            if (Expected(v, placed) is not { } e || e.Candidates.Any(x => SameFigure(stated, x))) continue;
            // A table the reader could not fully read is no witness against the text.
            if (Unreliable(d, e.Cell.Table)) continue;
            var expected = e.Candidates[0];
            if (expected != 0 && (stated == expected * 10000m || stated * 10000m == expected))
            {
                var tooBig = stated > expected;
                context.Report(RuleCatalog.UnitConfusion, placed.Location, new Dictionary<string, string>(Args(placed, stated, e.Name, expected))
                {
                    ["unit"] = "万元", ["wrong"] = tooBig ? "元" : "万元", ["right"] = tooBig ? "万元" : "元",
                }, Amounts.Show(expected), Amounts.Show(stated), [e.Cell]);
                continue;
            }
            context.Report(RuleCatalog.NarrativeAmount, placed.Location, Args(placed, stated, e.Name, expected),
                Amounts.Show(expected), Amounts.Show(stated), [e.Cell]);
        }
    }

    /// <summary>The 机关运行经费 table's total: its printed total, else its one figure.</summary>
    private static decimal? OwnTotal(DisclosureTable t) =>
        t.Totals is { Count: > 0 } totals ? totals.Values.First()
        : (t.Rows ?? []).SelectMany(r => r.Values.Values).ToList() is { Count: 1 } one ? one[0] : null;

    /// <summary>The reader said it could not fully read this table (YS0903, YS0907).</summary>
    public static bool Unreliable(Disclosure d, string? table) =>
        table is not null && d.Notes.Any(n => n.Location.Table == table && n.Rule is RuleIds.TableUnreadable or RuleIds.TableTruncated);

    /// <summary>Claims are written in 万元; a table in 元 is compared in 万元.</summary>
    public static decimal InWan(decimal value, string unit) => unit == Units.Yuan ? value / 10000m : value;

    /// <summary>The stated figure is the table's, to the precision it is printed with (135 万元 for 1,350,000 元).</summary>
    public static bool SameFigure(decimal stated, decimal table)
    {
        var scale = Amounts.Places(stated);
        return stated == table || (table != Math.Round(table, scale) && Math.Abs(stated - table) <= 0.5m / (decimal)Math.Pow(10, scale))
            || (stated == Math.Round(table, scale, MidpointRounding.AwayFromZero))
            // A cell printed coarser than the text ("5" against "4.80") stands for anything it rounds from.
            || (table != 0 && Amounts.Places(table) < scale && Math.Abs(stated - table) <= 0.5m / (decimal)Math.Pow(10, Amounts.Places(table)))
            // A table in 元 quoted in whole 万元 is often cut rather than rounded (1361.6271 → "1361 万元").
            || (scale == 0 && table != Math.Round(table, 2) && stated == Math.Truncate(table));
    }


    /// <summary>A section of the explanation that has a heading and nothing under it.</summary>
    private static void EmptySections(AuditContext context)
    {
        foreach (var s in context.Document.Sections)
            if (string.IsNullOrWhiteSpace(s.Text) && s.Subsections.All(x => string.IsNullOrWhiteSpace(x.Text)) && s.Subsections.Count == 0)
                context.Report(RuleCatalog.EmptySection, AuditContext.Where(new Model.Findings.FindingLocation { Section = s.Number.ToString() }, s.Loc),
                    new Dictionary<string, string> { ["section"] = s.Number.ToString(), ["title"] = s.Title });
    }

    private static Dictionary<string, string> Args(Placed p, decimal stated, string table, decimal expected) => new()
    {
        ["section"] = p.Section.Number.ToString(), ["subject"] = p.Claim.Subject ?? "", ["stated"] = Amounts.Show(stated),
        ["table"] = table, ["expected"] = Amounts.Show(expected), ["diff"] = Amounts.Show(Math.Abs(stated - expected)),
    };

    /// <summary>In a 决算, a 类/款/项 amount is the 一般公共预算财政拨款支出决算表's row: its 决算数, or the 年初预算数 (and
    /// 调整预算数) printed beside it, since the text states both, or the 类 as the 财政拨款总表 prints it. Other claims are not
    /// compared yet.</summary>
    private static Figure? FinalExpected(DocumentView v, Placed p)
    {
        var c = p.Claim;
        if (c.Code is null) return FinalItem(v, p);
        var g = v.Table(TableKinds.FinalGeneralBudgetExpense);
        if (c.Code is not { } code || g is null || DocumentView.ByCode(g, code, "total") is not { } total) return null;
        // Where the text states the 年初预算 apart (InitialBudget), the amount is the 决算数; else it may be either.
        var columns = c.InitialBudget is null ? new[] { "total", "initial_budget", "adjusted_budget" } : ["total"];
        var candidates = columns.Where(g.Columns.Contains)
            .Select(col => DocumentView.ByCode(g, code, col)).OfType<decimal>().Select(x => InWan(x, g.Unit)).Prepend(InWan(total, g.Unit)).ToList();
        // A 类 is printed in the 财政拨款总表 as well, rounded on its own: its figure there is as good a witness.
        if (v.Table(TableKinds.FinalFiscalSummary) is { } f && code.Length == 3 && f.Expense?.FirstOrDefault(r => r.Code == code) is { } row
            && row.Values.TryGetValue("general_budget", out var fiscal))
            candidates.Add(InWan(fiscal, f.Unit));
        candidates = candidates.Distinct().ToList();
        return new($"{AuditContext.Name(g)} {code}", candidates, AuditContext.At(g, DocumentView.Row(g, code), "total") with { Row = code });
    }

    /// <summary>A 决算 item by its section: 支出 (基本支出, 项目支出) in the 支出决算表, 人员经费 and 公用经费 in the 基本支出决算表,
    /// the 三公 parts in the 三公 table (决算数, or the 预算数 beside it).</summary>
    private static Figure? FinalItem(DocumentView v, Placed p)
    {
        var c = p.Claim;
        Figure? Total(string kind, string column)
        {
            var t = v.Table(kind);
            return t is null || DocumentView.Total(t, column) is not { } x ? null
                : new($"{AuditContext.Name(t)}{ColumnNames.Of(column)}合计", [InWan(x, t.Unit)], AuditContext.At(t) with { Row = "#total", Column = column });
        }
        Figure? Line(string kind, string side, string item, string label)
        {
            var t = v.Table(kind);
            var rows = side == "income" ? t?.Income : t?.Expense;
            // The 总表 prints one 金额 column; the 财政拨款总表's expense side leads with its 合计.
            var value = item == "#total" ? t?.IncomeTotal
                : DocumentView.Printed(rows, item, side == "expense" && kind == TableKinds.FinalFiscalSummary ? "total" : "amount");
            return t is null || value is null ? null
                : new($"{AuditContext.Name(t)}{label}", [InWan(value.Value, t.Unit)], AuditContext.At(t) with { Side = side, Row = item, Item = item });
        }
        var said = c.Subject?.Replace(" ", "") ?? "";
        if (c.Item is null && c.Topic is null)
        {
            // The 总表 lines the overview sections state: 收入支出总计, 本年收入合计, 本年支出合计 (and the 财政拨款 ones).
            var fiscal = said.Contains("财政拨款");
            var summary = fiscal ? TableKinds.FinalFiscalSummary : TableKinds.FinalSummary;
            if (said.EndsWith("收入支出总计") || said.EndsWith("收支总计")) return Line(summary, "income", "#total", "收入总计");
            if (said.EndsWith("本年收入合计")) return Line(summary, "income", "current_income", "本年收入合计");
            if (said.EndsWith("本年支出合计")) return Line(summary, "expense", "current_expense", "本年支出合计");
        }
        switch (p.Topic)
        {
            case Topic.Expense when c.Item is "basic" or "project":
                return Total(TableKinds.FinalExpense, c.Item);
            case Topic.Basic when c.Item is "personnel" or "public":
                return Total(TableKinds.FinalBasicExpense, c.Item);
            // "一般公共预算财政拨款基本支出 X 万元" is the 一般公共预算 table's 基本支出, not the 支出决算表's (all funds).
            case Topic.Basic when c.Item is null or "basic" && c.Subject is { } subject && subject.Contains("一般公共预算") && subject.EndsWith("基本支出"):
                return Total(TableKinds.FinalGeneralBudgetExpense, "basic");
            case Topic.ThreePublic when c.Item is { } line && ThreePublicLines.Contains(line):
                var three = v.Table(TableKinds.FinalThreePublic);
                if (three?.Rows?.FirstOrDefault(r => r.Item == c.Item) is not { Values.Count: > 0 } row) return null;
                var figures = (c.InitialBudget is null ? new[] { "final", "budget" } : ["final"]).Where(row.Values.ContainsKey).Select(k => InWan(row.Values[k], three.Unit)).ToList();
                return new($"{AuditContext.Name(three)}{ColumnNames.Of(c.Item)}", figures, AuditContext.At(three, row, "final"));
            default:
                return null;
        }
    }

    /// <summary>The 年初预算数 a 决算 claim states beside its 决算数: the 一般公共预算 table's 年初预算 column for a 类/款/项,
    /// the 三公 table's 预算数 for a 三公 part; null where the table prints none.</summary>
    private static Figure? FinalBudgeted(DocumentView v, Placed p)
    {
        var c = p.Claim;
        if (c.Code is { } code && v.Table(TableKinds.FinalGeneralBudgetExpense) is { } g && g.Columns.Contains("initial_budget")
            && DocumentView.ByCode(g, code, "initial_budget") is { } initial)
            return new($"{AuditContext.Name(g)} {code} {ColumnNames.Of("initial_budget")}", [InWan(initial, g.Unit)],
                AuditContext.At(g, DocumentView.Row(g, code), "initial_budget") with { Row = code });
        if (p.Topic == Topic.ThreePublic && c.Item is { } item && v.Table(TableKinds.FinalThreePublic) is { } three
            && three.Rows?.FirstOrDefault(r => r.Item == item) is { } row && row.Values.TryGetValue("budget", out var budget))
            return new($"{AuditContext.Name(three)}{ColumnNames.Of(item)}{ColumnNames.Of("budget")}", [InWan(budget, three.Unit)], AuditContext.At(three, row, "budget"));
        return null;
    }

    /// <summary>The lines of a 三公 table a claim may state (budget or 决算): its total, the three parts, and 会议费, 培训费.</summary>
    private static readonly HashSet<string> ThreePublicLines = ["total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation", "meeting", "training"];

    public sealed record Figure(string Name, IReadOnlyList<decimal> Candidates, Model.Findings.FindingLocation Cell);

    /// <summary>The table figure a claim speaks of, in the section's own scope; null when it names nothing comparable.</summary>
    public static Figure? Expected(DocumentView v, Placed p)
    {
        var c = p.Claim;
        if (v.IsFinal) return FinalExpected(v, p);
        var s = v.Table(TableKinds.Summary);
        var e = v.Table(TableKinds.Expense);
        var g = v.Table(TableKinds.GeneralBudgetExpense);
        Figure? Income(string item, params string[] alternatives)
        {
            if (s is null) return null;
            var values = alternatives.Prepend(item).Select(i => DocumentView.Item(s, i)).Where(x => x is not null).Select(x => InWan(x!.Value, s.Unit)).ToList();
            if (values.Count == 0) return null; // the line is not printed: nothing to compare with
            return new($"{AuditContext.Name(s)}{ColumnNames.Of(item)}", values, AuditContext.At(s) with { Side = "income", Item = item, Row = item });
        }
        Figure? Total(DisclosureTable? t, string column) => t is null || DocumentView.Total(t, column) is null && !t.IsEmpty ? null
            : new($"{AuditContext.Name(t)}{ColumnNames.Of(column)}合计", [InWan(DocumentView.Total(t, column) ?? 0, t.Unit)], AuditContext.At(t) with { Row = "#total", Column = column });

        var threePublicPlace = p.Topic == Topic.ThreePublic || (p.Topic == Topic.Matters && p.Subsection?.Title.Contains("三公") == true);
        if (c.Item is { } item && c.Code is null && c.Topic is null && threePublicPlace
            && ThreePublicLines.Contains(item))
        {
            var t = v.Table(TableKinds.ThreePublic);
            var row = t?.Rows?.FirstOrDefault(r => r.Item == item);
            return t is null || row is null && item != "total" ? null
                : new($"{AuditContext.Name(t)}{ColumnNames.Of(item == "total" ? "total" : item)}", [InWan(row?.Values.GetValueOrDefault("total") ?? 0, t.Unit)], AuditContext.At(t, row, "total"));
        }
        return p.Topic switch
        {
            Topic.Income when c.Item is "general_budget" => Income("general_budget_own", "general_budget"),
            Topic.Income or Topic.Compilation when c.Item is "income_total" => s?.IncomeTotal is null ? null : new($"{AuditContext.Name(s)}收入总计", [InWan(s.IncomeTotal ?? 0, s.Unit)], AuditContext.At(s) with { Side = "income", Item = "#total" }),
            Topic.Compilation when c.Item is "expense_total" => Total(e, "total"),
            Topic.Compilation when c.Item is "fiscal_appropriation" => Income("fiscal_appropriation"),
            Topic.Compilation when c.Code is { Length: 7 } code && g is not null =>
                new($"{AuditContext.Name(g)} {code}", [InWan(DocumentView.ByCode(g, code, "total") ?? 0, g.Unit)], AuditContext.At(g, DocumentView.Row(g, code), "total") with { Row = code }),
            Topic.Income when c.Item is { } i && i is "general_budget_transfer" or "gov_fund" or "gov_fund_transfer" or "state_capital" or "state_capital_transfer"
                or "special_account" or "unit_funds" or "business_income" or "operating_income" or "other_income" or "fiscal_carryover" or "nonfiscal_carryover" => Income(i),
            Topic.Overall when c.Item is "income_total" => s?.IncomeTotal is null ? null : new($"{AuditContext.Name(s)}收入总计", [InWan(s.IncomeTotal ?? 0, s.Unit)], AuditContext.At(s) with { Side = "income", Item = "#total" }),
            Topic.Expense when c.Item is "basic" or "project" => Total(e, c.Item),
            Topic.Expense when c.Item is "expense_total" => Total(e, "total"),
            Topic.GeneralBudget when c.Item is "basic" or "project" => Total(g, c.Item),
            Topic.GeneralBudget when c.Item is "general_budget_total" => Total(g, "total"),
            Topic.GeneralBudget when c.Code is { } code && g is not null =>
                new($"{AuditContext.Name(g)} {code}", [InWan(DocumentView.ByCode(g, code, "total") ?? 0, g.Unit)], AuditContext.At(g, DocumentView.Row(g, code), "total") with { Row = code }),
            Topic.Basic when c.Item is "personnel" or "public" or "basic" => Total(v.Table(TableKinds.BasicExpense), c.Item == "basic" ? "total" : c.Item),
            _ => null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("一般公共预算|财政拨款|政府性基金|国有资本|单位资金|财政专户|自有资金|其他资金")]
    private static partial System.Text.RegularExpressions.Regex FundScope();
}
