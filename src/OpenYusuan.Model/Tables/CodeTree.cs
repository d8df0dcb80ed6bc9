namespace OpenYusuan.Model.Tables;

/// <summary>The 类/款/项 tree of a table's rows, in print order: a row's parent is the nearest row above
/// with a shorter code that prefixes it (a project row's parent may be a 项 row of the same code without
/// project); rows without parent are the top rows, which the totals add up. In a 汇总 table a sub-unit row
/// (name, no code) heads a block and adds up the block's top rows.</summary>
public sealed class CodeTree
{
    private readonly Dictionary<int, List<int>> _children = [];

    public IReadOnlyList<TableRow> Rows { get; }
    /// <summary>Rows the table's totals add up: the sub-unit rows if there are any, else the top coded rows.</summary>
    public IReadOnlyList<int> Top { get; }

    public CodeTree(IReadOnlyList<TableRow> rows)
    {
        Rows = rows;
        var top = new List<int>();
        var units = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Code is null)
            {
                if (r.Unit is not null && r.Values.Count > 0) units.Add(i);
                continue;
            }
            var parent = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                var q = rows[j];
                if (q.Code is null) { if (q.Unit is not null) break; continue; }
                if (r.Project is not null && q.Project is null && q.Code == r.Code) { parent = j; break; }
                if (q.Code.Length < r.Code.Length && r.Code.StartsWith(q.Code, StringComparison.Ordinal)) { parent = j; break; }
                // Another 类 above means the branch ended; a shorter code of another 款 is passed by, so a 7-digit
                // code printed without its 5-digit parent (3010201 under 301) finds the ancestor that is printed.
                if (q.Code.Length <= 3 || q.Code.Length < r.Code.Length && !SharesClass(q.Code, r.Code)) break;
            }
            if (parent >= 0) Children(parent).Add(i);
            else top.Add(i);
        }
        foreach (var u in units)
        {
            var next = units.FirstOrDefault(x => x > u, rows.Count);
            _children[u] = top.Where(t => t > u && t < next).ToList();
        }
        Top = units.Count > 0 ? units : top;
    }

    private static bool SharesClass(string a, string b) => a.Length >= 3 && b.Length >= 3 && a[..3] == b[..3];

    public IReadOnlyList<int> ChildrenOf(int row) => _children.TryGetValue(row, out var c) ? c : [];

    public IEnumerable<int> Parents => _children.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key).Order();

    private List<int> Children(int parent) => _children.TryGetValue(parent, out var list) ? list : _children[parent] = [];
}
