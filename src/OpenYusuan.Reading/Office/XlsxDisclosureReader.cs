using Location = OpenYusuan.Model.Location;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure = OpenYusuan.Model.Disclosure;
using LineDocument = OpenYusuan.Reading.Text.LineDocument;

namespace OpenYusuan.Reading.Office;

/// <summary>Reads an Excel (.xlsx) disclosure, where each standard table is usually one sheet: rows become
/// tab-separated lines with every cell in its column (by cell reference, so skipped empty cells keep their place).
/// A sheet whose first rows carry no table title gets its sheet name as a title line; hidden sheets are skipped.</summary>
public static class XlsxDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default)
    {
        var origins = new List<Location?>();
        var model = LineDocument.Read(Lines(bytes, cancel, origins), bytes, path, "xlsx", cancel);
        // A reviewer finds a figure in the workbook by its sheet and cell; the line stays for reports that show the lines.
        return ModelLocations.Relocate(model, n => n >= 1 && n <= origins.Count && origins[n - 1] is { } o ? o with { Line = n } : null);
    }

    /// <summary>The document flattened to the lines the text pipeline reads (and a report shows): a paragraph per line, a
    /// table row as tab-separated cells.</summary>
    public static IReadOnlyList<string> Lines(byte[] bytes, CancellationToken cancel = default) => Lines(bytes, cancel, null);

    /// <param name="origins">Filled, line by line, with the sheet and first cell each line comes from (null for a line
    /// made up here: a sheet's name printed as its title, the blank between sheets).</param>
    private static IReadOnlyList<string> Lines(byte[] bytes, CancellationToken cancel, List<Location?>? origins)
    {
        var lines = new List<string>();
        using (var stream = new MemoryStream(bytes, writable: false))
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var workbook = document.WorkbookPart ?? throw new UnusableInputException("XLSX 文件没有工作簿部分（xl/workbook.xml）");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var formats = StyleFormats(workbook);
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                // A sheet whose relationship id names no part (a hand-edited or broken workbook) has nothing to read.
                if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
                // A hidden sheet (a code list behind a drop-down, say) is not what a person reads.
                if (sheet.State?.InnerText is { Length: > 0 } state && state != "visible") continue;
                // An OpenYusuan workbook's working data (last year's figures, reasons) is not the publication.
                if (Model.WorkbookSheets.IsWorking(sheet.Name?.Value)) continue;
                var rows = Rows(part, strings, formats, cancel);
                if (rows.Count == 0) continue;
                var name = sheet.Name?.Value ?? "";
                if (!rows.Take(3).Any(r => r.Cells.Any(c => c.Contains('表'))) && name.Contains('表')) { lines.Add(name); origins?.Add(null); }
                foreach (var r in rows)
                {
                    lines.Add(string.Join('\t', r.Cells));
                    origins?.Add(new Location { Sheet = name, Cell = $"{Model.WorkbookSheets.ColumnLetters(Math.Max(0, r.Cells.FindIndex(c => c.Length > 0)))}{r.Number}" });
                }
                lines.Add("");
                origins?.Add(null);
            }
        }
        return lines;
    }


    private static List<(List<string> Cells, uint Number)> Rows(WorksheetPart part, string[] strings, Shown?[] formats, CancellationToken cancel)
    {
        var rows = new List<(List<string> Cells, uint Number)>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            cancel.ThrowIfCancellationRequested();
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                // A reference past Excel's last column (XFD) is not a place in any sheet: the cell would otherwise be
                // padded out to it, one empty cell per column.
                if (column >= ReadingLimits.MaxSheetColumns)
                    throw new UnusableInputException($"XLSX 单元格引用“{Shorten(cell.CellReference!.Value!)}”超出 Excel 的列范围（最多 XFD 列，即 {ReadingLimits.MaxSheetColumns} 列），文件已损坏或被篡改");
                while (cells.Count < column) cells.Add("");
                cells.Add(LineDocument.Clean(Value(cell, strings, formats)));
            }
            // The row number as written: a damaged file may hold anything there (the SDK's typed value would throw).
            var number = uint.TryParse(row.RowIndex?.InnerText, out var n) && n is > 0 and <= 1048576 ? n : (uint)(rows.Count + 1);
            if (cells.Any(c => c.Length > 0)) rows.Add((cells, number));
        }
        return rows;
    }

    private static string Value(Cell cell, string[] strings, Shown?[] formats)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        // The type as written ("s", "b", "n" …): the SDK's typed value throws on a word it does not know.
        var type = cell.DataType?.InnerText;
        if (type == "s")
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        if (type == "b") return raw == "1" ? "TRUE" : "FALSE";
        // Numbers are stored as binary doubles (0.1+0.2 → 0.30000000000000004); money has at most a few decimals.
        if (type is null or "n"
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) < 1e15)
        {
            // Shown as the sheet shows it: an amount styled "#,##0.00" reads 375.00, a code in General reads 2080505.
            var shown = UInt(cell.StyleIndex) is { } s && s < formats.Length ? formats[s] : null;
            var text = shown is { Places: { } places }
                ? Math.Round((decimal)d, places, MidpointRounding.AwayFromZero).ToString("F" + places, CultureInfo.InvariantCulture)
                : Math.Round((decimal)d, 6).ToString("0.######", CultureInfo.InvariantCulture);
            // A code kept as a number with a "00" format (款 05) shows its leading zeros.
            return shown is { Digits: > 1 } && d >= 0 ? text.PadLeft(shown.Digits + text.Length - text.TakeWhile(char.IsAsciiDigit).Count(), '0') : text;
        }
        return raw;
    }

    /// <summary>How a cell style shows a number: the decimal places it fixes (built-in 2, 4, 10 … or a custom code
    /// like "#,##0.00_ "; null for General) and the integer digits it pads to ("00" → 2).</summary>
    private sealed record Shown(int? Places, int Digits);

    private static Shown?[] StyleFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        // An id defined twice (a broken or hand-edited styles part) keeps its first definition, as Excel does.
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Select(f => (Id: UInt(f.NumberFormatId), Code: f.FormatCode?.InnerText ?? "")).Where(f => f.Id is not null)
            .DistinctBy(f => f.Id).ToDictionary(f => f.Id!.Value, f => f.Code) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(xf =>
        {
            var id = UInt(xf.NumberFormatId) ?? 0;
            if (id is 1 or 3 or 9 or 37 or 38) return new Shown(0, 1);
            if (id is 2 or 4 or 7 or 8 or 10 or 11 or 39 or 40 or 43 or 44) return new Shown(2, 1);
            if (!custom.TryGetValue(id, out var code) || code.Contains('y') || code.Contains('d') || code.Contains('h')) return null;
            var section = System.Text.RegularExpressions.Regex.Replace(code.Split(';')[0], @"""[^""]*""|\[[^\]]*\]|\\.|_.", "");
            var dot = section.IndexOf('.');
            var integer = dot < 0 ? section : section[..dot];
            var digits = Math.Max(1, integer.Count(c => c == '0'));
            return dot < 0
                ? (integer.Contains('0') || integer.Contains('#') ? new Shown(0, Math.Min(digits, 30)) : null)
                : new Shown(Math.Min(10, section[(dot + 1)..].TakeWhile(c => c is '0' or '#').Count()), Math.Min(digits, 30));
        }).ToArray() ?? [];
    }

    /// <summary>"AB12" → 27 (zero-based column of the reference); past Excel's last column it stops counting at the
    /// limit rather than overflowing.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > ReadingLimits.MaxSheetColumns) return ReadingLimits.MaxSheetColumns;
        }
        return index - 1;
    }

    private static uint? UInt(DocumentFormat.OpenXml.OpenXmlSimpleType? value) =>
        uint.TryParse(value?.InnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
