using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Audit.Engine;

/// <summary>Read-only shortcuts into a document's tables for the cross-table rules.</summary>
public sealed class DocumentView(Disclosure document)
{
    /// <summary>False for a table the reader said it could not read reliably (YS0903, YS0907): the audit does not
    /// hold the document to figures that may be misread.</summary>
    public static bool Reliable(Disclosure d, DisclosureTable? t) =>
        t is not null && !d.Notes.Any(n => n.Location.Table == t.Kind && n.Rule is Model.Findings.RuleIds.TableUnreadable or Model.Findings.RuleIds.TableTruncated);

    public DisclosureTable? Table(string kind) => document.Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>A 决算 (final accounts), whose tables are the final_* kinds.</summary>
    public bool IsFinal => document.Kind == "final";

    /// <summary>The document's tables that can be audited: 决算 tables too, held by the identities of the budget table they
    /// read like (<see cref="TableKinds.ReadsLike"/>) over their own columns; their 总表 lines are FinalAccountsRules'.</summary>
    public IEnumerable<DisclosureTable> ReliableTables => document.Tables.Where(t => Reliable(document, t));

    /// <summary>Two tables whose figures can be compared (both present, same unit).</summary>
    public bool Comparable(DisclosureTable? a, DisclosureTable? b) =>
        a is not null && b is not null && a.Unit == b.Unit && Reliable(document, a) && Reliable(document, b);

    /// <summary>A summary income line: its figure, 0 when printed empty, null when the line is absent.</summary>
    public static decimal? Item(DisclosureTable? twoSided, string item) =>
        twoSided?.Income?.FirstOrDefault(r => r.Item == item) is { } r ? r.Values.GetValueOrDefault("amount") : null;

    /// <summary>A line of one side of a two-sided table, when it is printed with a figure: null when the line is absent or
    /// printed empty (unlike <see cref="Item"/>, which takes an empty line as 0).</summary>
    public static decimal? Printed(IReadOnlyList<TableRow>? side, string item, string column = "amount") =>
        side?.FirstOrDefault(r => r.Item == item) is { Values.Count: > 0 } r ? r.Values.GetValueOrDefault(column) : null;

    /// <summary>Σ of a column over the rows with a code (all sub-units of a 汇总 table), null when no such row.</summary>
    public static decimal? ByCode(DisclosureTable? table, string code, string column)
    {
        if (table is null) return null;
        var index = Indexes.GetValue(table, t =>
        {
            var coded = ((t.IsTwoSided ? t.Expense : t.Rows) ?? []).Where(r => r.Code is not null && r.Project is null).ToList();
            return new CodeIndex(coded, coded.ToLookup(r => r.Code!));
        });
        var all = index.All;
        var rows = index.ByCode[code].ToList();
        // A table that prints only its 项 rows (Beijing's 支出总表, one row per 项 × economic code) still holds its 类 and
        // 款: the sum of the rows under the code that no printed row refines.
        if (rows.Count == 0)
            rows = all.Where(r => CodeLevels.IsRefinedBy(code, r.Code!) && !all.Any(o => CodeLevels.IsRefinedBy(r.Code!, o.Code!))).ToList();
        return rows.Count == 0 ? null : rows.Sum(r => r.Values.GetValueOrDefault(column));
    }

    // The rules ask a table for codes thousands of times per document; tables are immutable, so their index is kept.
    private sealed record CodeIndex(List<TableRow> All, ILookup<string, TableRow> ByCode);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DisclosureTable, CodeIndex> Indexes = new();

    /// <summary>Every row printed with the code: a table may print a code once per 政府经济分类 (50102, 50501 …).</summary>
    public static IEnumerable<TableRow> Rows(DisclosureTable? table, string code) =>
        ((table?.IsTwoSided == true ? table.Expense : table?.Rows) ?? []).Where(r => r.Code == code && r.Project is null);

    public static TableRow? Row(DisclosureTable? table, string code) =>
        ((table?.IsTwoSided == true ? table.Expense : table?.Rows) ?? []).FirstOrDefault(r => r.Code == code && r.Project is null);

    /// <summary>True when the table lists rows by classification code (not by unit or project only).</summary>
    public static bool HasCodes(DisclosureTable table) => (table.Rows ?? []).Any(r => r.Code is not null);

    /// <summary>True when the table prints no figure other than zero.</summary>
    public static bool AllZero(DisclosureTable table) =>
        (table.Rows ?? []).Concat(table.Income ?? []).Concat(table.Expense ?? []).All(r => r.Values.Values.All(x => x == 0))
        && (table.Totals ?? new Dictionary<string, decimal>()).Values.All(x => x == 0);

    public static decimal? Total(DisclosureTable? table, string column) =>
        table is null ? null : (table.IsTwoSided ? table.ExpenseTotals : table.Totals)?.TryGetValue(column, out var v) == true ? v : null;

    /// <summary>The 年终结转结余 (结转下年) the 收支总表's expense side prints: money of this year's income not spent this
    /// year, so not in the 支出总表. 0 when not printed.</summary>
    public static decimal YearEndCarryover(DisclosureTable? summary) =>
        summary?.Expense?.FirstOrDefault(r => r.Item == "year_end_carryover")?.Values.Values.FirstOrDefault() ?? 0;

    /// <summary>The 财政拨款 carryover of one fund (fund "" for all three) as the document prints it: a line of the 收支总表,
    /// else the 收入总表's column totals (Beijing's 收支总表 prints 上年结转结余 as one line and splits it only there), else
    /// the 财政拨款收支总表's line. Null when no table says it, or the summary's fund lines hold it.</summary>
    public decimal? FiscalCarryover(string fund = "")
    {
        string[] funds = fund.Length > 0 ? [fund == "general_budget" ? "general" : fund] : ["general", "gov_fund", "state_capital"];
        var keys = funds.Select(f => "fiscal_carryover_" + f).ToArray();
        var s = Table(TableKinds.Summary);
        // A summary without any carryover line prints each fund with its carryover (Chongqing): none is apart.
        if (s?.Income is { } lines && !lines.Any(r => r.Item is { } i && (i == "prior_carryover" || i.StartsWith("fiscal_carryover")))) return null;
        if (fund.Length == 0 && Item(s, "fiscal_carryover") is { } whole) return whole;
        if (keys.Any(k => Item(s, k) is not null)) return keys.Sum(k => Item(s, k) ?? 0);
        var income = Table(TableKinds.Income);
        if (Comparable(s, income) && income!.Columns.Any(keys.Contains) && income.Totals is { Count: > 0 } totals)
            return keys.Sum(k => totals.GetValueOrDefault(k));
        var fiscal = Table(TableKinds.FiscalSummary);
        if (Comparable(s, fiscal) && keys.Any(k => Item(fiscal, k) is not null)) return keys.Sum(k => Item(fiscal, k) ?? 0);
        return null;
    }

    /// <summary>The column's printed total; for a list of projects printed without a 合计 (Xi'an's 财政拨款结转资金支出表),
    /// the sum of its rows, which is what such a list amounts to.</summary>
    public static decimal? TotalOrSum(DisclosureTable? table, string column)
    {
        if (Total(table, column) is { } printed || table is null || HasTotals(table)) return Total(table, column);
        var rows = (table.Rows ?? []).Where(r => r.Values.Count > 0).ToList();
        return rows.Count > 0 && rows.All(r => r.Project is not null) && rows.Any(r => r.Values.ContainsKey(column))
            ? rows.Sum(r => r.Values.GetValueOrDefault(column)) : null;
    }

    /// <summary>True when the table's totals row was printed (even if some columns are empty).</summary>
    public static bool HasTotals(DisclosureTable? table) =>
        table is not null && ((table.IsTwoSided ? table.ExpenseTotals : table.Totals)?.Count > 0 || table.IsEmpty);
}
