using OpenYusuan.App.Reports;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>A query's or report's rows as an aligned table (CJK characters counted double), CSV (RFC 4180, UTF-8),
/// JSON (an array of objects, figures as numbers) or an XLSX sheet.</summary>
internal static class ResultWriter
{
    public static readonly string[] Formats = ["table", "csv", "json", "xlsx"];

    public static string Text(ResultTable result, string format) => format switch
    {
        "csv" => Csv(result),
        "json" => Json(result),
        _ => Table(result),
    };

    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.00##", CultureInfo.InvariantCulture),
        double f => f.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => $"({bytes.Length} 字节)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Table(ResultTable result)
    {
        var cells = result.Rows.Select(r => r.Select(v => Cell(v).Replace('\n', ' ').Replace('\t', ' ')).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(Width(c), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        var numeric = result.Columns.Select((_, i) => result.Rows.Count > 0 && result.Rows.All(r => r[i] is null or decimal or double or int or long or float or short)).ToArray();
        var sb = new StringBuilder();
        if (result.Title is { } title) sb.AppendLine(title);
        string Line(IReadOnlyList<string> values) => string.Join("  ", values.Select((v, i) =>
            numeric[i] ? new string(' ', widths[i] - Width(v)) + v : v + new string(' ', widths[i] - Width(v)))).TrimEnd();
        sb.AppendLine(Line(result.Columns));
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells) sb.AppendLine(Line(row));
        sb.AppendLine($"（{result.Rows.Count} 行）");
        return sb.ToString();
    }

    private static int Width(string s) => s.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);

    private static string Csv(ResultTable result)
    {
        static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        var sb = new StringBuilder();
        sb.Append(string.Join(",", result.Columns.Select(Quote))).Append("\r\n");
        foreach (var row in result.Rows) sb.Append(string.Join(",", row.Select(v => Quote(Cell(v))))).Append("\r\n");
        return sb.ToString();
    }

    private static string Json(ResultTable result)
    {
        var rows = result.Rows.Select(r =>
        {
            var o = new Dictionary<string, object?>();
            for (var i = 0; i < result.Columns.Count; i++)
                o[result.Columns[i]] = r[i] switch
                {
                    null => null,
                    decimal or double or float or int or long or short or bool => r[i],
                    byte[] b => $"({b.Length} 字节)",
                    _ => Cell(r[i]),
                };
            return o;
        });
        return JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static byte[] Xlsx(ResultTable result, string sheetName)
    {
        var rows = new List<IReadOnlyList<object?>>();
        if (result.Title is { } title) rows.Add([title]);
        rows.Add([.. result.Columns]);
        rows.AddRange(result.Rows.Select(row => (IReadOnlyList<object?>)row.Select(v => v is decimal or double or float or int or long or short ? v : (object)Cell(v)).ToList()));
        return SheetWriter.Write([new SheetWriter.Sheet(sheetName, rows)]);
    }
}
