using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>The projects of section 七 as a finance officer fills them in on the workbook's 项目情况 sheet: one row
/// per project of the 项目支出表 with the fields its description needs (政策依据, 承担单位, 资金分配, 执行时间 and the
/// 补贴 fields). Working data like the 上年预算数 sheet: the readers skip it, `render --redraft` drafts from it.</summary>
public sealed class ProjectSheet(IReadOnlyList<ProjectSheet.Project> projects)
{
    public sealed record Project(string Name, decimal Amount, IReadOnlyDictionary<string, string> Fields);

    public IReadOnlyList<Project> Projects => projects;

    public Project? Find(string name) => projects.FirstOrDefault(p => p.Name == name);

    /// <summary>Field keys (as the narrative reader names them) and their column labels, in sheet order.</summary>
    public static readonly (string Key, string Label)[] Columns =
    [
        ("basis", "设立的政策依据"), ("owner", "项目承担单位"), ("allocation", "资金分配情况"), ("period", "资金执行时间"),
        ("source", "资金来源"), ("subsidy_people", "补贴人数"), ("subsidy_standard", "补贴标准"), ("subsidy_scope", "补贴范围"),
        ("subsidy_method", "补贴方式"), ("procedure", "发放程序"), ("beneficiaries", "受益人群和社会效益"),
    ];

    public static string[] Header => ["项目名称", "预算安排规模（万元）", .. Columns.Select(c => c.Label)];

    public static ProjectSheet? FromWorkbook(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var workbook = doc.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == WorkbookSheets.Projects);
        if (sheet?.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part) return null;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var i) && i < strings.Length ? strings[i]
            : c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
        var result = new List<Project>();
        foreach (var row in part.Worksheet!.Descendants<Row>().Skip(1))
        {
            var cells = new string[Header.Length];
            foreach (var c in row.Elements<Cell>())
                if (c.CellReference?.Value is { } r && r[0] - 'A' is var col and >= 0 && col < cells.Length) cells[col] = Text(c).Trim();
            if (string.IsNullOrEmpty(cells[0])) continue;
            var fields = new Dictionary<string, string>();
            for (var k = 0; k < Columns.Length; k++)
                if (cells[k + 2] is { Length: > 0 } v && !v.StartsWith('【')) fields[Columns[k].Key] = v;
            result.Add(new Project(cells[0], decimal.TryParse(cells[1], out var a) ? a : 0, fields));
        }
        return new ProjectSheet(result);
    }
}
