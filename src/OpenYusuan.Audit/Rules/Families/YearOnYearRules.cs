using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>Year-on-year pairs consistent with themselves: the change and the percentage imply the same
/// last-year figure (YS0503); a growth rate on a zero base (YS0504); a reason saying last year had none when
/// the figures say it had (YS0505).</summary>
public sealed partial class YearOnYearRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.YearOnYear.Id, RuleCatalog.GrowthFromZero.Id, RuleCatalog.ReasonContradicts.Id];

    public void Run(AuditContext context)
    {
        foreach (var p in Claims(context.Document))
        {
            var c = p.Claim;
            if (c.Amount is not { } amount || c.Direction is not ("increase" or "decrease")) continue;
            // Last year's figure comes from the change (amount ∓ change) or, where printed, from the text itself.
            if (c.Change is null && c.Prior is null) continue;
            var prior = c.Change is { } ch ? (c.Direction == "increase" ? amount - ch : amount + ch) : c.Prior!.Value;
            var change = Math.Abs(amount - prior);
            var args = new Dictionary<string, string>
            {
                ["section"] = p.Section.Number.ToString(), ["subject"] = c.Subject ?? "", ["amount"] = Amounts.Show(amount),
                ["change"] = Amounts.Show(change), ["prior"] = Amounts.Show(prior),
                ["direction"] = c.Direction == "increase" ? "增加" : "减少", ["pctword"] = c.Direction == "increase" ? "增长" : "下降",
            };
            if (c.Reason is { } reason && prior > 0 && NoneLastYear().Match(reason) is { Success: true } none)
                context.Report(RuleCatalog.ReasonContradicts, p.Location, new Dictionary<string, string>(args) { ["reason"] = none.Value });
            if (c.ChangePct is not { } pct) continue;
            args["stated"] = Amounts.Show(pct);
            if (prior == 0)
            {
                if (pct != 0 && change != 0) context.Report(RuleCatalog.GrowthFromZero, p.Location, args, "新增（无增长率）", $"{pct}%");
                continue;
            }
            if (prior < 0)
            {
                args["expected"] = "无解";
                context.Report(RuleCatalog.YearOnYear, p.Location, args, "上年数不能为负", Amounts.Show(prior));
                continue;
            }
            var expected = ChangeRate.Expected(change, prior, pct);
            if (expected == pct) continue;
            // An item stated with two amounts, or with a printed last-year figure that differs, is YS0414/YS0415's: they
            // say which figure the change and the rate fit.
            if (c.Restated is not null || c.PriorStated is not null) continue;
            args["expected"] = Amounts.Show(expected);
            args["fit"] = TableFit(context, p, c, pct);
            context.Report(RuleCatalog.YearOnYear, p.Location, args, Amounts.Show(expected), Amounts.Show(pct),
                rounding: ChangeRate.Within(change, prior, pct));
        }
    }

    /// <summary>"（按表5 2010350 39.60 计算则相容）": the table's figure for the item, when the change and the rate fit it and not
    /// the text's amount — the text's amount is then the one copied from elsewhere.</summary>
    private static string TableFit(AuditContext context, Placed p, Model.Claim c, decimal pct)
    {
        if (c.Change is not { } change) return "";
        // 增长率 divided by this year's figure instead of last year's: a common slip, worth naming.
        if (c.Amount is { } amount && amount > 0 && ChangeRate.Expected(change, amount, pct) == pct) return $"（文中的比率是 {Amounts.Show(change)} ÷ 本年数 {Amounts.Show(amount)}，应除以上年数）";
        if (NarrativeAmountRules.Expected(new DocumentView(context.Document), p) is not { } e) return "";
        var table = e.Candidates[0];
        return table != c.Amount && ChangeRate.Fits(change, ChangeRate.Prior(table, change, c.Direction!), pct)
            ? $"（按{e.Name} {Amounts.Show(table)} 计算则相容）" : "";
    }

    [GeneratedRegex(@"(上年|去年|上一年|20\d{2}\s*年)(度)?(无此项|没有此项|未安排此项|无该项|没有安排)[^，。；]*")]
    private static partial Regex NoneLastYear();
}
