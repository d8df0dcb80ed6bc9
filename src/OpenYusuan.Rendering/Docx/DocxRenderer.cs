using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenYusuan.Rendering.Plan;

namespace OpenYusuan.Rendering.Docx;

/// <summary>A Word document in the layout real disclosures use: A4, 黑体 headings, 仿宋 body text, each table with
/// its number, title, 编制单位 and 单位 lines, bordered cells, header rows repeated on every page, amounts
/// right-aligned; East Asian font names with fallbacks for machines without them.</summary>
public static class DocxRenderer
{
    public static byte[] Render(IReadOnlyList<Block> blocks)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            var landscape = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                // A grid's title and year lines stay on the page of the grid.
                var beforeGrid = block is Plan.Paragraph && (i + 1 < blocks.Count && blocks[i + 1] is Grid || i + 2 < blocks.Count && blocks[i + 2] is Grid && blocks[i + 1] is Plan.Paragraph { Text.Length: < 20 });
                // A table too wide for a portrait page gets a landscape section of its own.
                var wants = block is TableBlock { Landscape: true };
                if (wants != landscape)
                {
                    body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(Section(landscape))));
                    landscape = wants;
                }
                switch (block)
                {
                    // A heading stays on the page of what follows it (never alone at a page's foot).
                    case Heading h: body.Append(Para(h.Text, h.Level == 0 ? 44 : h.Level == 1 ? 32 : 28, "黑体", center: h.Level <= 1, bold: h.Level >= 2, before: h.Level == 0 ? 4800 : 0, keepNext: h.Level > 0)); break;
                    case Plan.Paragraph p: body.Append(Para(p.Text, 28, "仿宋", color: p.Warning ? "C00000" : null, bold: p.Warning, indent: !p.Warning, keepNext: beforeGrid)); break;
                    case TableBlock t: Table(body, t, landscape ? 15398 : 9638); break;
                    case Grid g: body.Append(GridTable(g, landscape ? 15398 : 9638)); break;
                    case PageBreak: body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Break { Type = BreakValues.Page }))); break;
                }
            }
            body.Append(Section(landscape));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A4, 2.5 cm / 2 cm margins, portrait or landscape.</summary>
    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = landscape ? 1134 : 1418, Bottom = landscape ? 1134 : 1418, Left = landscape ? 720U : 1134U, Right = landscape ? 720U : 1134U, Header = 851U, Footer = 992U, Gutter = 0U });

    private static void Table(Body body, TableBlock t, int available)
    {
        // The lines above a table stay on the page where the table starts.
        if (t.NumberLine is { } number) body.Append(Para(number, 24, "黑体", keepNext: true));
        body.Append(Para(t.Title, 32, "黑体", center: true, keepNext: true));
        body.Append(Para(t.Preparer, 21, "宋体", keepNext: true));
        body.Append(Para(t.UnitLine, 21, "宋体", right: true, keepNext: true));
        body.Append(Cells(t, available));
        if (t.Note is { } note) body.Append(Para(note, 21, "宋体"));
    }

    /// <summary>A grid in the text: a bordered table without title lines or header rows, each row's last filled cell
    /// spanning the empty ones after it.</summary>
    private static Table GridTable(Grid g, int available)
    {
        var table = Frame(Widths(g.AsTable(), available), available);
        foreach (var row in g.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (text, _, span) in g.Cells(row))
            {
                var props = new TableCellProperties();
                if (span > 1) props.Append(new GridSpan { Val = span });
                tr.Append(new TableCell(props, Para(text, 20, "宋体")));
            }
            table.Append(tr);
        }
        return table;
    }

    /// <summary>The bordered table itself: header rows (repeated on every page), then the body rows.</summary>
    private static Table Cells(TableBlock t, int available)
    {
        var size = t.Landscape ? 16 : 20;
        var table = Frame(Widths(t, available), available);
        foreach (var row in t.Header)
        {
            // Header rows repeat at the top of every page the table runs onto.
            var tr = new TableRow(new TableRowProperties(new TableHeader()));
            foreach (var c in row)
            {
                var props = new TableCellProperties();
                if (c.Span > 1) props.Append(new GridSpan { Val = c.Span });
                props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2" });
                tr.Append(new TableCell(props, Para(c.Text, size, "黑体", center: true)));
            }
            table.Append(tr);
        }
        foreach (var row in t.Body)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Count; i++)
                tr.Append(new TableCell(Para(row[i], size, "宋体", right: i < t.Numeric.Count && t.Numeric[i])));
            table.Append(tr);
        }
        return table;
    }

    /// <summary>An empty bordered table of fixed column widths, its properties in the order the schema requires (Word
    /// offers to "repair" a file otherwise).</summary>
    private static Table Frame(int[] widths, int available)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = available.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        return table;
    }

    /// <summary>Column widths in twips: a figure column as wide as its widest figure, a code column as its codes,
    /// the name columns sharing what is left by their longest text.</summary>
    private static int[] Widths(TableBlock t, int available)
    {
        const int digit = 100, cjk = 170, pad = 160;
        int Need(int c) => t.Body.Select(r => c < r.Count ? r[c].Sum(ch => ch > 0x2E80 ? cjk : digit) : 0).DefaultIfEmpty(0).Max() + pad;
        var widths = new int[t.Columns];
        var names = new List<int>();
        for (var c = 0; c < t.Columns; c++)
        {
            var codes = !t.Numeric[c] && t.Body.All(r => c >= r.Count || r[c].All(ch => char.IsAsciiDigit(ch) || ch == ' '));
            if (t.Numeric[c] || codes) widths[c] = Math.Max(Need(c), 700);
            else names.Add(c);
        }
        var left = available - widths.Sum();
        if (names.Count == 0 || left < names.Count * 800)
            return Enumerable.Repeat(available / t.Columns, t.Columns).ToArray();
        // A long text (a paragraph in a cell) wraps: it may not squeeze the other columns to a character.
        int Weight(int c) => Math.Clamp(Need(c), 800, available * 35 / 100);
        var total = names.Sum(Weight);
        foreach (var c in names) widths[c] = left * Weight(c) / total;
        return widths;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string text, int halfPoints, string font,
        bool center = false, bool right = false, bool bold = false, string? color = null, bool indent = false, int before = 0, bool keepNext = false)
    {
        var props = new ParagraphProperties();
        if (keepNext) props.Append(new KeepNext());
        props.Append(new SpacingBetweenLines { Before = before.ToString(), After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto });
        if (indent) props.Append(new Indentation { FirstLineChars = 200 });
        if (center) props.Append(new Justification { Val = JustificationValues.Center });
        else if (right) props.Append(new Justification { Val = JustificationValues.Right });
        var runProps = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) runProps.Append(new Bold());
        if (color is not null) runProps.Append(new Color { Val = color });
        runProps.Append(new FontSize { Val = halfPoints.ToString() });
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(props, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
