namespace OpenYusuan.Rendering.Plan;

/// <summary>What a rendered disclosure is made of, whatever the format: headings, paragraphs and tables in print
/// order. Each renderer (HTML, DOCX, …) only decides how a block looks.</summary>
public abstract record Block;

/// <summary>Level 0 is the document title, 1 a part (第一部分), 2 a section (一、), 3 a sub-section (（一）).</summary>
public sealed record Heading(int Level, string Text) : Block;

/// <summary><paramref name="Warning"/> marks the 未通过校验 banner of a document rendered despite its errors;
/// <paramref name="TocTarget"/> makes it a 目录 line, naming the heading text or table title it points to (a paged
/// format prints that block's page number after it).</summary>
public sealed record Paragraph(string Text, bool Warning = false, string? TocTarget = null) : Block;

/// <summary>A table as printed: number line, title, the 编制单位/编制部门 line, the 单位 line, header rows (cells may span
/// columns), body rows, and the note under it. <paramref name="Numeric"/> says which columns hold amounts.</summary>
public sealed record TableBlock(
    string Kind, int? Number, string Title, string Preparer, string Unit,
    IReadOnlyList<IReadOnlyList<HeaderCell>> Header, IReadOnlyList<IReadOnlyList<string>> Body,
    IReadOnlyList<bool> Numeric, string? Note) : Block
{
    public int Columns => Numeric.Count;

    /// <summary>Too wide for a portrait page: printed on a landscape one (and in smaller type).</summary>
    public bool Landscape => Columns > 7;

    /// <summary>The lines printed above the header, as the readers recognize them.</summary>
    public string? NumberLine => Number is { } n ? $"表{n}" : null;

    public string UnitLine => $"单位：{Unit}";
}

/// <summary>A table inside the text, as written (a performance-target table, a form): rows of cells, all rows as wide
/// as the widest, no title or unit lines of its own.</summary>
public sealed record Grid(IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public int Columns => Rows.Count == 0 ? 0 : Rows[0].Count;

    /// <summary>The grid as a table of text columns with no title lines, header rows or note, for the writers' column
    /// widths and cell drawing.</summary>
    public TableBlock AsTable() => new("", null, "", "", "", [], Rows, Enumerable.Repeat(false, Columns).ToList(), null);

    /// <summary>A row's cells as printed: the last filled cell spans the empty ones after it (a form's value runs to the
    /// edge: 单位名称 | 示例局……), the others take one column each.</summary>
    public IReadOnlyList<(string Text, int Start, int Span)> Cells(IReadOnlyList<string> row)
    {
        var last = Math.Max(0, row.ToList().FindLastIndex(c => c.Length > 0));
        return [.. row.Take(last).Select((c, i) => (c, i, 1)), (row[last], last, row.Count - last)];
    }
}

public sealed record HeaderCell(string Text, int Span = 1);

/// <summary>Where a printed document starts a new page (after the cover and after the 目录).</summary>
public sealed record PageBreak : Block;
