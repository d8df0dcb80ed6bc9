namespace OpenYusuan.Model.Tables;

/// <summary>The identities that hold inside every row of a table kind (合计 = 基本支出 + 项目支出 …),
/// stated over whichever of the columns the printed header has.</summary>
public static class RowIdentities
{
    private static readonly string[] FiscalParts =
        ["general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer", "state_capital", "state_capital_transfer"];

    private static readonly string[] OtherSources =
        ["special_account", "unit_funds", "business_income", "operating_income", "other_income", "fiscal_carryover", "nonfiscal_carryover"];

    public static IEnumerable<(string Target, string[] Parts)> For(string kind, IReadOnlyList<string> columns)
    {
        switch (kind)
        {
            case TableKinds.Income:
                if (columns.Contains("fiscal_subtotal"))
                {
                    yield return ("fiscal_subtotal", FiscalParts);
                    yield return ("total", ["fiscal_subtotal", .. OtherSources]);
                }
                else yield return ("total", [.. FiscalParts, .. OtherSources]);
                break;
            case TableKinds.Expense or TableKinds.GeneralBudgetExpense:
                yield return ("total", ["basic", "project"]);
                break;
            case TableKinds.BasicExpense:
                yield return ("total", ["personnel", "public"]);
                break;
            case TableKinds.ProjectExpense:
                yield return ("total", TableKinds.ColumnOrder(kind).Skip(1).ToArray());
                break;
            case TableKinds.GovFundExpense or TableKinds.StateCapitalExpense:
                if (columns.Contains("basic"))
                {
                    yield return ("total", ["basic", "project"]);
                    yield return ("basic", ["personnel", "public"]);
                }
                else yield return ("total", ["personnel", "public", "project"]);
                break;
            case TableKinds.ThreePublic or TableKinds.FiscalSummary:
                yield return ("total", ["general_budget", "gov_fund", "state_capital"]);
                break;
            case TableKinds.Carryover:
                yield return ("total", ["fiscal_total", "nonfiscal_total"]);
                yield return ("fiscal_total", ["fiscal_personnel", "fiscal_public", "fiscal_project"]);
                yield return ("nonfiscal_total", ["nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"]);
                break;
            case TableKinds.Summary:
                yield return ("amount", ["personnel", "public", "project"]);
                break;
            case TableKinds.FinalFiscalSummary:
                yield return ("total", ["general_budget", "gov_fund", "state_capital"]);
                break;
            case TableKinds.FinalIncome or TableKinds.FinalExpense:
                yield return ("total", TableKinds.ColumnOrder(kind).Skip(1).ToArray());
                break;
            case TableKinds.FinalGeneralBudgetExpense or TableKinds.FinalGovFund or TableKinds.FinalStateCapital:
                yield return ("total", ["basic", "project"]);
                break;
        }
    }
}
