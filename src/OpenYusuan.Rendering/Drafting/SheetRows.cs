using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The rows below the header of one named sheet of a workbook, each as its first <c>width</c> cells' text by
/// column letter (a skipped empty cell keeps its place, a formula reads as blank); null when the workbook has no such
/// sheet.</summary>
public static class SheetRows
{
    public static List<string[]>? Read(SpreadsheetDocument doc, string sheetName, int width)
    {
        var workbook = doc.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == sheetName);
        if (sheet?.Id?.Value is not { } id || !workbook!.TryGetPartById(id, out var found) || found is not WorksheetPart part) return null;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        string Text(Cell c) => c.DataType?.InnerText == "s" && int.TryParse(c.CellValue?.Text, out var i) && i >= 0 && i < strings.Length ? strings[i]
            : c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet!.Descendants<Row>().Skip(1))
        {
            var cells = Enumerable.Repeat("", width).ToArray();
            // A formula's cached value may be stale (a file changed by a tool that does not recalculate): it is read as
            // blank, and what it computes is computed again from its parts.
            foreach (var c in row.Elements<Cell>())
                if (c.CellReference?.Value is { } r && r[0] - 'A' is var col and >= 0 && col < width) cells[col] = c.CellFormula is null ? Text(c).Trim() : "";
            rows.Add(cells);
        }
        return rows;
    }
}
