using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>The “三公” table printed as one horizontal row (older templates): the items are the header's
/// columns (合计, 因公出国（境）费, 公务用车购置及运行费 with 购置费/运行费, 公务接待费, in printed order)
/// and the body is one row of figures. In the model it becomes the usual rows keyed by item.</summary>
public static partial class HorizontalThreePublic
{
    /// <summary>True when the header names the items and no body line does.</summary>
    public static bool Applies(TableSplit split) =>
        split.HeaderKey.Contains("因公出国") && split.HeaderKey.Contains("公务接待")
        && !split.Body.Any(l => RowLabels.ThreePublicItem(l.Text) is { } item && item != "total");

    // Orders the templates print the items in: the older Xinjiang row and the Shanghai table 9.
    private static readonly string[][] KnownOrders =
    [
        ["total", "abroad", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"],
        ["total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation", "operating_costs"],
    ];

    /// <summary>The rows keyed by item, and the columns each item has: one (total), or 预算数 and 决算数 side by side
    /// under each item, as 决算 templates print them.</summary>
    public static (IReadOnlyList<string> Columns, List<TableRow> Rows) Read(TableSplit split, string table, NoteSink notes)
    {
        IReadOnlyList<string> columns = split.HeaderKey.Contains("预算数") && split.HeaderKey.Contains("决算数") ? ["budget", "final"] : ["total"];
        var headerOrder = ItemOrder(split.HeaderKey);
        var line = split.Body.FirstOrDefault(l => l.Text.Split(' ', '\t').Any(t => AmountText.TryParse(t, false, out _)));
        if (line is null) return (columns, []);
        var cells = line.Cells ?? line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new List<decimal?>();
        var positions = new List<int>();
        var first = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i].Trim();
            if (!AmountText.TryParse(c, true, out var v)) continue;
            if (first < 0) first = i;
            values.Add(v);
            positions.Add(i - first);
        }
        var stride = columns.Count;
        if (values.Count % stride != 0)
        {
            notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                $"{table}为横排一行，每个项目应有 {stride} 个数字（{string.Join("、", columns)}），但该行有 {values.Count} 个数字，未读入", line.Number);
            return (columns, []);
        }
        // A multi-line header printed as text puts group labels above their columns, so its reading order is not
        // the column order: the known orders of the templates are tried too, and the arithmetic chooses.
        // Merged header cells put the same labels in yet another order, so the known orders are tried for both.
        var orders = new List<List<string>> { headerOrder };
        orders.AddRange(KnownOrders.Select(o => o.Where(headerOrder.Contains).ToList()).Where(o => o.Count == headerOrder.Count));
        (List<string> Items, SolverRow[] Rows, int Score)? best = null;
        foreach (var items in orders)
        {
            var rows = new SolverRow[stride];
            var score = 0;
            for (var c = 0; c < stride; c++)
            {
                var mine = Enumerable.Range(0, values.Count).Where(i => i % stride == c).ToList();
                var p = mine.Select(i => positions[i] / stride).ToArray();
                rows[c] = Solve(items, mine.Select(i => values[i]).ToList(), line.Cells is not null && p.All(x => x < items.Count) ? p : null);
                score += Satisfied(items, rows[c].Cells);
            }
            if (best is null || score > best.Value.Score) best = (items, rows, score);
        }
        var (chosen, solved, _) = best!.Value;
        if (solved.Any(r => r.Candidates.Count > 1 && r.Positional is null) || !chosen.SequenceEqual(headerOrder))
            notes.Add(RuleIds.ColumnsByArithmetic, Severity.Info,
                $"{table}为横排一行，{values.Count} 个数字对应 {chosen.Count} 个项目，按勾稽关系确定：{string.Join("、", solved[0].Chosen.Select(c => chosen[c]))}",
                line.Number);
        return (columns, chosen.Select((item, i) =>
        {
            var v = new Dictionary<string, decimal>();
            for (var c = 0; c < stride; c++)
                if (solved[c].Cells[i] is { } x) v[columns[c]] = x;
            return new TableRow { Item = item, Name = Names[item], Loc = Location.AtLine(line.Number), Values = v };
        }).ToList());
    }

    private static SolverRow Solve(List<string> items, List<decimal?> values, int[]? positional)
    {
        var solver = new ColumnSolver(items.Count, 0.01m, items.Select(Rank).ToArray());
        int At(string item) => items.IndexOf(item);
        if (At("total") >= 0) solver.AddRowRule(At("total"), new[] { "abroad", "vehicle", "reception" }.Select(At).Where(i => i >= 0).ToArray());
        if (At("vehicle") >= 0) solver.AddRowRule(At("vehicle"), new[] { "vehicle_purchase", "vehicle_operation" }.Select(At).Where(i => i >= 0).ToArray());
        solver.AddRow(new SolverRow(values.Take(items.Count).ToList(), 0, positional));
        solver.Solve();
        return solver.Rows[0];
    }

    private static int Satisfied(List<string> items, decimal?[] cells)
    {
        decimal V(string item) => items.IndexOf(item) is var i and >= 0 ? cells[i] ?? 0 : 0;
        var score = 0;
        if (items.Contains("total")) score += V("total") == V("abroad") + V("reception") + V("vehicle") ? 1 : -1;
        if (items.Contains("vehicle")) score += V("vehicle") == V("vehicle_purchase") + V("vehicle_operation") ? 1 : -1;
        return score;
    }

    /// <summary>The name each item is kept under, whatever the header prints (运行费, 运行维护费 …).</summary>
    internal static readonly Dictionary<string, string> Names = new()
    {
        ["total"] = "合计", ["abroad"] = "因公出国（境）费", ["vehicle"] = "公务用车购置及运行费",
        ["vehicle_purchase"] = "公务用车购置费", ["vehicle_operation"] = "公务用车运行费", ["reception"] = "公务接待费",
        ["operating_costs"] = "机关运行经费", ["meeting"] = "会议费", ["training"] = "培训费",
        ["grand_total"] = "合计（含会议费、培训费）",
    };

    /// <summary>Items in the order the header prints them; the vehicle group brings its two parts along.</summary>
    private static List<string> ItemOrder(string header)
    {
        var items = new List<string>();
        foreach (Match m in ItemLabel().Matches(header))
        {
            var item = m.Value switch
            {
                _ when m.Value.StartsWith("因公出国") => "abroad",
                _ when m.Value.StartsWith("公务接待") => "reception",
                _ when m.Value.StartsWith("机关运行") => "operating_costs",
                _ when m.Value.Contains("及运行") || m.Value.Contains("和运行") => "vehicle",
                _ => "total",
            };
            if (items.Contains(item)) continue;
            items.Add(item);
            if (item == "vehicle") items.AddRange(["vehicle_purchase", "vehicle_operation"]);
        }
        if (!items.Contains("total")) items.Insert(0, "total");
        return items;
    }

    // Printing rarely leaves 公务用车购置费 non-empty; when figures could sit in either part, 运行费 comes first.
    private static int Rank(string item) => item switch
    {
        "total" => 0, "vehicle" => 1, "vehicle_operation" => 2, "reception" => 3, "abroad" => 4, "operating_costs" => 5, _ => 6,
    };

    [GeneratedRegex(@"合计|因公出国(\(境\)费?)?|公务用车购置(及|和)运行(维护)?费|公务接待费|机关运行经费")]
    private static partial Regex ItemLabel();
}
