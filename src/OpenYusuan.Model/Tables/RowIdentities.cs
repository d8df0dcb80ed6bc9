namespace OpenYusuan.Model.Tables;

/// <summary>The identities that hold inside every row of a table kind (合计 = 基本支出 + 项目支出 …),
/// stated over whichever of the columns the printed header has.</summary>
public static class RowIdentities
{
    private static readonly string[] FiscalParts =
        ["general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer", "state_capital", "state_capital_transfer"];

    private static readonly string[] CurrentOther =
        ["special_account", "unit_funds", "business_income", "operating_income", "superior_subsidy", "subordinate_remit", "other_income"];

    private static readonly string[] CarryGroups = ["fiscal_carryover", "nonfiscal_carryover"];

    private static readonly string[] CarryDetail =
        ["fiscal_carryover_general", "fiscal_carryover_gov_fund", "fiscal_carryover_state_capital",
         "nonfiscal_carryover_special_account", "nonfiscal_carryover_unit_funds"];

    public static IEnumerable<(string Target, string[] Parts)> For(string kind, IReadOnlyList<string> columns)
    {
        switch (TableKinds.ReadsLike(kind) ?? kind)
        {
            // Projects by unit (Guangzhou 表12) and 政府采购/购买服务 lists (Suzhou) that split each amount by its sources are
            // held to the income table's identity.
            case TableKinds.Income or TableKinds.UnitProjectExpense:
            case TableKinds.Procurement or TableKinds.PurchasedServices when columns.Contains("total") && columns.Count(c => FiscalParts.Contains(c) || CurrentOther.Contains(c)) >= 2:
            {
                // 合计 = 本年收入 + 上年结转; each group is its 小计 where printed, else its parts.
                string[] fiscal = columns.Contains("fiscal_subtotal") ? ["fiscal_subtotal"] : FiscalParts;
                string[] current = [.. fiscal, .. CurrentOther];
                string[] carry = columns.Any(CarryDetail.Contains) ? CarryDetail : CarryGroups;
                if (columns.Contains("fiscal_subtotal")) yield return ("fiscal_subtotal", FiscalParts);
                if (columns.Contains("current_subtotal")) yield return ("current_subtotal", current);
                if (columns.Contains("prior_carryover")) yield return ("prior_carryover", carry);
                // Xi'an adds 用事业基金弥补收支差额 and 上年实户资金余额 beside 本年收入 and 上年结转.
                yield return ("total", [.. columns.Contains("current_subtotal") ? ["current_subtotal"] : current,
                                        .. columns.Contains("prior_carryover") ? ["prior_carryover"] : carry,
                                        "nonfiscal_balance_used", "prior_account_balance"]);
                break;
            }
            case TableKinds.Expense or TableKinds.GeneralBudgetExpense:
            {
                // 合计 = 基本 + 项目, and where printed 预留机动经费, 经营支出, 上缴上级支出, 对附属单位补助支出. A table that
                // prints 人员经费 and 公用经费 instead of 基本支出 (Xi'an) adds those.
                var split = columns.Contains("personnel") || columns.Contains("public");
                string[] basic = columns.Contains("basic") || !split ? ["basic"] : ["personnel", "public"];
                if (columns.Contains("basic") && split) yield return ("basic", ["personnel", "public"]);
                yield return ("total", [.. basic, "project", "reserve", "operating", "superior_remit", "subordinate_subsidy"]);
                break;
            }
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
