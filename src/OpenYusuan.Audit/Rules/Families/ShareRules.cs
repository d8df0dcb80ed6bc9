using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0501: every share (占 x%) recomputed from the tables against the right denominator (收入总计 for
/// the income section, 支出合计 for the expense section, 一般公共预算拨款合计 for its structure), to the printed
/// precision; YS0502: the shares of a complete breakdown add up to 100%.</summary>
public sealed class ShareRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.Share.Id, RuleCatalog.SharesSum.Id];

    public void Run(AuditContext context)
    {
        var v = new DocumentView(context.Document);
        foreach (var group in Claims(context.Document).Where(p => p.Claim.Share is not null).GroupBy(p => (p.Section, p.Subsection)))
        {
            var first = group.First();
            if (Base(v, first) is not { } @base || @base.Value == 0 || NarrativeAmountRules.Unreliable(context.Document, @base.Table)) continue;
            decimal covered = 0;
            foreach (var p in group)
            {
                var figure = NarrativeAmountRules.Expected(v, p);
                // A table the reader could not read whole is no witness (YS0903, YS0907).
                if (NarrativeAmountRules.Unreliable(context.Document, figure?.Cell.Table)) continue;
                var amount = figure?.Candidates[0] ?? p.Claim.Amount ?? 0;
                covered += p.Claim.Amount ?? 0;
                var stated = p.Claim.Share!.Value;
                var places = Amounts.Places(stated);
                var exact = amount / @base.Value * 100;
                var expected = Math.Round(exact, places, MidpointRounding.AwayFromZero);
                if (expected == stated) continue;
                // The base and the amount are themselves rounded to 0.01: the share may move by that much.
                // Divided twice rather than by the base squared, which overflows for a base near the top of money's range.
                var slack = (0.005m / @base.Value + 0.005m * amount / @base.Value / @base.Value) * 100 + 0.5m * Step(places);
                var rounding = Math.Abs(stated - exact) <= slack || Amounts.IsCut(stated, exact);
                context.Report(RuleCatalog.Share, p.Location, new Dictionary<string, string>
                {
                    ["section"] = p.Section.Number.ToString(), ["subject"] = p.Claim.Subject ?? "", ["stated"] = Amounts.Show(stated),
                    ["amount"] = Amounts.Show(amount), ["base"] = $"{@base.Name} {Amounts.Show(@base.Value)}", ["expected"] = Amounts.Show(expected),
                }, Amounts.Show(expected), Amounts.Show(stated), rounding: rounding);
            }
            // Only a breakdown that covers the whole base must add up to 100%.
            var shares = group.Select(p => p.Claim.Share!.Value).ToList();
            if (group.Count() < 2 || covered != @base.Value) continue;
            var sum = shares.Sum();
            if (sum == 100) continue;
            var slackSum = shares.Count * 0.5m * Step(shares.Max(Amounts.Places));
            context.Report(RuleCatalog.SharesSum, first.Location with { Claim = null }, new Dictionary<string, string>
            {
                ["section"] = first.Section.Number.ToString(), ["actual"] = Amounts.Show(sum), ["operands"] = Amounts.Sum(shares),
            }, "100.00", Amounts.Show(sum), rounding: Math.Abs(sum - 100) <= slackSum);
        }
    }

    private sealed record Denominator(string Name, decimal Value, string? Table = null);

    /// <summary>In a 决算: shares of 本年收入合计 (收入 section), of 本年支出合计 (支出 section, and the 一般公共预算 total's
    /// share of it), and of the 一般公共预算财政拨款支出 (its 结构 by 类).</summary>
    private static Denominator? FinalBase(DocumentView v, Placed p)
    {
        var s = v.Table(TableKinds.FinalSummary);
        var g = v.Table(TableKinds.FinalGeneralBudgetExpense);
        return p.Topic switch
        {
            Topic.Income when DocumentView.Printed(s?.Income, "current_income") is { } t => new("本年收入合计", NarrativeAmountRules.InWan(t, s!.Unit), s.Kind),
            Topic.Expense when DocumentView.Printed(s?.Expense, "current_expense") is { } t => new("本年支出合计", NarrativeAmountRules.InWan(t, s!.Unit), s.Kind),
            Topic.GeneralBudget when p.Claim.Code is not null && DocumentView.Total(g, "total") is { } t
                => new("一般公共预算财政拨款支出合计", NarrativeAmountRules.InWan(t, g!.Unit), g.Kind),
            Topic.GeneralBudget when p.Claim.Code is null && DocumentView.Printed(s?.Expense, "current_expense") is { } t
                => new("本年支出合计", NarrativeAmountRules.InWan(t, s!.Unit), s.Kind),
            _ => null,
        };
    }

    private static Denominator? Base(DocumentView v, Placed p)
    {
        if (v.IsFinal) return FinalBase(v, p);
        // In 万元, as the amounts it divides are (a table in 元 is converted).
        var s = v.Table(TableKinds.Summary);
        var e = v.Table(TableKinds.Expense);
        var g = v.Table(TableKinds.GeneralBudgetExpense);
        return p.Topic switch
        {
            Topic.Income when s?.IncomeTotal is { } t => new("收入总计", NarrativeAmountRules.InWan(t, s.Unit), s.Kind),
            Topic.Expense when DocumentView.Total(e, "total") is { } t => new("支出合计", NarrativeAmountRules.InWan(t, e!.Unit), e.Kind),
            Topic.GeneralBudget when DocumentView.Total(g, "total") is { } t => new("一般公共预算拨款合计", NarrativeAmountRules.InWan(t, g!.Unit), g.Kind),
            _ => null,
        };
    }


    private static decimal Step(int places) => 1m / (decimal)Math.Pow(10, places);
}
