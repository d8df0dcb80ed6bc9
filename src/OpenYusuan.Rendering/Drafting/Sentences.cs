using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The numeric phrases of the explanation, computed from figures so that they cannot disagree with them:
/// amounts in 万元 as the tables print them, shares to two decimals, changes against last year with the
/// percentage their own prior implies, 持平 and 新增 where they apply, and the reason or a visible placeholder.</summary>
public static class Sentences
{
    public const string ReasonPlaceholder = "【请填写主要原因】";

    /// <summary>An amount of the document's unit as the narrative states it: 万元, two decimals, thousands separated.</summary>
    public static string Wan(decimal amount, string unit) =>
        ToWan(amount, unit).ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " 万元";

    public static decimal ToWan(decimal amount, string unit) =>
        Math.Round(unit == Units.Yuan ? amount / 10000m : amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>part ÷ whole in percent, to two decimals as the narrative prints shares and rates.</summary>
    public static decimal Percent(decimal part, decimal whole) => Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);

    public static string Share(decimal part, decimal whole) => whole == 0 ? "" : $"，占 {Percent(part, whole):0.00}%";

    /// <summary>"比上年预算增加 93.94 万元，增长 13.56%，主要原因是…" from this year's and last year's figures (万元).
    /// No prior: nothing (the change is not known). Prior 0: 新增, without a growth rate.</summary>
    public static string Change(decimal amount, decimal? prior, string? reason)
    {
        if (prior is not { } p) return "";
        string Why() => $"，主要原因是{(string.IsNullOrWhiteSpace(reason) ? ReasonPlaceholder : reason.TrimEnd('。'))}";
        if (amount == p) return "，与上年预算持平";
        if (p == 0) return $"，比上年预算增加 {amount:N2} 万元（上年未安排）{Why()}";
        var diff = amount - p;
        var pct = Percent(Math.Abs(diff), p);
        return diff > 0
            ? $"，比上年预算增加 {diff:N2} 万元，增长 {pct:0.00}%{Why()}"
            : $"，比上年预算减少 {-diff:N2} 万元，下降 {pct:0.00}%{Why()}";
    }
}
