using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenYusuan.App.Reports;

/// <summary>The plain workbooks the CLI hands reviewers (findings, comparisons, store reports): sheets of rows, figures as
/// numbers, text as inline strings, optionally the first row frozen and filterable. One writer, so every such workbook
/// opens the same way in Excel and WPS.</summary>
public static class SheetWriter
{
    /// <summary>One sheet: its name (cut to Excel's 31 characters), its rows of cell values (a number is written as a
    /// number; null as an empty cell), and whether its first row is a header to freeze and filter.</summary>
    public sealed record Sheet(string Name, IEnumerable<IReadOnlyList<object?>> Rows, bool HeaderRow = false);

    public static byte[] Write(IEnumerable<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                var width = 0;
                foreach (var row in sheet.Rows)
                {
                    data.Append(new Row(row.Select(Cell)) { RowIndex = r++ });
                    width = Math.Max(width, row.Count);
                }
                var ws = new Worksheet(data);
                if (sheet.HeaderRow)
                {
                    ws.InsertAt(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }), 0);
                    ws.Append(new AutoFilter { Reference = $"A1:{OpenYusuan.Model.WorkbookSheets.ColumnLetters(Math.Max(1, width) - 1)}{Math.Max(1, r - 1)}" });
                }
                part.Worksheet = ws;
                workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name[..Math.Min(31, sheet.Name.Length)],
                });
            }
        }
        return stream.ToArray();
    }

    private static Cell Cell(object? v) => v switch
    {
        null => new Cell(),
        decimal or double or float or int or long or short or uint => new Cell
        {
            DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(v, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")) },
    };

}
