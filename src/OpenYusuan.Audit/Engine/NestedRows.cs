using OpenYusuan.Model;

namespace OpenYusuan.Audit.Engine;

/// <summary>Rows without codes (units, project groups, 采购 items) nest without saying so: a department over its
/// units, a unit over its project groups, a group over its projects. The arithmetic tells: a row heads the rows right
/// after it when it equals their sum (each taken with the rows it heads in turn). Several nestings may fit the figures
/// (a group and its only project print the same amount); the deepest whose top rows make the 合计 is taken. Which row ends each subtree, and which runs of subtrees make an amount, are remembered
/// (a list of 88 采购 items with two stacked group rows each would otherwise be searched in exponential time); the
/// work is bounded and gives null when no nesting makes the 合计 or the bound is reached.</summary>
public static class NestedRows
{
    private const int MaxStates = 1_000_000;
    private const int MaxRows = 5_000;
    private const decimal MinHeadShare = 0.005m;
    private const int LocalBudget = 50_000;

    public static List<int>? Top(IReadOnlyList<TableRow> rows, IReadOnlyList<int> candidates, string column, decimal total)
    {
        var v = candidates.Select(i => rows[i].Values.GetValueOrDefault(column)).ToArray();
        var n = v.Length;
        if (n > MaxRows) return null;
        // Rows that nest count their heads twice: the flat sum exceeds the 合计 by the heads' amounts, a large share of it.
        // A flat sum a little off the 合计 is a wrong figure, not a nesting, even where some rows happen to add up to
        // others (a list of 228 services changed by 1.00 would otherwise find heads worth 1.00 among its small items).
        if (Math.Abs(total) > 0 && v.Sum() - total < Math.Abs(total) * MinHeadShare) return null;
        // Printed sums may differ from their parts by rounding: half a unit of the last digit per part, a few parts.
        var tolerance = Amounts.Step(v) * 2;
        var ends = new Dictionary<int, List<int>>();
        var runs = new Dictionary<(int, decimal), List<int>>();
        var states = 0;

        // Where a subtree rooted at k can end: right after k (a flat row), or after the rows it heads. Real groups close
        // within a few rows; a row whose search for rows to head runs past its own budget (a large item before many
        // groups, each of which may or may not head its rows) is taken as flat.
        var frames = new List<int>();   // the work done so far for each subtree whose ends are being found
        var truncated = 0;
        List<int> Ends(int k)
        {
            if (ends.TryGetValue(k, out var known)) return known;
            var savedTruncated = truncated;
            frames.Add(0);
            var list = new List<int> { k + 1 };
            if (v[k] != 0)
            {
                var found = Runs(k + 1, v[k]).Where(e => e > k + 1).ToList();
                if (truncated == savedTruncated) list.AddRange(found);
            }
            frames.RemoveAt(frames.Count - 1);
            truncated = savedTruncated;
            return ends[k] = list;
        }

        // Where a run of subtrees starting at j and making `remaining` can end (not remembered when cut short).
        List<int> Runs(int j, decimal remaining)
        {
            if (runs.TryGetValue((j, remaining), out var known)) return known;
            var list = new List<int>();
            if (++states > MaxStates || (frames.Count > 0 && ++frames[^1] > LocalBudget)) { truncated++; return list; }
            var before = truncated;
            if (Math.Abs(remaining) <= tolerance) list.Add(j);
            if (j < n && remaining >= -tolerance)
                foreach (var first in Ends(j))
                    foreach (var end in Runs(first, remaining - v[j]))
                        if (!list.Contains(end)) list.Add(end);
            if (truncated == before) runs[(j, remaining)] = list;
            return list;
        }

        // The roots: each row taken with as many rows as it can head first (全额 over a unit over its items), shallower
        // where the rest then cannot make the 合计; what fails from a row with an amount left is remembered.
        var failed = new HashSet<(int, decimal)>();
        var roots = new List<int>();
        bool Reach(int j, decimal remaining)
        {
            if (j == n) return Math.Abs(remaining) <= tolerance;
            if (remaining < -tolerance || failed.Contains((j, remaining)) || ++states > MaxStates) return false;
            foreach (var end in Ends(j).OrderByDescending(e => e))
            {
                roots.Add(j);
                if (Reach(end, remaining - v[j])) return true;
                roots.RemoveAt(roots.Count - 1);
            }
            failed.Add((j, remaining));
            return false;
        }
        if (!Reach(0, total)) return null;
        return roots.Select(r => candidates[r]).ToList();
    }
}
