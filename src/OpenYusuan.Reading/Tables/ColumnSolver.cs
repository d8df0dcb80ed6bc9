namespace OpenYusuan.Reading.Tables;

/// <summary>Puts each printed figure of a table into its column when the layout alone cannot say
/// (text extracted from PDF drops empty cells; a tab export may shift a cell). Candidates keep the print
/// order of a row's figures; those that break the row's own identity (合计 = 基本 + 项目 …) are dropped;
/// the rest are chosen level by level from the top (totals, 类, 款, 项) by how many identities
/// (parent = Σ children per column, figures repeated in other tables) they satisfy, then refined over
/// all rows together. Ties keep the printed position, or the leftmost columns.</summary>
public sealed class ColumnSolver(int columns, decimal precisionStep)
{
    private readonly List<SolverRow> _rows = [];
    private readonly List<Identity> _identities = [];
    private readonly List<Func<decimal?[], IEnumerable<(int[] Parts, int Target)>>> _rowRules = [];
    private List<Identity>[] _byRow = [];

    public IReadOnlyList<SolverRow> Rows => _rows;

    public int AddRow(SolverRow row) { _rows.Add(row); return _rows.Count - 1; }

    public void AddIdentity(Identity identity) => _identities.Add(identity);

    /// <summary>An identity that holds inside every row: cell[target] = Σ cell[parts].</summary>
    public void AddRowRule(int target, params int[] parts) => _rowRules.Add(_ => [(parts, target)]);

    public void Solve()
    {
        _byRow = new List<Identity>[_rows.Count];
        for (var r = 0; r < _rows.Count; r++) _byRow[r] = [];
        foreach (var id in _identities)
            foreach (var r in id.Rows) _byRow[r].Add(id);

        foreach (var row in _rows) Enumerate(row);
        var decided = _rows.Select(r => r.Candidates.Count < 2).ToArray();
        foreach (var level in _rows.Select(r => r.Level).Distinct().Order())
        {
            var atLevel = Enumerable.Range(0, _rows.Count).Where(r => _rows[r].Level == level).ToList();
            foreach (var r in atLevel) decided[r] = true;
            Descend(atLevel, decided);
        }
        Descend(Enumerable.Range(0, _rows.Count).ToList(), decided);
    }

    private void Enumerate(SolverRow row)
    {
        var k = row.Values.Count;
        var all = new List<int[]>();
        if (k <= columns) Combine(new int[k], 0, 0, all);
        if (all.Count == 0) { row.Chosen = []; row.Cells = new decimal?[columns]; return; }
        // Keep the candidates that best satisfy the row's own identities.
        var scored = all.Select(c => (c, s: RowScore(Place(row.Values, c)))).ToList();
        var best = scored.Max(x => x.s);
        row.Candidates.AddRange(scored.Where(x => x.s == best).Select(x => x.c));
        row.Chosen = row.Positional is { } p && row.Candidates.Any(c => c.SequenceEqual(p))
            ? row.Candidates.First(c => c.SequenceEqual(p))
            : row.Candidates[0];
        row.Cells = Place(row.Values, row.Chosen);

        void Combine(int[] current, int index, int from, List<int[]> into)
        {
            if (index == current.Length) { into.Add((int[])current.Clone()); return; }
            for (var c = from; c <= columns - (current.Length - index); c++)
            {
                current[index] = c;
                Combine(current, index + 1, c + 1, into);
            }
        }
    }

    private decimal?[] Place(IReadOnlyList<decimal?> values, int[] mapping)
    {
        var cells = new decimal?[columns];
        for (var i = 0; i < mapping.Length; i++) cells[mapping[i]] = values[i] ?? cells[mapping[i]];
        return cells;
    }

    private double RowScore(decimal?[] cells)
    {
        double score = 0;
        foreach (var rule in _rowRules)
            foreach (var (parts, target) in rule(cells))
            {
                if (cells[target] is null && parts.All(p => cells[p] is null)) continue;
                var diff = (cells[target] ?? 0) - parts.Sum(p => cells[p] ?? 0);
                score += Satisfaction(diff, parts.Length + 1);
            }
        return score;
    }

    private double Satisfaction(decimal diff, int terms)
    {
        if (diff == 0) return 1;
        return Math.Abs(diff) <= terms * precisionStep / 2 ? 0.5 : 0;
    }

    private double Score(int row, bool[] decided)
    {
        double score = 0;
        foreach (var id in _byRow[row])
        {
            if (id.Rows.Any(r => !decided[r])) continue;
            decimal sum = 0;
            var any = false;
            foreach (var (r, c, sign) in id.Terms)
            {
                var v = _rows[r].Cells[c];
                if (v is null) continue;
                any = true;
                sum += sign * v.Value;
            }
            if (!any && id.Constant == 0) continue;
            score += id.Weight * Satisfaction(sum - id.Constant, id.Terms.Count);
        }
        return score;
    }

    private void Descend(List<int> rows, bool[] decided)
    {
        for (var pass = 0; pass < 8; pass++)
        {
            var changed = false;
            foreach (var r in rows)
            {
                var row = _rows[r];
                if (row.Candidates.Count < 2) continue;
                var keep = row.Chosen;
                var bestScore = Score(r, decided);
                foreach (var candidate in row.Candidates)
                {
                    if (candidate == keep) continue;
                    row.Cells = Place(row.Values, candidate);
                    var s = Score(r, decided);
                    if (s > bestScore + 1e-9) { bestScore = s; keep = candidate; }
                }
                changed |= keep != row.Chosen;
                row.Chosen = keep;
                row.Cells = Place(row.Values, keep);
            }
            if (!changed) return;
        }
    }
}
