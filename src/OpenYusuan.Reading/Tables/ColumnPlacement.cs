using OpenYusuan.Model.Tables;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Reading.Tables;

/// <summary>Builds the column solver for one table: candidates per row, the row identities of the kind,
/// parent = Σ children per column along the code tree, totals = Σ top rows, and the figures other tables
/// repeat. Records every decision the layout did not make by itself.</summary>
public sealed class ColumnPlacement(string kind, IReadOnlyList<string> columns, int precision, ReadingContext context, NoteSink notes, string table, bool indexed = false)
{
    private readonly decimal _step = precision == 0 ? 1m : 1m / (decimal)Math.Pow(10, precision);

    public List<Dictionary<string, decimal>> Place(IReadOnlyList<RawRow> raw, string? unit)
    {
        var solver = new ColumnSolver(columns.Count, _step, ColumnRank());
        var col = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        foreach (var (target, parts) in RowIdentities.For(kind, columns))
            if (col.ContainsKey(target) && parts.Any(col.ContainsKey))
                solver.AddRowRule(col[target], parts.Where(col.ContainsKey).Select(p => col[p]).ToArray());

        var firstCell = raw.SelectMany(r => r.Values).Select(v => v.Cell).Where(c => c is not null).DefaultIfEmpty(null).Min();
        foreach (var r in raw)
        {
            var values = r.Values.Take(columns.Count).Select(v => v.Value).ToList();
            if (r.Values.Count > columns.Count)
                notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                    $"{table}第 {r.Line} 行有 {r.Values.Count} 个数字，多于表头的 {columns.Count} 列，多出的数字未读入", r.Line, row: r.Code);
            solver.AddRow(new SolverRow(values, Level(r), Positional(r, firstCell)));
        }

        AddTree(solver, raw, col);
        foreach (var (row, column, value) in CrossTableAnchors.For(kind, columns, unit ?? context.DocumentUnit, context))
        {
            var index = row is null ? raw.ToList().FindIndex(r => r.IsTotal) : SingleRow(raw, row);
            if (index >= 0 && col.TryGetValue(column, out var c)) solver.AddIdentity(new Identity([(index, c, 1)], value, 1, "anchor"));
        }
        solver.Solve();
        var (broken, total) = solver.Consistency();
        // Real documents break an identity here and there (one wrong figure breaks three or four); a table that
        // breaks a fifth of them was not read right. Small tables are left alone: one error is a large share there.
        if (total >= 20 && broken * 5 > total)
            notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                $"{table}的数字有 {broken}/{total} 处不能相互勾稽，表格结构可能未被正确识别；该表不参与勾稽审核",
                raw.FirstOrDefault()?.Line);

        var result = new List<Dictionary<string, decimal>>();
        var ambiguous = new List<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            var s = solver.Rows[i];
            var values = new Dictionary<string, decimal>();
            for (var c = 0; c < columns.Count; c++)
                if (s.Cells[c] is { } v) values[columns[c]] = v;
            result.Add(values);
            if (s.Candidates.Count < 2) continue;
            var label = raw[i].Code ?? (raw[i].IsTotal ? "合计" : raw[i].Text);
            var placedAt = string.Join("、", s.Chosen.Select(c => columns[c]));
            // The message names columns as the table prints them; the note's fields keep the keys.
            string Named(IEnumerable<int> at) => string.Join("、", at.Select(c => c < columns.Count ? $"“{ColumnNames.Of(columns[c])}”" : "?"));
            if (s.Positional is { } p && !p.SequenceEqual(s.Chosen))
                notes.Add(RuleIds.ValueMovedFromPrintedColumn, Severity.Info,
                    $"{table}第 {raw[i].Line} 行（{label}）的数字与表头错位：印在 {Named(p)} 列，按勾稽关系（行内合计、上下级合计、与其他表一致）应在 {Named(s.Chosen)} 列",
                    raw[i].Line, placedAt, string.Join("、", p.Select(c => c < columns.Count ? columns[c] : "?")), raw[i].Code);
            else if (s.Positional is null) ambiguous.Add($"{label}→{Named(s.Chosen)}");
        }
        if (ambiguous.Count > 0)
            notes.Add(RuleIds.ColumnsByArithmetic, Severity.Info,
                $"{table}有 {ambiguous.Count} 行的数字少于列数（空格已被抽取丢弃），按勾稽关系确定所在列：{string.Join("；", ambiguous)}",
                raw.FirstOrDefault()?.Line);
        return result;
    }

    /// <summary>When the arithmetic cannot tell columns apart, the more common one is taken: project
    /// spending is mostly 商品和服务支出 or 对个人和家庭的补助, and what a unit carries over from last year
    /// is mostly unfinished project money. Other kinds prefer the leftmost columns.</summary>
    private int[]? ColumnRank()
    {
        string[]? order = kind switch
        {
            TableKinds.ProjectExpense => ["total", "302", "303", "310", "301", "309", "312", "313", "399", "307", "311"],
            TableKinds.Carryover => ["total", "fiscal_total", "fiscal_project", "fiscal_personnel", "fiscal_public",
                "nonfiscal_total", "nonfiscal_project", "nonfiscal_personnel", "nonfiscal_public"],
            _ => null,
        };
        return order is null ? null : columns.Select(c => Array.IndexOf(order, c) is var i and >= 0 ? i : order.Length).ToArray();
    }

    /// <summary>The column each figure is printed under: its cell less the first figure cell of the table, or, when the
    /// reader resolved the header (<c>indexed</c>), the column index it gave.</summary>
    private int[]? Positional(RawRow r, int? firstCell)
    {
        if (firstCell is null || r.Values.Any(v => v.Cell is null)) return null;
        var p = r.Values.Take(columns.Count).Select(v => v.Cell!.Value - (indexed ? 0 : firstCell.Value)).ToArray();
        return p.All(c => c >= 0 && c < columns.Count) && p.Zip(p.Skip(1)).All(x => x.First < x.Second) ? p : null;
    }

    private int Level(RawRow r) => r.IsTotal ? 0 : kind switch
    {
        _ when TableKinds.IsThreePublic(kind) => RowLabels.ThreePublicItem(r.Text) switch { "total" => 0, "vehicle_purchase" or "vehicle_operation" => 2, _ => 1 },
        _ when r.Code is null => kind == TableKinds.Carryover ? 1 : 0,
        _ => r.Code.Length switch { 3 => 1, 5 => 2, _ => kind == TableKinds.ProjectExpense ? 4 : 3 },
    };

    private static int SingleRow(IReadOnlyList<RawRow> raw, string code)
    {
        var matches = raw.Select((r, i) => (r, i)).Where(x => x.r.Code == code).ToList();
        return matches.Count == 1 ? matches[0].i : -1;
    }

    /// <summary>Parent = Σ children per column, following print order: a row's parent is the nearest row
    /// above with a shorter code that prefixes it (or the same code without a project, for project rows);
    /// the totals row is Σ of the rows without parent.</summary>
    private void AddTree(ColumnSolver solver, IReadOnlyList<RawRow> raw, Dictionary<string, int> col)
    {
        var children = new Dictionary<int, List<int>>();
        var top = new List<int>();
        if (TableKinds.IsThreePublic(kind))
        {
            int Find(string item) => raw.ToList().FindIndex(r => RowLabels.ThreePublicItem(r.Text) == item);
            void Group(string parent, params string[] kids)
            {
                var p = Find(parent);
                var k = kids.Select(Find).Where(i => i >= 0).ToList();
                if (p >= 0 && k.Count > 0) children[p] = k;
            }
            Group("total", "abroad", "reception", "vehicle");
            Group("vehicle", "vehicle_purchase", "vehicle_operation");
        }
        else
        {
            for (var i = 0; i < raw.Count; i++)
            {
                var r = raw[i];
                if (r.IsTotal) continue;
                if (r.Code is null)
                {
                    if (kind == TableKinds.Carryover) top.Add(i);
                    continue;
                }
                var parent = -1;
                for (var j = i - 1; j >= 0; j--)
                {
                    var q = raw[j];
                    if (q.Code is null || q.IsTotal) continue;
                    if (q.Code.Length < r.Code.Length && r.Code.StartsWith(q.Code)) { parent = j; break; }
                    if (q.Code.Length < r.Code.Length) break;
                }
                if (parent >= 0) (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(i);
                else top.Add(i);
            }
            // Sub-unit rows (name, no code) of a 汇总 table head blocks: each adds up its block's top rows,
            // and the totals row adds up the sub-units.
            var unitRows = raw.Select((r, i) => (r, i)).Where(x => x.r.Code is null && !x.r.IsTotal && kind != TableKinds.Carryover && x.r.Values.Count > 0
                && SubUnitNames.Looks(x.r.NameCell ?? x.r.Text)).Select(x => x.i).ToList();
            foreach (var u in unitRows)
            {
                var next = unitRows.FirstOrDefault(x => x > u, raw.Count);
                children[u] = top.Where(t => t > u && t < next).ToList();
            }
            var totalsParts = unitRows.Count > 0 ? unitRows : top;
            foreach (var t in raw.Select((r, i) => (r, i)).Where(x => x.r.IsTotal).Select(x => x.i)) children[t] = totalsParts;
        }
        foreach (var (parent, kids) in children)
        {
            if (kids.Count == 0) continue;
            for (var c = 0; c < columns.Count; c++)
                solver.AddIdentity(new Identity(
                    [(parent, c, 1), .. kids.Select(k => (k, c, -1))], 0, 1, "tree"));
            foreach (var k in kids) solver.Rows[k].Parent ??= parent;
        }
    }
}
