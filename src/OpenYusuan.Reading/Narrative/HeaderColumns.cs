using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>The columns the header rows of a ruled performance grid name, each with the group printed over it
/// (全年预算数 over 总额/财政拨款/其他资金, and 全年执行数 over the same three): a body cell is read by the column its
/// centre sits under.</summary>
internal sealed class HeaderColumns
{
    private readonly List<(string Label, string? Group, CellBox Box)> _columns = [];

    public static HeaderColumns Of(SourceLine row)
    {
        var header = new HeaderColumns();
        header.Add(row);
        return header;
    }

    /// <summary>Adds a header row; a label under a wider one above it belongs to that group.</summary>
    public void Add(SourceLine row)
    {
        var above = _columns.ToList();
        for (var i = 0; i < row.Cells!.Count; i++)
        {
            var label = TextNormalizer.Compact(row.Cells[i]);
            var box = row.BoxOf(i);
            if (label.Length == 0 || i > 0 && row.BoxOf(i - 1) == box) continue;
            var group = above.FirstOrDefault(c => c.Box.Width > box.Width + 1 && c.Box.Left - 2 <= box.Center && c.Box.Right + 2 >= box.Center).Label;
            _columns.Add((label, group, box));
        }
    }

    public bool Has(Func<string, bool> label) => _columns.Any(c => label(c.Label));

    /// <summary>The row's text under the last column whose label (and group, when asked) matches.</summary>
    public string? At(SourceLine row, Func<string, bool> label, Func<string, bool>? group = null)
    {
        var column = _columns.LastOrDefault(c => label(c.Label) && (group is null || c.Group is { } g && group(g)));
        if (column.Label is null) return null;
        for (var i = 0; i < row.Cells!.Count; i++)
            if (Math.Abs(row.BoxOf(i).Center - column.Box.Center) < 2 && row.Cells[i].Trim() is { Length: > 0 } t) return t;
        return null;
    }
}
