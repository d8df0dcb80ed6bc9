using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Plan;

/// <summary>The empty disclosure a workbook template is made from: every table the regional template requires,
/// with its official title and columns and no rows, and the explanation sections with placeholders.</summary>
public static class BlankDisclosure
{
    public static readonly string[] Templates = ["xinjiang", "shanghai"];

    // The Shanghai budget's nine tables and their titles (corpus/README.md).
    private static readonly (string Kind, string Title)[] Shanghai =
    [
        (TableKinds.Summary, "部门财务收支预算总表"), (TableKinds.Income, "部门收入预算总表"), (TableKinds.Expense, "部门支出预算总表"),
        (TableKinds.FiscalSummary, "部门财政拨款收支预算总表"), (TableKinds.GeneralBudgetExpense, "部门一般公共预算支出功能分类预算表"),
        (TableKinds.GovFundExpense, "部门政府性基金预算支出功能分类预算表"), (TableKinds.StateCapitalExpense, "部门国有资本经营预算支出功能分类预算表"),
        (TableKinds.BasicExpense, "部门一般公共预算基本支出部门预算经济分类预算表"), (TableKinds.ThreePublic, "部门“三公”经费和机关运行经费预算表"),
    ];

    public static Disclosure Budget(int year, string entity, string template, bool department)
    {
        var who = department ? "部门" : "单位";
        var tables = template == "shanghai"
            ? Shanghai.Select((t, i) => Table(t.Kind, i + 1, $"{year}年{t.Title}", Units.Yuan)).ToList()
            : TableKinds.Budget.Select((k, i) => Table(k, i + 1, TableKinds.ChineseName(k).Replace("单位", who) is var n && !n.StartsWith(who) && k is TableKinds.Summary or TableKinds.Income or TableKinds.Expense ? who + n : n, Units.TenThousandYuan)).ToList();
        var about = $"关于{entity} {year} 年";
        string[] titles =
        [
            $"{about}收支预算情况的总体说明", $"{about}收入预算情况说明", $"{about}支出预算情况说明", $"{about}财政拨款收支预算情况的总体说明",
            $"{about}一般公共预算当年拨款情况说明", $"{about}一般公共预算基本支出情况说明", $"{about}一般公共预算项目支出情况说明",
            $"{about}政府性基金预算拨款情况说明", $"{about}国有资本经营预算拨款情况说明", $"{about}财政拨款“三公”经费预算情况说明",
            $"{about}上年结转结余预算情况说明", "其他重要事项的情况说明",
        ];
        var placeholder = "【请填写本部分内容】";
        IReadOnlyList<Section> sections = template == "shanghai"
            ?
            [
                new Section { Number = 1, Title = $"{year}年{who}预算编制说明", Text = placeholder },
                new Section
                {
                    Number = 2, Title = "其他相关情况说明", Text = "",
                    Subsections = new[] { $"{year}年“三公”经费预算情况说明", "机关运行经费预算", "政府采购预算情况", "绩效目标设置情况", "国有资产占有使用情况" }
                        .Select((t, i) => new Section { Number = i + 1, Title = t, Text = placeholder }).ToList(),
                },
            ]
            : titles.Select((t, i) => new Section { Number = i + 1, Title = t, Text = placeholder }).ToList();
        return new Disclosure
        {
            Kind = "budget", Scope = department ? "department" : "unit", Template = template == "shanghai" ? "shanghai-budget" : "xinjiang-2024",
            Entity = entity, Year = year, Unit = template == "shanghai" ? Units.Yuan : Units.TenThousandYuan, Tables = tables,
            Sections = sections,
        };
    }

    private static DisclosureTable Table(string kind, int number, string title, string unit) => new()
    {
        Kind = kind, Number = number, Title = title, Unit = unit, Columns = TableKinds.ColumnOrder(kind),
        Rows = TableKinds.IsTwoSided(kind) ? null : [], Income = TableKinds.IsTwoSided(kind) ? [] : null, Expense = TableKinds.IsTwoSided(kind) ? [] : null,
        Totals = new Dictionary<string, decimal>(), ExpenseTotals = TableKinds.IsTwoSided(kind) ? new Dictionary<string, decimal>() : null,
    };
}
