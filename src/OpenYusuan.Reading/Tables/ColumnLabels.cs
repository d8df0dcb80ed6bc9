using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Tables;

/// <summary>Printed header labels → column keys, per table kind. A label may stand for several keys
/// (a group header such as 非财政拨款 that spans its sub-columns); an empty key list marks a label
/// that names no column of its own. Matching is on the whitespace-free header text, longest label first.</summary>
public static class ColumnLabels
{
    private static (Regex, string[])[] L(params (string Pattern, string[] Keys)[] labels) =>
        labels.Select(l => (new Regex(@"\G(?:" + l.Pattern + ")"), l.Keys)).ToArray();

    private static readonly (Regex, string[])[] Income = L(
        (@"财政拨款\(补助\)小计|财政拨款小计|财政拨款收入|财政拨款\(补助\)资金", ["fiscal_subtotal"]),
        (@"财政拨款\(补助\)", []),
        (@"上级一般公共预算安排的?转移支付", ["general_budget_transfer"]),
        (@"上级政府性基金(预算)?安排的?转移支付", ["gov_fund_transfer"]),
        (@"上级国有资本经营预算安排的?转移支付", ["state_capital_transfer"]),
        (@"一般公共预算(拨款|资金)?", ["general_budget"]),
        (@"政府性基金(预算)?(拨款|资金)?", ["gov_fund"]),
        (@"国有资本经营(预算)?(拨款|收入|资金)?", ["state_capital"]),
        (@"财政专户(管理资金|核拨|资金)?(\(教育收\)?费\)?)?|\(?教育收\(?费\)?", ["special_account"]),
        (@"单位资金", ["unit_funds"]),
        (@"事业单位经营收入|经营收入", ["operating_income"]),
        (@"事业收入", ["business_income"]),
        (@"单位其他资金收入|其他收入|其他资金", ["other_income"]),
        (@"非财政拨款结转结余|非财政拨款结余|非财政拨款结转", ["nonfiscal_carryover"]),
        (@"财政拨款结转(结余)?", ["fiscal_carryover"]),
        (@"总计|合计", ["total"]));

    private static readonly (Regex, string[])[] Expense = L(
        (@"总计|合计", ["total"]), (@"基本支出", ["basic"]), (@"项目支出", ["project"]));

    private static readonly (Regex, string[])[] Basic = L(
        (@"总计|合计", ["total"]), (@"人员经费", ["personnel"]), (@"公用经费", ["public"]));

    private static readonly (Regex, string[])[] Project = L(
        (@"项目支出合计|总计|合计", ["total"]), (@"工资福利支出", ["301"]), (@"商品和?服务支出", ["302"]),
        (@"对个人和家庭的?补助", ["303"]), (@"债务利息及费用支出", ["307"]),
        (@"资本性支出\(基本建设\)", ["309"]), (@"资本性支出", ["310"]),
        (@"对企业补助\(基本建设\)", ["311"]), (@"对企业补助", ["312"]),
        (@"对社会保障基金补助", ["313"]), (@"其他支出", ["399"]));

    private static readonly (Regex, string[])[] Fund = L(
        (@"总计|合计", ["total"]), (@"基本支出", ["basic"]), (@"人员经费", ["personnel"]),
        (@"公用经费", ["public"]), (@"项目支出", ["project"]));

    private static readonly (Regex, string[])[] ThreePublic = L(
        (@"总计|合计", ["total"]), (@"一般公共预算(拨款)?", ["general_budget"]),
        (@"政府性基金(预算)?", ["gov_fund"]), (@"国有资本经营(预算)?", ["state_capital"]));

    private static readonly (Regex, string[])[] Carryover = L(
        (@"总计", ["total"]),
        (@"非财政拨款", ["nonfiscal_total", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"]),
        (@"财政拨款", ["fiscal_total", "fiscal_personnel", "fiscal_public", "fiscal_project"]));

    private static readonly (Regex, string[])[] FiscalSummaryExpense = L(
        (@"总计|合计", ["total"]), (@"一般公共预算", ["general_budget"]),
        (@"政府性基金(预算)?", ["gov_fund"]), (@"国有资本经营(预算)?", ["state_capital"]));

    private static readonly (Regex, string[])[] SummaryExpense = L(
        (@"预算数|合计|金额", ["amount"]), (@"人员经费", ["personnel"]), (@"公用经费", ["public"]),
        (@"项目支出", ["project"]));

    // 决算 tables. Their multi-line headers are often cut inside a label (附属单位 / 上缴收入), so the fragments
    // that can only belong to one column name it too.
    private static readonly (Regex, string[])[] FinalIncome = L(
        (@"本年收入合计|合计", ["total"]), (@"财政拨款收入|财政拨款", ["fiscal_subtotal"]),
        (@"上级补助收入", ["superior_subsidy"]), (@"事业收入", ["business_income"]),
        (@"(事业单位)?经营收入", ["operating_income"]), (@"附属单位上缴收入|附属单位|上缴收入", ["subordinate_remit"]),
        (@"其他收入", ["other_income"]));

    private static readonly (Regex, string[])[] FinalExpense = L(
        (@"本年支出合计|合计", ["total"]), (@"基本支出", ["basic"]), (@"项目支出", ["project"]),
        (@"上缴上级支出", ["superior_remit"]), (@"经营支出", ["operating"]),
        (@"对附属单位补助支出|对附属单位补?", ["subordinate_subsidy"]));

    private static readonly (Regex, string[])[] FinalFiscalSummary = L(
        (@"总计|合计", ["total"]), (@"一般公共(预算)?", ["general_budget"]),
        (@"政府性基金?", ["gov_fund"]), (@"国有资本(经营)?", ["state_capital"]));

    private static readonly (Regex, string[])[] FinalGeneralBudget = L(
        (@"年初预算数?", ["initial_budget"]), (@"总计|合计", ["total"]), (@"基本支出", ["basic"]), (@"项目支出", ["project"]));

    private static readonly (Regex, string[])[] FinalAmount = L((@"决算数|金额", ["amount"]));

    private static readonly (Regex, string[])[] FinalThreePublic = L((@"预算数", ["budget"]), (@"决算数", ["final"]));

    private static readonly (Regex, string[])[] FinalFund = L(
        (@"年初结转和(结余)?", ["opening_balance"]), (@"本年收入", ["income"]), (@"本年支出|合计", ["total"]),
        (@"基本支出", ["basic"]), (@"项目支出", ["project"]), (@"年末结转和(结余)?", ["closing_balance"]));

    public static (Regex Pattern, string[] Keys)[] For(string kind) => kind switch
    {
        TableKinds.FinalIncome => FinalIncome,
        TableKinds.FinalExpense => FinalExpense,
        TableKinds.FinalFiscalSummary => FinalFiscalSummary,
        TableKinds.FinalSummary or TableKinds.FinalBasicExpense => FinalAmount,
        TableKinds.FinalGeneralBudgetExpense => FinalGeneralBudget,
        TableKinds.FinalThreePublic => FinalThreePublic,
        TableKinds.FinalGovFund or TableKinds.FinalStateCapital => FinalFund,
        TableKinds.Income => Income,
        TableKinds.Expense or TableKinds.GeneralBudgetExpense => Expense,
        TableKinds.BasicExpense => Basic,
        TableKinds.ProjectExpense => Project,
        TableKinds.GovFundExpense or TableKinds.StateCapitalExpense => Fund,
        TableKinds.ThreePublic => ThreePublic,
        TableKinds.Carryover => Carryover,
        TableKinds.FiscalSummary => FiscalSummaryExpense,
        TableKinds.Summary => SummaryExpense,
        _ => [],
    };

    /// <summary>Scans header text (whitespace removed, brackets ASCII) left to right, taking the longest
    /// label at each position; returns the keys named, in order of first appearance.</summary>
    public static IReadOnlyList<string> Scan(string kind, string headerKey)
    {
        var labels = For(kind);
        var found = new List<string>();
        for (var i = 0; i < headerKey.Length;)
        {
            var best = 0;
            string[]? keys = null;
            foreach (var (pattern, k) in labels)
            {
                var m = pattern.Match(headerKey, i);
                if (m.Success && m.Length > best) { best = m.Length; keys = k; }
            }
            if (keys is null) { i++; continue; }
            foreach (var k in keys)
                if (!found.Contains(k)) found.Add(k);
            i += best;
        }
        return found;
    }
}
