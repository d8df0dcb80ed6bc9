namespace OpenYusuan.Model;

/// <summary>Chinese names of column keys and income items, for messages.</summary>
public static class ColumnNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["total"] = "合计", ["amount"] = "预算数", ["basic"] = "基本支出", ["project"] = "项目支出", ["personnel"] = "人员经费",
        ["public"] = "公用经费", ["fiscal_subtotal"] = "财政拨款（补助）小计", ["general_budget"] = "一般公共预算",
        ["general_budget_transfer"] = "上级一般公共预算安排的转移支付", ["gov_fund"] = "政府性基金预算",
        ["gov_fund_transfer"] = "上级政府性基金安排的转移支付", ["state_capital"] = "国有资本经营预算",
        ["state_capital_transfer"] = "上级国有资本经营预算安排的转移支付", ["special_account"] = "财政专户",
        ["unit_funds"] = "单位资金", ["business_income"] = "事业收入", ["operating_income"] = "事业单位经营收入",
        ["other_income"] = "其他收入", ["fiscal_carryover"] = "财政拨款结转", ["nonfiscal_carryover"] = "非财政拨款结转结余",
        ["fiscal_total"] = "财政拨款合计", ["fiscal_personnel"] = "财政拨款人员经费", ["fiscal_public"] = "财政拨款公用经费",
        ["fiscal_project"] = "财政拨款项目支出", ["nonfiscal_total"] = "非财政拨款合计", ["nonfiscal_personnel"] = "非财政拨款人员经费",
        ["nonfiscal_public"] = "非财政拨款公用经费", ["nonfiscal_project"] = "非财政拨款项目支出",
        ["301"] = "工资福利支出", ["302"] = "商品和服务支出", ["303"] = "对个人和家庭的补助", ["307"] = "债务利息及费用支出",
        ["309"] = "资本性支出（基本建设）", ["310"] = "资本性支出", ["311"] = "对企业补助（基本建设）", ["312"] = "对企业补助",
        ["313"] = "对社会保障基金补助", ["399"] = "其他支出",
        ["current_income"] = "本年收入", ["fiscal_appropriation"] = "财政拨款（补助）", ["general_budget_own"] = "一般财力",
        ["gov_fund_own"] = "政府性基金收入", ["state_capital_own"] = "国有资本经营收入", ["superior_subsidy"] = "上级补助收入",
        ["subordinate_remit"] = "附属单位上缴收入", ["prior_carryover"] = "上年结转结余",
        ["fiscal_carryover_general"] = "财政拨款结转（一般公共预算）", ["fiscal_carryover_gov_fund"] = "财政拨款结转（政府性基金）",
        ["fiscal_carryover_state_capital"] = "财政拨款结转（国有资本经营）",
        ["nonfiscal_carryover_special_account"] = "非财政拨款结余（财政专户）", ["nonfiscal_carryover_unit_funds"] = "非财政拨款结余（单位资金）",
        ["abroad"] = "因公出国（境）费", ["reception"] = "公务接待费", ["vehicle"] = "公务用车购置及运行费",
        ["vehicle_purchase"] = "公务用车购置费", ["vehicle_operation"] = "公务用车运行费", ["operating_costs"] = "机关运行经费",
        ["meeting"] = "会议费", ["training"] = "培训费", ["grand_total"] = "合计（含会议费、培训费）",
        // 决算 columns and lines.
        ["superior_remit"] = "上缴上级支出", ["operating"] = "经营支出", ["subordinate_subsidy"] = "对附属单位补助支出",
        ["initial_budget"] = "年初预算数", ["opening_balance"] = "年初结转和结余", ["closing_balance"] = "年末结转和结余", ["income"] = "本年收入",
        ["budget"] = "预算数", ["final"] = "决算数", ["current_expense"] = "本年支出合计", ["balance_distribution"] = "结余分配",
        ["year_end_carryover"] = "年末结转和结余", ["nonfiscal_balance_used"] = "使用非财政拨款结余",
        ["prior_account_balance"] = "上年实户资金余额",
        ["project_excl_capital"] = "扣除基建项目后预算数",
        ["of_which_operating"] = "其中：事业单位经营支出", ["of_which_superior_remit"] = "其中：上缴上级支出",
        ["of_which_subordinate_subsidy"] = "其中：对附属单位补助支出",
    };

    public static string Of(string kind, string key) => (kind, key) switch
    {
        (TableKinds.Summary, "amount") => "预算数",
        (TableKinds.FinalSummary or TableKinds.FinalBasicExpense, "amount") => "决算数",
        (TableKinds.FinalIncome, "total") => "本年收入合计",
        (TableKinds.FinalIncome, "fiscal_subtotal") => "财政拨款收入",
        (TableKinds.FinalExpense, "total") => "本年支出合计",
        (TableKinds.FinalGovFund or TableKinds.FinalStateCapital, "total") => "本年支出合计",
        _ => Names.GetValueOrDefault(key, key),
    };

    public static string Of(string key) => Names.GetValueOrDefault(key, key);
}
