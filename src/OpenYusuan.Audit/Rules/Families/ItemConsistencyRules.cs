using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>An explanation item that contradicts itself: its amount stated twice with different figures (YS0414), or a
/// printed last-year figure that does not fit the stated change (YS0415). Each finding says which of the figures the
/// change and the rate fit, since that shows which one was copied from elsewhere.</summary>
public sealed class ItemConsistencyRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ItemRestated.Id, RuleCatalog.PriorStatedMismatch.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var v = new DocumentView(d);
        foreach (var p in Claims(d))
        {
            var c = p.Claim;
            if (c.Amount is { } first && c.Restated is { } second
                && !NarrativeAmountRules.SameFigure(first, second) && !NarrativeAmountRules.SameFigure(second, first))
                Restated(context, v, p, first, second);
            if (c is { Amount: { } amount, PriorStated: { } stated, Change: { } change, Direction: "increase" or "decrease" })
                PriorMismatch(context, p, amount, stated, change);
        }
    }

    private static void Restated(AuditContext context, DocumentView v, Placed p, decimal first, decimal second)
    {
        var c = p.Claim;
        var candidates = new List<(string Name, decimal Amount)> { ("前者", first), ("后者", second) };
        var table = "";
        List<Model.Findings.FindingLocation>? related = null;
        if (NarrativeAmountRules.Expected(v, p) is { } e && !NarrativeAmountRules.Unreliable(context.Document, e.Cell.Table))
        {
            var x = e.Candidates[0];
            var agrees = NarrativeAmountRules.SameFigure(first, x) ? "与前者一致" : NarrativeAmountRules.SameFigure(second, x) ? "与后者一致" : "与两者都不同";
            table = $"；{e.Name}为 {Amounts.Show(x)}（{agrees}）";
            if (agrees == "与两者都不同") candidates.Add(("表格数", x));
            related = [e.Cell];
        }
        context.Report(RuleCatalog.ItemRestated, p.Location, new Dictionary<string, string>
        {
            ["section"] = p.Section.Number.ToString(), ["subject"] = Subject(c), ["first"] = Amounts.Show(first),
            ["second"] = Amounts.Show(second), ["table"] = table, ["fit"] = Fit(c, candidates),
        }, Amounts.Show(first), Amounts.Show(second), related);
    }

    private static void PriorMismatch(AuditContext context, Placed p, decimal amount, decimal stated, decimal change)
    {
        var c = p.Claim;
        var signed = c.Direction == "increase" ? amount - stated : stated - amount;
        if (Amounts.Compare(change, signed, 2, [amount, stated, change]) != Amounts.Outcome.Different) return;
        context.Report(RuleCatalog.PriorStatedMismatch, p.Location, new Dictionary<string, string>
        {
            ["section"] = p.Section.Number.ToString(), ["subject"] = Subject(c), ["amount"] = Amounts.Show(amount),
            ["stated_prior"] = Amounts.Show(stated), ["implied"] = Amounts.Show(amount - stated),
            ["direction"] = c.Direction == "increase" ? "增加" : "减少", ["change"] = Amounts.Show(change),
            ["fit"] = PriorFit(c, change, [("文中的上年数", stated), ("本年数与增减额算出的上年数", ChangeRate.Prior(amount, change, c.Direction!))]),
        }, Amounts.Show(amount - stated), Amounts.Show(change));
    }

    /// <summary>The subject as printed, without the quotes some templates put around it.</summary>
    private static string Subject(Claim c) => (c.Subject ?? "").Trim('“', '”', '"');

    /// <summary>"；增长 9.09% 与后者相容": which of the candidate amounts the stated change and rate fit — on the printed
    /// change (last year = amount ∓ change), or, without one, on the printed last-year figure.</summary>
    private static string Fit(Claim c, IReadOnlyList<(string Name, decimal Amount)> amounts)
    {
        if (c is not { ChangePct: { } pct, Direction: "increase" or "decrease" }) return "";
        if (c.Change is { } change)
            return Said(c, amounts.Select(a => (a.Name, ChangeRate.Fits(change, ChangeRate.Prior(a.Amount, change, c.Direction), pct))).ToList());
        if (c.Prior is not { } prior) return "";
        return Said(c, amounts.Select(a => (a.Name, ChangeRate.Fits(Math.Abs(a.Amount - prior), prior, pct))).ToList());
    }

    /// <summary>Which of the candidate last-year figures the printed change and rate fit.</summary>
    private static string PriorFit(Claim c, decimal change, IReadOnlyList<(string Name, decimal Prior)> priors) =>
        c.ChangePct is { } pct ? Said(c, priors.Select(p => (p.Name, ChangeRate.Fits(change, p.Prior, pct))).ToList()) : "";

    private static string Said(Claim c, IReadOnlyList<(string Name, bool Fits)> fits)
    {
        var said = (c.Change is { } ch ? $"{(c.Direction == "increase" ? "增加" : "减少")} {Amounts.Show(ch)} 万元、" : "")
            + $"{(c.Direction == "increase" ? "增长" : "下降")} {Amounts.Show(c.ChangePct)}%";
        var names = fits.Where(f => f.Fits).Select(f => f.Name).ToList();
        return names.Count == 0 ? $"；{said} 与哪一个都不相容" : names.Count == fits.Count ? "" : $"；{said} 与{string.Join("、", names)}相容";
    }
}
