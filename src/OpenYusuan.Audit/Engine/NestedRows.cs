using OpenYusuan.Model;

namespace OpenYusuan.Audit.Engine;

/// <summary>Rows without codes (units, project groups, 采购 items) nest without saying so: a department over its
/// units, a unit over its project groups, a group over its projects. The arithmetic tells: a row heads the rows right
/// after it when it equals their sum (each taken with the rows it heads in turn). Several nestings may fit the figures
/// (a group and its only project print the same amount); the first whose top rows make the 合计 is taken, flat rows
/// tried before nested ones. The search is bounded; null when no nesting makes the 合计.</summary>
public static class NestedRows
{
    private const int MaxDepth = 6;
    private const int Budget = 200_000;

    public static List<int>? Top(IReadOnlyList<TableRow> rows, IReadOnlyList<int> candidates, string column, decimal total)
    {
        var v = candidates.Select(i => rows[i].Values.GetValueOrDefault(column)).ToArray();
        var tolerance = Amounts.Step(v) / 2;
        var steps = 0;

        // Every end of the rows a subtree rooted at k can cover.
        IEnumerable<int> Ends(int k, int depth)
        {
            yield return k + 1;
            if (depth >= MaxDepth || v[k] == 0) yield break;
            foreach (var e in Sequence(k + 1, v[k], depth + 1, []))
                if (e.End > k + 1) yield return e.End;
        }

        // Runs of subtrees from j summing to the remaining amount: their end and the roots of the run.
        IEnumerable<(int End, List<int> Roots)> Sequence(int j, decimal remaining, int depth, List<int> roots)
        {
            if (++steps > Budget) yield break;
            if (Math.Abs(remaining) <= tolerance * Math.Max(1, roots.Count)) yield return (j, roots);
            if (j >= v.Length || remaining < -tolerance * Math.Max(1, roots.Count)) yield break;
            foreach (var end in Ends(j, depth))
                foreach (var found in Sequence(end, remaining - v[j], depth, [.. roots, j]))
                    yield return found;
        }

        foreach (var (end, roots) in Sequence(0, total, 0, []))
            if (end == v.Length) return roots.Select(r => candidates[r]).ToList();
        return null;
    }
}
