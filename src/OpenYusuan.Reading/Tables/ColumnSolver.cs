namespace OpenYusuan.Reading.Tables;

/// <summary>Puts each printed figure of a table into its column when the layout alone cannot say
/// (text extracted from PDF drops empty cells; a tab export may shift a cell). Candidates keep the print
/// order of a row's figures; those that break the row's own identity (合计 = 基本 + 项目 …) are dropped;
/// the rest are chosen level by level from the top (totals, 类, 款, 项) by how many identities
/// (parent = Σ children per column, figures repeated in other tables) they satisfy, then refined over
/// all rows together. Ties keep the printed position, or the leftmost columns.</summary>
public sealed class ColumnSolver(int columns, decimal precisionStep, IReadOnlyList<int>? columnRank = null)
{
    private readonly List<SolverRow> _rows = [];
    private readonly List<Identity> _identities = [];
    private readonly List<(int Target, int[] Parts)> _rowRules = [];
    private List<Identity>[] _byRow = [];

    public IReadOnlyList<SolverRow> Rows => _rows;

    public int AddRow(SolverRow row) { _rows.Add(row); return _rows.Count - 1; }

    public void AddIdentity(Identity identity) => _identities.Add(identity);

    /// <summary>An identity that holds inside every row: cell[target] = Σ cell[parts].</summary>
    public void AddRowRule(int target, params int[] parts) => _rowRules.Add((target, parts));

    /// <summary>How many of the table's own identities (rows and tree, not figures from other tables) hold
    /// after solving, out of how many apply: a misread table breaks many at once.</summary>
    public (int Broken, int Total) Consistency()
    {
        int broken = 0, total = 0;
        var all = Enumerable.Repeat(true, _rows.Count).ToArray();
        foreach (var id in _identities.Where(i => i.Kind != "anchor"))
        {
            double score = 0;
            decimal residual = 0;
            Accumulate(id, all, ref score, ref residual);
            if (score == 0 && residual == 0) continue; // nothing printed on either side
            total++;
            if (score == 0) broken++;
        }
        foreach (var row in _rows)
        {
            var s = RowScore(row.Cells);
            if (row.Values.Count == 0) continue;
            total++;
            if (s < 0) broken++;
        }
        return (broken, total);
    }

    /// <summary>Largest joint assignment of one sibling group that is searched exhaustively.</summary>
    private const int ExhaustiveLimit = 20000;

    /// <summary>How far from its printed cell a figure may be moved when the layout has cells.</summary>
    private const int PositionSlack = 2;

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
            foreach (var group in atLevel.Where(r => _rows[r].Candidates.Count > 1).GroupBy(r => _rows[r].Parent))
                SolveGroup(group.ToList(), decided);
        }
        Descend(Enumerable.Range(0, _rows.Count).ToList(), decided);
    }

    /// <summary>Chooses the candidates of siblings together: a misplaced figure usually has misplaced
    /// siblings, and only moving them together makes the parent's columns add up. Figures may only go to
    /// columns where the parent has a figure, unless that leaves a row no candidate.</summary>
    private void SolveGroup(List<int> group, bool[] decided)
    {
        var options = group.Select(r => Allowed(r)).ToList();
        long product = 1;
        foreach (var o in options) product = Math.Min(product * o.Count, ExhaustiveLimit + 1L);
        if (product > ExhaustiveLimit) { Descend(group, decided); return; }

        var identities = group.SelectMany(r => _byRow[r]).Distinct().ToList();
        var best = ScoreSet(identities, decided);
        var bestChoice = group.Select(r => _rows[r].Chosen).ToArray();
        var index = new int[group.Count];
        while (_work > 0)
        {
            for (var g = 0; g < group.Count; g++) Set(group[g], options[g][index[g]]);
            var s = ScoreSet(identities, decided);
            if (Better(s, best)) { best = s; bestChoice = group.Select(r => _rows[r].Chosen).ToArray(); }
            var k = 0;
            while (k < group.Count && ++index[k] == options[k].Count) index[k++] = 0;
            if (k == group.Count) break;
        }
        for (var g = 0; g < group.Count; g++) Set(group[g], bestChoice[g]);
    }

    private List<int[]> Allowed(int r)
    {
        var row = _rows[r];
        if (row.Parent is not { } p || _rows[p].Cells.Length == 0) return row.Candidates;
        var parent = _rows[p].Cells;
        // Only a parent whose own row adds up is trusted to say which columns its children may use.
        if (_rowRules.Count > 0 && RowScore(parent) < 0) return row.Candidates;
        var allowed = new List<int[]>();
        foreach (var c in row.Candidates)
        {
            var ok = true;
            for (var i = 0; i < c.Length && ok; i++)
                ok = row.Values[i] is null or 0 || parent[c[i]] is not null;
            if (ok) allowed.Add(c);
        }
        return allowed.Count > 0 ? allowed : row.Candidates;
    }

    private void Set(int r, int[] candidate)
    {
        _rows[r].Chosen = candidate;
        _rows[r].Cells = Place(_rows[r].Values, candidate);
    }

    private (double Satisfied, decimal Residual) ScoreSet(List<Identity> identities, bool[] decided)
    {
        double score = 0;
        decimal residual = 0;
        foreach (var id in identities) Accumulate(id, decided, ref score, ref residual);
        return (score, residual);
    }

    private void Accumulate(Identity id, bool[] decided, ref double score, ref decimal residual)
    {
        _work -= id.Terms.Count;
        foreach (var (r, _, _) in id.Terms) if (!decided[r]) return;
        decimal sum = 0;
        var any = false;
        foreach (var (r, c, sign) in id.Terms)
        {
            if (_rows[r].Cells[c] is not { } v) continue;
            // Zeros alone say nothing about where a figure belongs (0 = 0 + 0 holds in any column).
            any |= v != 0;
            sum += sign * v;
        }
        if (!any && id.Constant == 0) return;
        score += id.Weight * Satisfaction(sum - id.Constant, id.Terms.Count);
        residual += Math.Abs(sum - id.Constant);
    }

    // Rows whose figures are all equal (3.31 3.31 3.31) share their candidates: the row identities only
    // see how many equal figures go where. Most ambiguous rows are of this kind.
    private readonly Dictionary<int, List<int[]>> _equalRows = [];

    private const int MaxPlacements = 500_000;
    private const int MaxTied = 4096;

    /// <summary>How many identity terms the refining may evaluate in all: a table of many rows each with thousands of
    /// tied placements (a damaged PDF) would otherwise be refined for minutes. Past it the choices stand as they are.</summary>
    private const long WorkLimit = 100_000_000;
    private long _work = WorkLimit;

    private void Enumerate(SolverRow row)
    {
        var k = row.Values.Count;
        var allEqual = k > 1 && row.Positional is null && row.Values[0] is { } first && first != 0 && row.Values.All(v => v == first);
        if (allEqual && _equalRows.TryGetValue(k, out var known))
        {
            Choose(row, known);
            return;
        }
        var buffer = new decimal?[columns];
        var best = double.MinValue;
        var kept = new List<int[]>();
        var tried = 0;
        if (k <= columns) Combine(new int[k], 0, 0);
        if (kept.Count == 0) { row.Chosen = []; row.Cells = new decimal?[columns]; return; }
        // Keep the candidates that best satisfy the row's own identities.
        var ordered = kept.OrderBy(Prior).ToList();
        if (allEqual) _equalRows[k] = ordered;
        Choose(row, ordered);

        void Combine(int[] current, int index, int from)
        {
            if (index == current.Length)
            {
                tried++;
                Array.Clear(buffer);
                for (var i = 0; i < current.Length; i++) buffer[current[i]] = row.Values[i] ?? buffer[current[i]];
                var score = RowScore(buffer);
                if (score > best + 1e-9) { best = score; kept.Clear(); }
                if (score > best - 1e-9 && kept.Count < MaxTied) kept.Add((int[])current.Clone());
                return;
            }
            for (var c = from; c <= columns - (current.Length - index); c++)
            {
                // A row of many figures in a wide table without positions has millions of placements (C(27,13) = 20
                // million): the search stops at a bound, keeping the best found, instead of taking seconds and gigabytes.
                if (tried >= MaxPlacements) return;
                // A printed position may be off by a shifted cell or two, not more.
                if (row.Positional is { } p && Math.Abs(c - p[index]) > PositionSlack) continue;
                current[index] = c;
                Combine(current, index + 1, c + 1);
            }
        }
    }

    private void Choose(SolverRow row, List<int[]> candidates)
    {
        row.Candidates.AddRange(candidates);
        row.Chosen = row.Positional is { } p && row.Candidates.Any(c => c.SequenceEqual(p))
            ? row.Candidates.First(c => c.SequenceEqual(p))
            : row.Candidates[0];
        row.Cells = Place(row.Values, row.Chosen);
    }

    /// <summary>How unusual a candidate's columns are when nothing else decides: by default the leftmost
    /// columns; a kind may rank its columns otherwise (projects are mostly 商品和服务 or 对个人和家庭的补助).</summary>
    private int Prior(int[] candidate) => candidate.Sum(c => columnRank is null ? c : columnRank[c]);

    private decimal?[] Place(IReadOnlyList<decimal?> values, int[] mapping)
    {
        var cells = new decimal?[columns];
        for (var i = 0; i < mapping.Length; i++) cells[mapping[i]] = values[i] ?? cells[mapping[i]];
        return cells;
    }

    private double RowScore(decimal?[] cells)
    {
        double score = 0;
        foreach (var (target, parts) in _rowRules)
        {
            var any = cells[target] is not null;
            decimal sum = 0;
            foreach (var p in parts)
                if (cells[p] is { } v) { sum += v; any = true; }
            if (!any) continue;
            // A broken row identity counts against the candidate, not just for nothing.
            var satisfaction = Satisfaction((cells[target] ?? 0) - sum, parts.Length + 1);
            score += satisfaction > 0 ? satisfaction : -1;
        }
        return score;
    }

    private double Satisfaction(decimal diff, int terms)
    {
        if (diff == 0) return 1;
        return Math.Abs(diff) <= terms * precisionStep / 2 ? 0.5 : 0;
    }

    private (double Satisfied, decimal Residual) Score(int row, bool[] decided) => ScoreSet(_byRow[row], decided);

    /// <summary>More identities satisfied wins; at equal count, the smaller total residual (so moving one of
    /// several misplaced siblings already counts as progress).</summary>
    private static bool Better((double Satisfied, decimal Residual) a, (double Satisfied, decimal Residual) b) =>
        a.Satisfied > b.Satisfied + 1e-9 || (Math.Abs(a.Satisfied - b.Satisfied) <= 1e-9 && a.Residual < b.Residual);

    private void Descend(List<int> rows, bool[] decided)
    {
        for (var pass = 0; pass < 8 && _work > 0; pass++)
        {
            var changed = false;
            foreach (var r in rows)
            {
                if (_work <= 0) break;
                var row = _rows[r];
                if (row.Candidates.Count < 2) continue;
                var keep = row.Chosen;
                var bestScore = Score(r, decided);
                if (bestScore.Residual == 0) continue; // every identity of the row already holds exactly
                foreach (var candidate in Allowed(r))
                {
                    if (_work <= 0) break;
                    if (candidate == keep) continue;
                    row.Cells = Place(row.Values, candidate);
                    var s = Score(r, decided);
                    if (Better(s, bestScore)) { bestScore = s; keep = candidate; }
                }
                changed |= keep != row.Chosen;
                row.Chosen = keep;
                row.Cells = Place(row.Values, keep);
            }
            if (!changed) return;
        }
    }
}
