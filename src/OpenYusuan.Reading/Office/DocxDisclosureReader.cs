using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Disclosure = OpenYusuan.Model.Disclosure;
using LineDocument = OpenYusuan.Reading.Text.LineDocument;

namespace OpenYusuan.Reading.Office;

/// <summary>Reads a Word (.docx) disclosure: body paragraphs become lines and each table row a tab-separated line,
/// in document order; horizontally merged cells (gridSpan) are padded so columns stay aligned, vertically merged
/// continuation cells are already present as empty cells. Automatic numbering ("一、", "（二）") is drawn back in
/// front of its paragraph, since the section structure hangs on it.</summary>
public static class DocxDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default) =>
        LineDocument.Read(Lines(bytes, cancel), bytes, path, "docx", cancel);

    /// <summary>The document flattened to the lines the text pipeline reads (and a report shows): a paragraph per line, a
    /// table row as tab-separated cells.</summary>
    public static IReadOnlyList<string> Lines(byte[] bytes, CancellationToken cancel = default)
    {
        var lines = new List<string>();
        using (var stream = new MemoryStream(bytes, writable: false))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnusableInputException("DOCX 文件没有正文部分（word/document.xml）");
            Walk(body, lines, new WordNumbering(document.MainDocumentPart!), cancel);
        }
        return lines;
    }

    private static void Walk(OpenXmlElement container, List<string> lines, WordNumbering numbering, CancellationToken cancel)
    {
        foreach (var element in container.ChildElements)
        {
            cancel.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph p:
                    var text = LineDocument.Clean(numbering.Label(p) + ParagraphText(p));
                    if (text.Length > 0) lines.Add(text);
                    break;
                // A table whose cells hold tables of their own lays the page out: read the content it wraps.
                case Table t when t.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).Any(c => c.Elements<Table>().Any()):
                    foreach (var cell in t.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>())) Walk(cell, lines, numbering, cancel);
                    break;
                case Table t:
                    var width = Width(t);
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var cells = new List<string>();
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            cells.Add(LineDocument.Clean(string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText))));
                            // A span is clamped to the columns the table has left: its value is the file's word, not a size.
                            var span = Math.Min(Span(cell), Math.Max(1, width - cells.Count + 1));
                            for (var k = 1; k < span; k++) cells.Add("");
                        }
                        if (cells.Any(c => c.Length > 0)) lines.Add(string.Join('\t', cells));
                    }
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Walk(content, lines, numbering, cancel);
                    break;
            }
        }
    }

    /// <summary>How many grid columns a cell spans (w:gridSpan), 1 when the value is missing or not a number.</summary>
    private static int Span(TableCell cell) =>
        int.TryParse(cell.TableCellProperties?.GridSpan?.Val?.InnerText, out var span) && span > 1 ? span : 1;

    /// <summary>The table's real width: the columns of its grid (w:tblGrid), or where that is missing its widest row's
    /// cells; never more than <see cref="ReadingLimits.MaxColumns"/>.</summary>
    private static int Width(Table t)
    {
        var grid = t.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var cells = t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Count()).DefaultIfEmpty(0).Max();
        return Math.Min(ReadingLimits.MaxColumns, Math.Max(grid, cells));
    }

    /// <summary>Text runs plus tabs and breaks, which Word stores as elements rather than characters.</summary>
    private static string ParagraphText(Paragraph p) => string.Concat(p.Descendants().Select(d => d switch
    {
        DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
        TabChar => " ",
        Break or CarriageReturn => " ",
        _ => "",
    }));
}
