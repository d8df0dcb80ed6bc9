using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Writes a disclosure text the way departments also publish it — an HTML page, a Word file, a workbook —
/// made at test time from the corpus text (paragraphs for lines, table rows for tab-separated rows; amounts as
/// styled numbers in the workbook), so a reader must recover the model from what a person would see.</summary>
public static class PublishedForms
{
    /// <summary>The corpus text's lines without its Markdown/HTML emphasis.</summary>
    public static List<string> Lines(string path) =>
        File.ReadAllText(path).Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Replace("<b>", "").Replace("</b>", "").Replace("**", "")).ToList();

    /// <summary>The file for a format, as bytes (HTML in UTF-8).</summary>
    public static byte[] Write(string format, string path) => format switch
    {
        "html" => Encoding.UTF8.GetBytes(Html(File.ReadAllText(path), "utf-8")),
        "docx" => Docx(Lines(path)),
        "docx-numbered" => Docx(Lines(path), autoNumber: true),
        "docx-wrapped" => Docx(Lines(path), wrapped: true),
        "xlsx" => Xlsx(Lines(path)),
        "pdf" => Pdf(Html(File.ReadAllText(path), "utf-8")),
        _ => throw new ArgumentException(format),
    };

    /// <summary>Where the PDF form can be made: headless Chromium and a CJK font (./run-tests installs both).</summary>
    public static string? PdfUnavailable =>
        !File.Exists("/usr/bin/chromium") ? "chromium is not installed; ./run-tests installs it"
        : !Directory.Exists("/usr/share/fonts/truetype/wqy") ? "no CJK font (fonts-wqy-zenhei); ./run-tests installs it"
        : null;

    /// <summary>The HTML page printed to PDF by headless Chromium, the way a department's web page or a document
    /// printed from a browser reaches a reviewer: A4 landscape so the wide tables keep their columns.</summary>
    public static byte[] Pdf(string html)
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            var pdf = Path.Combine(dir.FullName, "page.pdf");
            File.WriteAllText(page, html.Replace("</head>", PrintStyle + "</head>"));
            Tools.Run("/usr/bin/chromium", TimeSpan.FromSeconds(60),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={Path.Combine(dir.FullName, "profile")}", "--no-pdf-header-footer",
                $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri);
            return File.ReadAllBytes(pdf);
        }
        finally { dir.Delete(true); }
    }

    private const string PrintStyle =
        "<style>@page { size: A4 landscape; margin: 12mm } body { font-family: \"WenQuanYi Zen Hei\", sans-serif; font-size: 10pt }" +
        " table { border-collapse: collapse; font-size: 8pt } td { border: 1px solid #000; padding: 1px 3px }</style>";

    public static string Html(string text, string charset)
    {
        var sb = new StringBuilder($"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>预算公开</title></head><body>\n");
        var inTable = false;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Replace("<b>", "").Replace("</b>", "").Replace("**", "").TrimStart('#', ' ', '-');
            if (raw.Contains('\t'))
            {
                if (!inTable) { sb.Append("<table border=\"1\">\n"); inTable = true; }
                sb.Append("<tr>").Append(string.Concat(raw.Split('\t').Select(c => $"<td>{WebUtility.HtmlEncode(c.Replace("<b>", "").Replace("</b>", ""))}</td>"))).Append("</tr>\n");
                continue;
            }
            if (inTable) { sb.Append("</table>\n"); inTable = false; }
            if (line.Trim().Length > 0) sb.Append($"<p>{WebUtility.HtmlEncode(line)}</p>\n");
        }
        if (inTable) sb.Append("</table>\n");
        return sb.Append("</body></html>\n").ToString();
    }

    /// <summary>With <paramref name="autoNumber"/>, "一、…" and "（一）…" paragraphs lose their label to Word's automatic
    /// numbering (level 0 "%1、", level 1 "（%2）", Chinese counting), restarted by start overrides where the text's
    /// numbering does not simply continue — as a Word user's document stores them. With <paramref name="wrapped"/>,
    /// the whole content sits in the one cell of a layout table.</summary>
    public static byte[] Docx(IEnumerable<string> lines, bool autoNumber = false, bool wrapped = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            W.Table? table = null;
            var numbering = new W.Numbering(new W.AbstractNum(
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting }, new W.LevelText { Val = "%1、" }) { LevelIndex = 0 },
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting }, new W.LevelText { Val = "（%2）" }) { LevelIndex = 1 })
            { AbstractNumberId = 0 });
            var numId = 0;
            int[] counters = [0, 0];
            foreach (var line in lines)
            {
                if (line.Contains('\t'))
                {
                    if (table is null) body.Append(table = new W.Table());
                    var cells = line.Split('\t');
                    var row = new W.TableRow();
                    // An empty cell after a label is written as a span of the label, as Word users merge headers.
                    for (var i = 0; i < cells.Length; i++)
                    {
                        var cell = new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve })));
                        var span = 1;
                        while (cells[i].Length > 0 && i + span < cells.Length && cells[i + span].Length == 0 && !decimal.TryParse(cells[i], out _)) span++;
                        if (span > 1) cell.PrependChild(new W.TableCellProperties(new W.GridSpan { Val = span }));
                        row.Append(cell);
                        i += span - 1;
                    }
                    table.Append(row);
                    continue;
                }
                table = null;
                var text = line.TrimStart('#', ' ');
                if (text.Trim().Length == 0) continue;
                var paragraph = new W.Paragraph();
                if (autoNumber && System.Text.RegularExpressions.Regex.Match(text, @"^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)") is { Success: true } m)
                {
                    var level = m.Groups[1].Success ? 0 : 1;
                    var value = OpenYusuan.Model.ChineseNumbers.Parse(m.Groups[level + 1].Value)!.Value;
                    if (value != counters[level] + 1)
                    {
                        numbering.Append(new W.NumberingInstance(new W.AbstractNumId { Val = 0 },
                            new W.LevelOverride(new W.StartOverrideNumberingValue { Val = value }) { LevelIndex = level }) { NumberID = ++numId });
                    }
                    counters[level] = value;
                    if (level == 0) counters[1] = 0;
                    paragraph.Append(new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = numId })));
                    text = text[m.Length..];
                }
                paragraph.Append(new W.Run(new W.Text(text)));
                body.Append(paragraph);
            }
            if (wrapped)
            {
                var content = body.ChildElements.Select(e => e.CloneNode(true)).ToList();
                body.RemoveAllChildren();
                var cell = new W.TableCell(content);
                cell.Append(new W.Paragraph()); // a cell ends with a paragraph
                body.Append(new W.Table(new W.TableRow(cell)));
            }
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(body);
            if (autoNumber) main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            // Style 1 shows amounts as "#,##0.00", as the published templates do; style 2 keeps a 款/项 code such as
            // 05 a number shown with its leading zero ("00"), as budget systems export them.
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "00" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var line in lines)
            {
                r++;
                var row = new Row { RowIndex = r };
                var cells = line.Split('\t');
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i].Length == 0) continue; // skipped cells: the reference keeps the column
                    var reference = (i >= 26 ? ((char)('A' + i / 26 - 1)).ToString() : "") + (char)('A' + i % 26) + r;
                    var isNumber = decimal.TryParse(cells[i], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && !cells[i].Contains(',') && !(cells[i].StartsWith('0') && !cells[i].Contains('.') && cells[i].Length != 2);
                    row.Append(isNumber
                        ? new Cell { CellReference = reference, CellValue = new CellValue((double)n), StyleIndex = cells[i].Contains('.') ? 1U : cells[i].StartsWith('0') ? 2U : 0U }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cells[i])) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "预算公开" }));
        }
        return stream.ToArray();
    }
}
