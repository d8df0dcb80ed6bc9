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

    public static readonly IReadOnlyList<string> Budget =
    [
        Summary, Income, Expense, FiscalSummary, GeneralBudgetExpense, BasicExpense, ProjectExpense,
        GovFundExpense, StateCapitalExpense, ThreePublic, Carryover,
    ];

    public static bool IsTwoSided(string kind) => kind is Summary or FiscalSummary;

    /// <summary>Tables whose rows are keyed by 支出功能分类 codes.</summary>
    public static bool HasFunctionalCodes(string kind) =>
        kind is Income or Expense or GeneralBudgetExpense or ProjectExpense or GovFundExpense or StateCapitalExpense;

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
        FiscalSummary => ["total", "general_budget", "gov_fund", "state_capital"],
        _ => [],
    };
}
