using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>Last year's figures and the reasons for each change, as a finance officer fills them in on the workbook's
/// 上年预算数与主要原因 sheet: one row per subject a sentence talks about (部分, 项目, 代码, 本年预算数, 上年预算数,
/// 增减额 and 增减率 as formulas, 主要原因). The sheet is working data, not part of the publication: the readers
/// skip it, and `render --redraft` drafts from it.</summary>
public sealed class PriorYear(IReadOnlyList<PriorYear.Line> lines)
{
    public sealed record Line(int Section, string Key, string Name, decimal Amount, decimal? Prior, string? Reason);

    public IReadOnlyList<Line> Lines => lines;

    public Line? Find(int section, string key) => lines.FirstOrDefault(l => l.Section == section && l.Key == key);

    public static readonly string[] Header = ["部分", "项目", "代码", "本年预算数（万元）", "上年预算数（万元）", "增减额（万元）", "增减率（%）", "主要原因"];

    /// <summary>The sheet of a workbook, or null when it has none.</summary>
    public static PriorYear? FromWorkbook(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var workbook = doc.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == WorkbookSheets.PriorYear);
        if (sheet?.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part) return null;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var i) && i < strings.Length ? strings[i]
            : c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
        var result = new List<Line>();
        foreach (var row in part.Worksheet!.Descendants<Row>().Skip(1))
        {
            var cells = new string[Header.Length];
            foreach (var c in row.Elements<Cell>())
                if (c.CellReference?.Value is { } r && r[0] - 'A' is var col and >= 0 && col < cells.Length) cells[col] = Text(c).Trim();
            if (!int.TryParse(cells[0], out var section) || string.IsNullOrEmpty(cells[2])) continue;
            decimal? Number(string? s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
            result.Add(new Line(section, cells[2], cells[1] ?? "", Number(cells[3]) ?? 0, Number(cells[4]),
                string.IsNullOrWhiteSpace(cells[7]) || cells[7] == Sentences.ReasonPlaceholder ? null : cells[7]));
        }
        return new PriorYear(result);
    }
}
