using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Audit.Compare;

namespace OpenYusuan.Cli.Commands;

/// <summary>The budget/决算 comparison as a workbook reviewers can sort and filter: one sheet per table compared, a header
/// row, figures as numbers (万元), the execution rate as a percentage and the lines whose 年初预算数 differs marked.</summary>
public static class CompareXlsx
{
    private static readonly string[] Header = ["科目编码", "科目名称", "预算数", "决算中的年初预算数", "决算数", "差额", "执行率(%)", "年初预算数与预算不符"];

    public static byte[] Write(BudgetFinalComparison.Result result)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var group in result.Lines.GroupBy(l => l.Table))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                data.Append(Row(r++, [Text($"{result.Entity} {result.Year} 年预决算对比（万元）")]));
                data.Append(Row(r++, Header.Select(Text)));
                foreach (var l in group)
                    data.Append(Row(r++, [Text(l.Code), Text(l.Name ?? ""), Number(l.Budget), Number(l.Initial), Number(l.Final),
                        Number(l.Difference), Number(l.Rate), Text(l.InitialDiffers ? "是" : "")]));
                part.Worksheet = new Worksheet(data);
                var name = group.Key == "basic_expense" ? "基本支出经济分类" : "一般公共预算功能分类";
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells) => new(cells) { RowIndex = index };

    private static Cell Text(string s) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) };

    private static Cell Number(decimal? v) => v is null ? new Cell()
        : new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
}
