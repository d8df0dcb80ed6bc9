using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Tables;

/// <summary>Resolves a table's figure columns from its printed header: which labels are present
/// (however the extraction shredded them), put in the order the templates print them.</summary>
public static partial class HeaderColumns
{
    public static IReadOnlyList<string> Resolve(string kind, string headerKey, out int? numberedColumns)
    {
        numberedColumns = NumberedColumns(headerKey);
        var found = ColumnLabels.Scan(kind, headerKey).ToHashSet();
        if (kind is TableKinds.GovFundExpense or TableKinds.StateCapitalExpense
            && found.Contains("personnel") && found.Contains("public") && numberedColumns != 5)
            found.Remove("basic"); // 基本支出 is the group over 人员经费 and 公用经费
        if (kind == TableKinds.Income && !found.Contains("fiscal_subtotal") && !found.Overlaps(["general_budget", "gov_fund"]))
            found.Clear();
        var ordered = TableKinds.ColumnOrder(kind).Where(found.Contains).ToList();
        return ordered.Count > 0 ? ordered : DefaultColumns(kind);
    }

    /// <summary>The columns a kind has when its header could not be read.</summary>
    public static IReadOnlyList<string> DefaultColumns(string kind) => kind switch
    {
        TableKinds.Income => ["total", "fiscal_subtotal", "general_budget", "general_budget_transfer", "gov_fund",
            "gov_fund_transfer", "state_capital", "state_capital_transfer", "special_account", "unit_funds",
            "fiscal_carryover", "nonfiscal_carryover"],
        TableKinds.GovFundExpense or TableKinds.StateCapitalExpense => ["total", "personnel", "public", "project"],
        TableKinds.FinalGeneralBudgetExpense => ["total", "basic", "project"],
        _ => TableKinds.ColumnOrder(kind),
    };

    /// <summary>The count of numbered columns in a "※ ※ ※ 1 2 3 …" line, when the header has one.</summary>
    private static int? NumberedColumns(string headerKey)
    {
        var m = NumberRow().Match(headerKey);
        if (!m.Success) return null;
        // The numbers run together once spaces are gone (12345678910…): count how far 1..n reaches.
        var digits = m.Groups[1].Value;
        var n = 0;
        var pos = 0;
        while (true)
        {
            var next = (n + 1).ToString();
            if (pos + next.Length > digits.Length || digits.Substring(pos, next.Length) != next) break;
            pos += next.Length;
            n++;
        }
        return n > 0 ? n : null;
    }

    [GeneratedRegex(@"※+(\d+)")]
    private static partial Regex NumberRow();
}
