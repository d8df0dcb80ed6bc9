using OpenYusuan.Model;

namespace OpenYusuan.Audit.Engine;

/// <summary>Rows without codes (units, project groups, 采购 items) nest without saying so: a department over its
/// units, a unit over its project groups, a group over its projects. The arithmetic tells: a row heads the rows right
/// after it when it equals their sum (each taken with the rows it heads in turn). Several nestings may fit the figures
/// (a group and its only project print the same amount); the first whose top rows make the 合计 is taken, flat rows
/// preferred to nested ones. Which row ends each subtree, and which runs of subtrees make an amount, are remembered
/// (a list of 88 采购 items with two stacked group rows each would otherwise be searched in exponential time); the
/// work is bounded and gives null when no nesting makes the 合计 or the bound is reached.</summary>
public static class NestedRows
{
    private const int MaxStates = 200_000;
    private const int MaxRows = 5_000;

    public static List<int>? Top(IReadOnlyList<TableRow> rows, IReadOnlyList<int> candidates, string column, decimal total)
    {
        var v = candidates.Select(i => rows[i].Values.GetValueOrDefault(column)).ToArray();
        var n = v.Length;
        if (n > MaxRows) return null;
        // Printed sums may differ from their parts by rounding: half a unit of the last digit per part, a few parts.
        var tolerance = Amounts.Step(v) * 2;
        var ends = new Dictionary<int, List<int>>();
        var runs = new Dictionary<(int, decimal), List<int>>();
        var states = 0;

        // Where a subtree rooted at k can end: right after k (a flat row), or after the rows it heads.
        List<int> Ends(int k)
        {
            if (ends.TryGetValue(k, out var known)) return known;
            var list = new List<int> { k + 1 };
            if (v[k] != 0) list.AddRange(Runs(k + 1, v[k]).Where(e => e > k + 1));
            return ends[k] = list;
        }

        // Where a run of subtrees starting at j and making `remaining` can end.
        List<int> Runs(int j, decimal remaining)
        {
            if (runs.TryGetValue((j, remaining), out var known)) return known;
            var list = new List<int>();
            if (++states > MaxStates) return list;
            if (Math.Abs(remaining) <= tolerance) list.Add(j);
            if (j < n && remaining >= -tolerance)
                foreach (var first in Ends(j))
                    foreach (var end in Runs(first, remaining - v[j]))
                        if (!list.Contains(end)) list.Add(end);
            return runs[(j, remaining)] = list;
        }

        if (!Runs(0, total).Contains(n) || states > MaxStates) return null;
        // The roots, taking at each step the first subtree (flat before nested) after which the rest still fits.
        var roots = new List<int>();
        for (int j = 0; j < n;)
        {
            var next = Ends(j).FirstOrDefault(e => Runs(e, total - v[j]).Contains(n));
            if (next == 0) return null;
            roots.Add(j);
            total -= v[j];
            j = next;
        }
        return roots.Select(r => candidates[r]).ToList();
    }
}
