using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Cli.Commands;

/// <summary>Findings as a workbook reviewers can sort, filter and annotate in Excel or WPS: one row per finding, with the
/// file, rule, severity, message, where it is (table, row, column, section, page or line) and the figures compared, and
/// a 处理意见 column left empty for the reviewer.</summary>
public static class FindingsXlsx
{
    private static readonly string[] Header = ["文件", "单位", "年度", "规则", "级别", "问题", "表格", "行", "列", "部分", "页", "行号", "应为", "实为", "处理意见"];

    public static byte[] Write(IEnumerable<AuditReport> reports)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            data.Append(Row(r++, Header.Select(Text)));
            foreach (var report in reports)
                foreach (var f in report.Findings)
                {
                    var at = f.Location;
                    data.Append(Row(r++, [
                        Text(report.Document), Text(report.Entity ?? ""), Number(report.Year), Text(f.Rule), Text(Level(f.Severity)), Text(f.Message),
                        Text(at.Table is { } kind ? TableKinds.ChineseName(kind) : ""), Text(at.Row ?? at.Item ?? ""),
                        Text(at.Column is { } col ? ColumnNames.Of(at.Table ?? "", col) : ""), Text(at.Section ?? ""),
                        Number(at.Page), Number(at.Line), Text(f.Expected ?? ""), Text(f.Actual ?? ""), Text(""),
                    ]));
                }
            var ws = new Worksheet(data);
            part.Worksheet = ws;
            // The header stays in view and can be filtered.
            ws.InsertAt(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }), 0);
            ws.Append(new AutoFilter { Reference = $"A1:O{Math.Max(1, r - 1)}" });
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "审核问题" });
        }
        return stream.ToArray();
    }

    private static string Level(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };

    private static Row Row(uint index, IEnumerable<Cell> cells) => new(cells) { RowIndex = index };

    private static Cell Text(string s) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) };

    private static Cell Number(int? v) => v is null ? new Cell() : new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.Value) };
}
