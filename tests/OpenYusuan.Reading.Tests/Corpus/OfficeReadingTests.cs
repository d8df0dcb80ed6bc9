using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Reading.Tests.Support;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>The tab-separated corpus text published as Word and Excel files (made at test time with the Open XML
/// SDK: paragraphs for lines, a table — or sheet rows, amounts as numbers — for tab-separated rows): the same cells
/// come out. Only the tab-separated text goes to a sheet: PDF-extracted lines are not what a spreadsheet holds.</summary>
public sealed class OfficeReadingTests
{
    private static IEnumerable<string> Lines(string prefix) =>
        File.ReadAllText(SharedFiles.CorpusByPrefix(prefix)).Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Replace("<b>", "").Replace("</b>", "").Replace("**", ""));

    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            W.Table? table = null;
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
                if (line.Trim().Length > 0) body.Append(new W.Paragraph(new W.Run(new W.Text(line.TrimStart('#', ' ')))));
            }
            doc.AddMainDocumentPart().Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    private static byte[] Xlsx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            // Style 1 shows amounts as "#,##0.00", as the published templates do.
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));
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
                    var isNumber = decimal.TryParse(cells[i], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && !cells[i].Contains(',') && !cells[i].StartsWith('0');
                    row.Append(isNumber
                        ? new Cell { CellReference = reference, CellValue = new CellValue((double)n), StyleIndex = cells[i].Contains('.') ? 1U : 0U }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cells[i])) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "预算公开" }));
        }
        return stream.ToArray();
    }

    [SkippableTheory]
    [InlineData("docx", "000")]
    [InlineData("docx", "001")]
    [InlineData("xlsx", "000")]
    public void Office_file_reads_to_the_same_cells(string format, string key)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var lines = Lines(key + "_").ToList();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.{format}");
        File.WriteAllBytes(path, format == "docx" ? Docx(lines) : Xlsx(lines));
        try
        {
            var model = DisclosureReader.Read(path);
            Assert.Equal(format, model.Source!.Format);
            var wrong = Fact.Load(SharedFiles.Truth(key)).Where(f => f.Lookup(model) != f.Expected).Select(f => $"{f} → {f.Lookup(model)}").ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_zip_that_is_not_office_is_refused_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.docx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open())) w.Write("hello");
        try
        {
            var e = Assert.Throws<UnusableInputException>(() => DisclosureReader.Read(path));
            Assert.Contains("不是 DOCX 或 XLSX", e.Message);
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..40]);
            Assert.Throws<UnusableInputException>(() => DisclosureReader.Read(path));
        }
        finally { File.Delete(path); }
    }
}
