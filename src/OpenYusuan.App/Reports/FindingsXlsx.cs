using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.App.Reports;

/// <summary>Findings as a workbook reviewers can sort, filter and annotate in Excel or WPS: one row per finding, with the
/// file, rule, severity, message, where it is (table, row, column, section, page or line) and the figures compared, and
/// a 处理意见 column left empty for the reviewer.</summary>
public static class FindingsXlsx
{
    private static readonly string[] Header = ["文件", "单位", "年度", "规则", "级别", "问题", "表格", "行", "列", "部分", "页", "行号", "工作表", "单元格", "应为", "实为", "处理意见"];

    public static byte[] Write(IEnumerable<AuditReport> reports)
    {
        var rows = new List<IReadOnlyList<object?>> { Header };
        foreach (var report in reports)
            foreach (var f in report.Findings)
            {
                var at = f.Location;
                rows.Add([
                    report.Document, report.Entity ?? "", report.Year, f.Rule, Level(f.Severity), f.Message,
                    at.Table is { } kind ? TableKinds.ChineseName(kind) : "", at.Row ?? at.Item ?? "",
                    at.Column is { } col ? ColumnNames.Of(at.Table ?? "", col) : "", at.Section ?? "",
                    at.Page, at.Line, at.Sheet ?? "", at.Cell ?? "", f.Expected ?? "", f.Actual ?? "", "",
                ]);
            }
        return SheetWriter.Write([new SheetWriter.Sheet("审核问题", rows, HeaderRow: true)]);
    }

    private static string Level(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
