namespace OpenYusuan.Model.Tables;

/// <summary>Which line of the 收支总表 each column of the income table totals to. The 一般公共预算 column
/// excludes 上级转移支付 when the income table prints transfers in their own column (then it is 一般财力),
/// and is the whole 一般公共预算拨款 when it does not; likewise for 政府性基金 and 国有资本经营.</summary>
public static class IncomeLineMap
{
    /// <summary>(income column, the summary's figure it must equal, or null when the summary has no such line).
    /// <paramref name="item"/> gives a summary income item's figure: 0 when printed empty, null when absent.</summary>
    public static IEnumerable<(string Column, decimal? Value)> Expected(IReadOnlyList<string> columns, Func<string, decimal?> item, decimal? incomeTotal)
    {
        decimal? Own(string fund) => columns.Contains(fund + "_transfer")
            ? item(fund + "_own") ?? (item(fund) is { } all ? all - (item(fund + "_transfer") ?? 0) : null)
            : item(fund);
        var fiscal = item("fiscal_appropriation")
            ?? (new[] { "general_budget", "gov_fund", "state_capital" }.Select(item).ToList() is var f && f.Any(v => v is not null) ? f.Sum(v => v ?? 0) : null);
        var map = new Dictionary<string, decimal?>
        {
            ["total"] = incomeTotal, ["fiscal_subtotal"] = fiscal,
            ["general_budget"] = Own("general_budget"), ["general_budget_transfer"] = item("general_budget_transfer"),
            ["gov_fund"] = Own("gov_fund"), ["gov_fund_transfer"] = item("gov_fund_transfer"),
            ["state_capital"] = Own("state_capital"), ["state_capital_transfer"] = item("state_capital_transfer"),
        };
        foreach (var same in new[] { "special_account", "unit_funds", "business_income", "operating_income", "other_income", "fiscal_carryover", "nonfiscal_carryover" })
            map[same] = item(same);
        return columns.Where(map.ContainsKey).Select(c => (c, map[c]));
    }
}
