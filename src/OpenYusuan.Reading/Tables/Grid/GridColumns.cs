using OpenYusuan.Model;
using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Decides what each column of a table holds, from its header (the family's label data) and from what its
/// body cells print: figures, codes or words. The header names the column; the body settles a header the data does
/// not know, and a column of words is never read as figures.</summary>
public static class GridColumns
{
    public static void Resolve(string kind, List<GridColumn> columns, IReadOnlyList<IReadOnlyList<GridCell>> body)
    {
        var used = new HashSet<string>();
        // Figures print decimals or thousands separators; a column of bare digits left of every such column holds codes
        // (类/款/项 printed apart, under whatever header the export shifted over them).
        var firstFigure = columns.Where(c => body.Any(r => r.Any(x => x.Column == c.Index && GridFigures.IsAmountLike(x.Text))))
            .Select(c => c.Box.Left).DefaultIfEmpty(double.MaxValue).Min();
        foreach (var column in columns)
        {
            var (amounts, words, digits) = Tally(body, column.Index);
            var role = column.Path.Count == 0 ? null
                : TableFamily.LabelRole(kind, column.Label) ?? (column.Path.Count > 1 ? TableFamily.LabelRole(kind, string.Concat(column.Path)) : null)
                  ?? TotalRowLabel(kind, column);
            var key = column.Path.Count == 0 ? null : TableFamily.ColumnKey(kind, column.Path);
            var figures = amounts > 0 && amounts >= words;
            if (digits > 0 && digits == amounts + words && column.Box.Right <= firstFigure + 1 && (key is null && role is not ("unit" or "ignore") || role == "code"))
                column.Role = "code";
            else if (role is not null && !(figures && key is not null))
                column.Role = role;
            else if (key is not null && words <= amounts)
            {
                column.Key = Unique(key, column, used);
                column.AsPrinted = column.Key != key;
            }
            else if (figures)
                (column.Key, column.AsPrinted) = (Unique(Printed(column), column, used), true);
            else if (words > 0)
                column.Role = "name";
            else if (column.Path.Count > 0 && !body.Any(r => r.Any(c => GridFigures.IsAmountLike(c.Text))))
                (column.Key, column.AsPrinted) = (Unique(Printed(column), column, used), true);   // a column of a table printed without figures
            else
                column.Role = "ignore";
        }
        // A header with no label over the row labels (the code printed in its own unlabelled column) is read by its cells.
        foreach (var column in columns.Where(c => c.Role == "name"))
        {
            var texts = body.SelectMany(r => r.Where(c => c.Column == column.Index && c.Text.Length > 0)).Select(c => c.Text.Trim()).ToList();
            if (texts.Count > 0 && texts.All(t => t.All(char.IsAsciiDigit) && t.Length is >= 1 and <= 7)) column.Role = "code";
        }
    }

    /// <summary>What a column's body cells print: figures (or placeholders such as "-"), words, and bare digits of up
    /// to 7 (a code, or a small integer figure).</summary>
    public static (int Figures, int Words, int Digits) Tally(IEnumerable<IReadOnlyList<GridCell>> rows, int column)
    {
        int figures = 0, words = 0, digits = 0;
        foreach (var cell in rows.SelectMany(r => r).Where(c => c.Column == column && c.Text.Trim().Length > 0))
        {
            if (GridFigures.TryParse(cell.Text, out _, out _) || GridFigures.IsPlaceholder(cell.Text)) figures++;
            else words++;
            if (cell.Text.Trim() is { Length: >= 1 and <= 7 } t && t.All(char.IsAsciiDigit)) digits++;
        }
        return (figures, words, digits);
    }

    /// <summary>A blank template may print its 合计 row's label in the last header row, under 项目/科目名称: the
    /// column is the label column the label above names, not a 合计 figure column.</summary>
    private static string? TotalRowLabel(string kind, GridColumn column) =>
        column.Path.Count > 1 && RowLabels.IsTotal(TextNormalizer.Compact(column.Label))
            ? column.Path.Take(column.Path.Count - 1).Select(l => TableFamily.LabelRole(kind, l)).LastOrDefault(r => r is "code" or "name")
            : null;

    /// <summary>The key a column the data does not know is kept under: its printed header.</summary>
    private static string Printed(GridColumn column) => string.Join("/", column.Path.Select(TableFamily.Normalize));

    private static string Unique(string key, GridColumn column, HashSet<string> used)
    {
        if (used.Add(key)) return key;
        // Two columns naming the same key (a template that repeats a label): the second keeps its printed header.
        var printed = string.Join("/", column.Path.Select(TableFamily.Normalize));
        var candidate = printed.Length > 0 ? printed : key;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{printed}#{n}";
        return candidate;
    }

    /// <summary>Every body row's cells, each placed in the column its box overlaps most.</summary>
    public static List<IReadOnlyList<GridCell>> Place(IReadOnlyList<GridColumn> columns, IEnumerable<SourceLine> lines, IReadOnlyList<SourceLine> header)
    {
        var boxed = lines.Any(l => l.Boxes is not null) || header.Any(l => l.Boxes is not null);
        return lines.Select(l => (IReadOnlyList<GridCell>)GridHeader.Cells(l, -1, header, boxed)
            .Where(c => c.Text.Length > 0)
            .Select(c => c with { Column = FigureOrFirst(columns, c) }).ToList()).ToList();
    }

    /// <summary>A merged cell belongs to its first column; a figure in one (合计 across the name columns and the first
    /// figure column, Beijing's 支出总表) is printed flush right, in the last column it covers.</summary>
    private static int FigureOrFirst(IReadOnlyList<GridColumn> columns, GridCell cell)
    {
        var first = GridHeader.ColumnOf(columns, cell.Box);
        if (!GridFigures.IsAmountLike(cell.Text)) return first;
        var last = columns.LastOrDefault(c => c.Box.Right <= cell.Box.Right + GridHeader.Snap && c.Box.Left >= cell.Box.Left - GridHeader.Snap);
        return last?.Index ?? first;
    }
}
