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
        k = QualifierPattern().Replace(k, "");
        if (k.Length == 0) return null;
        if (P0Pattern().IsMatch(k)) return "#total";
        if (P1Pattern().IsMatch(k)) { _group = Group.Current; return "current_income"; }
        if (k.StartsWith("年初财政拨款结转")) { _group = Group.FiscalCarryover; return "fiscal_carryover"; }
        if (P2Pattern().IsMatch(k)) { _group = Group.Carryover; return "prior_carryover"; }
        if (k.StartsWith("使用非财政拨款结余") || k.StartsWith("用事业基金弥补收支差额")) return "nonfiscal_balance_used";
        if (k.StartsWith("上年实户资金余额")) return "prior_account_balance";
        if (P3Pattern().IsMatch(k)) { _group = Group.NonfiscalCarryover; return "nonfiscal_carryover"; }
        if (P4Pattern().IsMatch(k)) { _group = Group.FiscalCarryover; return "fiscal_carryover"; }
        if (P5Pattern().IsMatch(k)) { _group = Group.Current; return "fiscal_appropriation"; }
        if (k.StartsWith("一般财力")) return "general_budget_own";
        if (P6Pattern().IsMatch(k)) return "general_budget_transfer";
        if (k.StartsWith("政府性基金收入")) return "gov_fund_own";
        if (P7Pattern().IsMatch(k)) return "gov_fund_transfer";
        if (k.StartsWith("国有资本经营收入")) return "state_capital_own";
        if (P8Pattern().IsMatch(k)) return "state_capital_transfer";
        // Under a plain 上年结转结余 heading (Beijing's 财政拨款收支总表) a fund's line is that fund's carryover, not its
        // current-year appropriation.
        var fiscalCarry = _group is Group.FiscalCarryover or Group.Carryover;
        var nonfiscalCarry = _group is Group.NonfiscalCarryover or Group.Carryover;
        if (P9Pattern().IsMatch(k)) return fiscalCarry ? "fiscal_carryover_general" : "general_budget";
        if (P10Pattern().IsMatch(k)) return fiscalCarry ? "fiscal_carryover_gov_fund" : "gov_fund";
        if (P11Pattern().IsMatch(k)) return fiscalCarry ? "fiscal_carryover_state_capital" : "state_capital";
        if (P12Pattern().IsMatch(k)) return nonfiscalCarry ? "nonfiscal_carryover_special_account" : "special_account";
        if (k.StartsWith("单位资金")) return nonfiscalCarry ? "nonfiscal_carryover_unit_funds" : "unit_funds";
        if (k.StartsWith("事业收入")) return "business_income";
        if (k.StartsWith("上级补助收入")) return "superior_subsidy";
        if (k.StartsWith("附属单位上缴收入")) return "subordinate_remit";
        if (P13Pattern().IsMatch(k)) return "operating_income";
        if (P14Pattern().IsMatch(k)) return "other_income";
        return null;
    }

    [GeneratedRegex(@"^(收入总计|收入合计|总计|合计)$")]
    private static partial Regex P0Pattern();
    [GeneratedRegex(@"^(本年|当年)收入")]
    private static partial Regex P1Pattern();
    [GeneratedRegex(@"^(上年结转结余|上年结转|年初结转和结余)")]
    private static partial Regex P2Pattern();
    [GeneratedRegex(@"^非财政拨款(资金)?(结转结余|结余|结转)")]
    private static partial Regex P3Pattern();
    [GeneratedRegex(@"^财政拨款(资金)?结转")]
    private static partial Regex P4Pattern();
    [GeneratedRegex(@"^(财政拨款(\(补助\)|收入)?|预算拨款(收入)?)$")]
    private static partial Regex P5Pattern();
    [GeneratedRegex(@"^上级一般公共预算安排的?转移支付")]
    private static partial Regex P6Pattern();
    [GeneratedRegex(@"^上级政府性基金(预算)?安排的?转移支付")]
    private static partial Regex P7Pattern();
    [GeneratedRegex(@"^上级国有资本经营预算安排的?转移支付")]
    private static partial Regex P8Pattern();
    [GeneratedRegex(@"^一般公共预算(财政)?(拨款|资金)?(收入)?$")]
    private static partial Regex P9Pattern();
    [GeneratedRegex(@"^政府性基金(预算)?(财政)?(拨款|资金)?(收入)?$")]
    private static partial Regex P10Pattern();
    [GeneratedRegex(@"^国有资本经营(预算)?(财政)?(拨款|资金)?(收入)?$")]
    private static partial Regex P11Pattern();
    [GeneratedRegex(@"^财政专户(核拨|管理资金)?")]
    private static partial Regex P12Pattern();
    [GeneratedRegex(@"^(事业单位)?经营收入")]
    private static partial Regex P13Pattern();
    [GeneratedRegex(@"^(单位)?其他(收入|资金)")]
    private static partial Regex P14Pattern();
    [GeneratedRegex(@"^(其中|含)[:：]?")]
    private static partial Regex QualifierPattern();

    [GeneratedRegex(@"^([一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|[0-9]+[、.．]?(?=\D)|\([0-9]+\))")]
    private static partial Regex Numbering();
}
