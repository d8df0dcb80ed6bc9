using OpenYusuan.Model;
using OpenYusuan.Model.Tables;

namespace OpenYusuan.Reading.Tables;

/// <summary>Figures a table must repeat from tables read before it (the 收支总表's income lines are the
/// income table's column totals, and so on). They only help choose between column candidates; whether
/// the document is consistent is the auditor's business.</summary>
public static class CrossTableAnchors
{
    /// <summary>(row code or null for the totals row, column, value).</summary>
    public static IEnumerable<(string? Row, string Column, decimal Value)> For(string kind, IReadOnlyList<string> columns, string unit, ReadingContext context)
    {
        var summary = Same(context.Table(TableKinds.Summary), unit);
        var fiscal = Same(context.Table(TableKinds.FiscalSummary), unit);
        var general = Same(context.Table(TableKinds.GeneralBudgetExpense), unit);
        switch (kind)
        {
            case TableKinds.Income when summary is not null:
                foreach (var (column, value) in IncomeLineMap.Expected(columns, item => Item(summary, item), summary.IncomeTotal))
                    if (value is { } v) yield return (null, column, v);
                foreach (var e in ExpenseRows(summary, "amount")) yield return (e.Code, "total", e.Value);
                break;
            case TableKinds.Expense when summary is not null:
                if (summary.ExpenseTotals?.GetValueOrDefault("amount") is { } t) yield return (null, "total", t);
                foreach (var e in ExpenseRows(summary, "amount")) yield return (e.Code, "total", e.Value);
                break;
            case TableKinds.GeneralBudgetExpense when fiscal is not null:
                if (fiscal.ExpenseTotals?.GetValueOrDefault("general_budget") is { } g) yield return (null, "total", g);
                foreach (var e in ExpenseRows(fiscal, "general_budget")) yield return (e.Code, "total", e.Value);
                break;
            case TableKinds.BasicExpense when general?.Totals?.GetValueOrDefault("basic") is { } basic:
                yield return (null, "total", basic);
                break;
            case TableKinds.ProjectExpense when general?.Totals?.GetValueOrDefault("project") is { } project:
                yield return (null, "total", project);
                break;
            case TableKinds.GovFundExpense when fiscal?.ExpenseTotals?.GetValueOrDefault("gov_fund") is { } gf:
                yield return (null, "total", gf);
                break;
            case TableKinds.StateCapitalExpense when fiscal?.ExpenseTotals?.GetValueOrDefault("state_capital") is { } sc:
                yield return (null, "total", sc);
                break;
            case TableKinds.Carryover when summary is not null:
                if (Item(summary, "prior_carryover") is { } pc) yield return (null, "total", pc);
                if (Item(summary, "fiscal_carryover") is { } fc) yield return (null, "fiscal_total", fc);
                if (Item(summary, "nonfiscal_carryover") is { } nc) yield return (null, "nonfiscal_total", nc);
                break;
        }
    }

    private static DisclosureTable? Same(DisclosureTable? t, string unit) => t is not null && t.Unit == unit ? t : null;

    /// <summary>The item's printed figure; 0 when its line is printed empty; null when the line is absent.</summary>
    private static decimal? Item(DisclosureTable table, string item)
    {
        var row = table.Income?.FirstOrDefault(r => r.Item == item);
        return row is null ? null : row.Values.GetValueOrDefault("amount");
    }



    private static IEnumerable<(string Code, decimal Value)> ExpenseRows(DisclosureTable table, string column) =>
        (table.Expense ?? []).Where(r => r.Code is not null)
            .Select(r => (r.Code!, r.Values.GetValueOrDefault(column)));
}
