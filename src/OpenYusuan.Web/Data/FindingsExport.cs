using System.Text;
using System.Text.Json;
using OpenYusuan.App.Reports;
using OpenYusuan.Model;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Data;

/// <summary>A document's findings with their reviews as a workbook (the CLI's sheet writer), CSV (UTF-8 with BOM, which
/// Excel and WPS open as UTF-8) or JSON.</summary>
public static class FindingsExport
{
    private static readonly string[] Header = ["文件", "单位", "年度", "规则", "级别", "问题", "表格", "行", "列", "部分", "页", "行号", "应为", "实为", "处理结果", "处理意见"];

    private static IEnumerable<object?[]> Rows(StoredDocument d, IEnumerable<StoredFinding> findings) => findings.Select(f => new object?[]
    {
        d.Name, d.Entity ?? "", d.Year, f.Rule, H.Severity(f.Severity), f.Message, f.Table is { } t ? TableKinds.ChineseName(t) : "", f.Row ?? "",
        f.Column is { } c ? H.Column(f.Table, c) : "", f.Section ?? "", f.Page, f.Line, f.Expected ?? "", f.Actual ?? "",
        f.Decision is null ? "" : H.Decision(f.Decision), f.Note ?? "",
    });

    public static byte[] Xlsx(StoredDocument d, IReadOnlyList<StoredFinding> findings) =>
        SheetWriter.Write([new SheetWriter.Sheet("审核问题", [Header, .. Rows(d, findings)], HeaderRow: true)]);

    public static byte[] Csv(StoredDocument d, IReadOnlyList<StoredFinding> findings)
    {
        var sb = new StringBuilder("\uFEFF");
        foreach (var row in Rows(d, findings).Prepend(Header))
            sb.Append(string.Join(",", row.Select(Field))).Append("\r\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    // A field that a spreadsheet would take for a formula is prefixed with a quote (CSV injection).
    private static string Field(object? value)
    {
        var s = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _)) s = "'" + s;
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    public static byte[] Json(StoredDocument d, IReadOnlyList<StoredFinding> findings) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        document = d.Name, hash = d.Hash, entity = d.Entity, year = d.Year, kind = d.Kind,
        findings = findings.Select(f => new
        {
            key = f.Key, rule = f.Rule, severity = f.Severity, location = f.Location, table = f.Table, row = f.Row, column = f.Column,
            section = f.Section, page = f.Page, line = f.Line, message = f.Message, expected = f.Expected, actual = f.Actual, bbox = f.Box,
            review = f.Decision, note = f.Note,
        }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
