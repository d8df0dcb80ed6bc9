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

    public static ProjectSheet FromRows(IEnumerable<string[]> rows)
    {
        return new ProjectSheet(rows.Where(c => c[0].Length > 0).Select(c => new Project(c[0], decimal.TryParse(c[1], out var a) ? a : 0,
            Columns.Select((col, k) => (col.Key, Value: c[k + 2])).Where(x => x.Value.Length > 0 && !x.Value.StartsWith('【'))
                .ToDictionary(x => x.Key, x => x.Value))).ToList());
    }
}
