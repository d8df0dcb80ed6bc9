using System.Text.RegularExpressions;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Maps the income lines of the 收支总表 and 财政拨款收支总表 to spec items. The same words mean
/// different lines under different headings (一般公共预算拨款 under 本年收入 vs under 财政拨款结转), so the
/// mapper remembers which heading it is under.</summary>
public sealed partial class IncomeItems
{
    private enum Group { Current, Carryover, FiscalCarryover, NonfiscalCarryover }

    private Group _group = Group.Current;

    public string? Resolve(string label)
    {
        var k = Numbering().Replace(TextNormalizer.Key(label), "");
        k = Regex.Replace(k, @"^(其中|含)[:：]?", "");
        if (k.Length == 0) return null;
        if (Regex.IsMatch(k, @"^(收入总计|收入合计|总计|合计)$")) return "#total";
        if (Regex.IsMatch(k, @"^本年收入")) { _group = Group.Current; return "current_income"; }
        if (Regex.IsMatch(k, @"^(上年结转结余|上年结转|年初结转和结余)")) { _group = Group.Carryover; return "prior_carryover"; }
        if (Regex.IsMatch(k, @"^非财政拨款(结转结余|结余|结转)")) { _group = Group.NonfiscalCarryover; return "nonfiscal_carryover"; }
        if (Regex.IsMatch(k, @"^财政拨款结转")) { _group = Group.FiscalCarryover; return "fiscal_carryover"; }
        if (Regex.IsMatch(k, @"^财政拨款(\(补助\)|收入)?$")) { _group = Group.Current; return "fiscal_appropriation"; }
        if (k.StartsWith("一般财力")) return "general_budget_own";
        if (Regex.IsMatch(k, @"^上级一般公共预算安排的?转移支付")) return "general_budget_transfer";
        if (k.StartsWith("政府性基金收入")) return "gov_fund_own";
        if (Regex.IsMatch(k, @"^上级政府性基金(预算)?安排的?转移支付")) return "gov_fund_transfer";
        if (k.StartsWith("国有资本经营收入")) return "state_capital_own";
        if (Regex.IsMatch(k, @"^上级国有资本经营预算安排的?转移支付")) return "state_capital_transfer";
        var fiscalCarry = _group == Group.FiscalCarryover;
        var nonfiscalCarry = _group == Group.NonfiscalCarryover;
        if (Regex.IsMatch(k, @"^一般公共预算(拨款|资金)?$")) return fiscalCarry ? "fiscal_carryover_general" : "general_budget";
        if (Regex.IsMatch(k, @"^政府性基金(预算)?(拨款|资金)?$")) return fiscalCarry ? "fiscal_carryover_gov_fund" : "gov_fund";
        if (Regex.IsMatch(k, @"^国有资本经营(预算)?(拨款|资金)?$")) return fiscalCarry ? "fiscal_carryover_state_capital" : "state_capital";
        if (Regex.IsMatch(k, @"^财政专户(核拨|管理资金)?")) return nonfiscalCarry ? "nonfiscal_carryover_special_account" : "special_account";
        if (k.StartsWith("单位资金")) return nonfiscalCarry ? "nonfiscal_carryover_unit_funds" : "unit_funds";
        if (k.StartsWith("事业收入")) return "business_income";
        if (k.StartsWith("上级补助收入")) return "superior_subsidy";
        if (k.StartsWith("附属单位上缴收入")) return "subordinate_remit";
        if (Regex.IsMatch(k, @"^(事业单位)?经营收入")) return "operating_income";
        if (Regex.IsMatch(k, @"^(单位)?其他(收入|资金)")) return "other_income";
        return null;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|[0-9]+[、.．]?(?=\D)|\([0-9]+\))")]
    private static partial Regex Numbering();
}
