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

    /// <summary>The figure columns of a header printed in cells (a tab-separated text, an HTML, DOCX or XLSX table), named
    /// by the family's column rules (tables.json) from each column's labels, outermost group first: for the kinds beyond
    /// the national set, which have no label list of their own here. A group label spans the empty cells to its right
    /// that have labels below them. Empty — the table is then reported unread, not read into the wrong columns — when a
    /// column right of the first figure column has a label the rules do not know, or two columns name one key.</summary>
    public static IReadOnlyList<string> FromCells(string kind, IReadOnlyList<Text.SourceLine> header)
    {
        var rows = header.Where(l => l.Cells is { Count: > 0 }).Select(l => l.Cells!).ToList();
        var keys = new List<string>();
        if (rows.Count == 0) return keys;
        string Cell(int r, int j) => j < rows[r].Count ? rows[r][j].Trim() : "";
        var width = rows.Max(r => r.Count);
        for (var j = 0; j < width; j++)
        {
            var path = new List<string>();
            for (var r = 0; r < rows.Count; r++)
            {
                var label = Cell(r, j);
                var below = Enumerable.Range(r + 1, rows.Count - r - 1).Any(b => Cell(b, j).Length > 0);
                if (label.Length == 0 && below)
                    for (var k = j - 1; k >= 0 && label.Length == 0; k--) label = Cell(r, k);
                if (label.Length > 0 && (path.Count == 0 || path[^1] != label)) path.Add(label);
            }
            if (path.Count == 0) continue;
            if (Templates.TableFamily.ColumnKey(kind, path) is { } key)
            {
                if (keys.Contains(key)) return [];
                keys.Add(key);
            }
            else if (keys.Count > 0 && Templates.TableFamily.LabelRole(kind, path[^1]) is null) return [];
        }
        return keys;
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
