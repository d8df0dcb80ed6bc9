namespace OpenYusuan.Model;

/// <summary>The table kinds of spec/disclosure-json.md, their usual Chinese names and column keys in print order.</summary>
public static class TableKinds
{
    public const string Summary = "summary";
    public const string Income = "income";
    public const string Expense = "expense";
    public const string FiscalSummary = "fiscal_summary";
    public const string GeneralBudgetExpense = "general_budget_expense";
    public const string BasicExpense = "basic_expense";
    public const string ProjectExpense = "project_expense";
    public const string GovFundExpense = "gov_fund_expense";
    public const string StateCapitalExpense = "state_capital_expense";
    public const string ThreePublic = "three_public";
    public const string Carryover = "carryover";

    // Tables many templates print beyond the national set (not in the spec's list; read the same way).
    public const string FiscalExpense = "fiscal_expense";
    public const string FiscalBasicExpense = "fiscal_basic_expense";
    public const string BasicByFunction = "basic_by_function";
    public const string GeneralBudgetEconomic = "general_budget_economic";
    public const string ProjectEconomic = "project_economic";
    public const string UnitBasicExpense = "unit_basic_expense";
    public const string UnitProjectExpense = "unit_project_expense";
    public const string SpecialExpense = "special_expense";
    public const string Procurement = "procurement";
    public const string PurchasedServices = "purchased_services";
    public const string OperatingCosts = "operating_costs";
    public const string GovFundSummary = "gov_fund_summary";
    /// <summary>Spending of every source by 经济分类 (部门支出经济分类汇总表, 部门经济分类支出预算表).</summary>
    public const string ExpenseEconomic = "expense_economic";

    // Final-account (决算) tables.
    public const string FinalSummary = "final_summary";
    public const string FinalIncome = "final_income";
    public const string FinalExpense = "final_expense";
    public const string FinalFiscalSummary = "final_fiscal_summary";
    public const string FinalGeneralBudgetExpense = "final_general_budget_expense";
    public const string FinalBasicExpense = "final_basic_expense";
    public const string FinalThreePublic = "final_three_public";
    public const string FinalGovFund = "final_gov_fund";
    public const string FinalStateCapital = "final_state_capital";
    public const string FinalOperatingCosts = "final_operating_costs";
    public const string FinalProcurement = "final_procurement";

    public static readonly IReadOnlyList<string> Budget =
    [
        Summary, Income, Expense, FiscalSummary, GeneralBudgetExpense, BasicExpense, ProjectExpense,
        GovFundExpense, StateCapitalExpense, ThreePublic, Carryover,
    ];

    /// <summary>The budget table whose printed shape a 决算 table shares (two sides, rows by 功能分类 code, rows by
    /// 经济分类 code, 三公 items), so one reader serves both; its columns stay its own. Budget kinds read as
    /// themselves; a 决算 table with no budget counterpart (机关运行经费表, 政府采购情况表) returns null.</summary>
    public static string? ReadsLike(string kind) => kind switch
    {
        FinalSummary => Summary,
        FinalFiscalSummary => FiscalSummary,
        FinalIncome => Income,
        FinalExpense => Expense,
        FinalGeneralBudgetExpense => GeneralBudgetExpense,
        FinalBasicExpense => BasicExpense,
        FinalThreePublic => ThreePublic,
        FinalGovFund => GovFundExpense,
        FinalStateCapital => StateCapitalExpense,
        FinalOperatingCosts or FinalProcurement => null,
        GovFundSummary => Summary,   // 政府性基金收支表: 收入 | 支出 sides, as a 收支总表
        _ => kind,
    };

    public static bool IsFinal(string kind) => kind.StartsWith("final_", StringComparison.Ordinal);

    public static bool IsTwoSided(string kind) => ReadsLike(kind) is Summary or FiscalSummary;

    /// <summary>Tables whose rows are keyed by 支出功能分类 codes.</summary>
    public static bool HasFunctionalCodes(string kind) =>
        ReadsLike(kind) is Income or Expense or GeneralBudgetExpense or ProjectExpense or GovFundExpense or StateCapitalExpense
            or FiscalExpense or BasicByFunction or SpecialExpense or UnitProjectExpense;

    /// <summary>Tables whose rows are keyed by 支出经济分类 codes.</summary>
    public static bool HasEconomicCodes(string kind) =>
        ReadsLike(kind) is BasicExpense or FiscalBasicExpense or GeneralBudgetEconomic or ProjectEconomic or UnitBasicExpense or OperatingCosts
            or ExpenseEconomic;

    /// <summary>Tables whose rows are the “三公” items.</summary>
    public static bool IsThreePublic(string kind) => ReadsLike(kind) is ThreePublic;

    public static string ChineseName(string kind) => kind switch
    {
        Summary => "收支总体情况表",
        Income => "收入总体情况表",
        Expense => "支出总体情况表",
        FiscalSummary => "财政拨款收支总体情况表",
        GeneralBudgetExpense => "一般公共预算支出情况表",
        BasicExpense => "一般公共预算基本支出情况表",
        ProjectExpense => "一般公共预算项目支出情况表",
        GovFundExpense => "政府性基金预算支出情况表",
        StateCapitalExpense => "国有资本经营预算支出情况表",
        ThreePublic => "“三公”经费支出情况表",
        Carryover => "上年结转结余情况明细表",
        FinalSummary => "收入支出决算总表",
        FinalIncome => "收入决算表",
        FinalExpense => "支出决算表",
        FinalFiscalSummary => "财政拨款收入支出决算总表",
        FinalGeneralBudgetExpense => "一般公共预算财政拨款支出决算表",
        FinalBasicExpense => "一般公共预算财政拨款基本支出决算表",
        FinalThreePublic => "财政拨款“三公”经费支出决算表",
        FinalGovFund => "政府性基金预算财政拨款收入支出决算表",
        FinalStateCapital => "国有资本经营预算财政拨款收入支出决算表",
        FinalOperatingCosts => "机关运行经费支出决算表",
        FinalProcurement => "政府采购情况表",
        FiscalExpense => "财政拨款支出表",
        FiscalBasicExpense => "财政拨款基本支出表",
        BasicByFunction => "一般公共预算基本支出表（按功能分类科目）",
        GeneralBudgetEconomic => "一般公共预算支出表（按经济分类科目）",
        ProjectEconomic => "一般公共预算项目支出表（按经济分类科目）",
        UnitBasicExpense => "基本支出预算表",
        UnitProjectExpense => "项目支出预算表",
        SpecialExpense => "专项业务经费支出表",
        Procurement => "政府采购预算表",
        PurchasedServices => "政府购买服务预算表",
        OperatingCosts => "机关运行经费支出预算表",
        GovFundSummary => "政府性基金收支表",
        ExpenseEconomic => "支出经济分类表",
        _ => kind,
    };

    /// <summary>Every column key a kind may have, in the order templates print them.</summary>
    public static IReadOnlyList<string> ColumnOrder(string kind) => kind switch
    {
        Income =>
        [
            "total", "fiscal_subtotal", "general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer",
            "state_capital", "state_capital_transfer", "special_account", "unit_funds", "business_income",
            "operating_income", "other_income", "fiscal_carryover", "nonfiscal_carryover",
        ],
        Expense or GeneralBudgetExpense => ["total", "basic", "project"],
        BasicExpense => ["total", "personnel", "public"],
        ProjectExpense => ["total", "301", "302", "303", "307", "309", "310", "311", "312", "313", "399"],
        GovFundExpense or StateCapitalExpense => ["total", "basic", "personnel", "public", "project"],
        ThreePublic => ["total", "general_budget", "gov_fund", "state_capital"],
        Carryover =>
        [
            "total", "fiscal_total", "fiscal_personnel", "fiscal_public", "fiscal_project",
            "nonfiscal_total", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project",
        ],
        Summary => ["amount", "personnel", "public", "project"],
        FiscalSummary or FinalFiscalSummary => ["total", "general_budget", "gov_fund", "state_capital"],
        FinalSummary or FinalBasicExpense => ["amount"],
        FinalIncome =>
            ["total", "fiscal_subtotal", "superior_subsidy", "business_income", "operating_income", "subordinate_remit", "other_income"],
        FinalExpense => ["total", "basic", "project", "superior_remit", "operating", "subordinate_subsidy"],
        FinalGeneralBudgetExpense => ["initial_budget", "total", "basic", "project"],
        FinalThreePublic => ["budget", "final"],
        FinalGovFund or FinalStateCapital => ["opening_balance", "income", "total", "basic", "project", "closing_balance"],
        _ => [],
    };
}
