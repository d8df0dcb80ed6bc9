using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Plan;

/// <summary>The empty disclosure a workbook template is made from: every table the regional template requires,
/// with its official title and columns and no rows, and the explanation sections with placeholders.</summary>
public static partial class BlankDisclosure
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

    // The fixed lines the templates print (as in the corpus documents): the income side of the two-sided tables and the
    // items of the “三公” table. The expense side lists every 类 of the functional classification.
    private static readonly (string Item, string Label)[] XinjiangIncome =
    [
        ("current_income", "一、本年收入"), ("general_budget", "1. 一般公共预算拨款"), ("general_budget_own", "其中：一般财力"),
        ("general_budget_transfer", "上级一般公共预算安排转移支付"), ("gov_fund", "2. 政府性基金预算拨款"), ("gov_fund_own", "其中：政府性基金收入"),
        ("gov_fund_transfer", "上级政府性基金安排转移支付"), ("state_capital", "3. 国有资本经营预算拨款"), ("state_capital_own", "其中：国有资本经营收入"),
        ("state_capital_transfer", "上级国有资本经营预算安排转移支付"), ("special_account", "4. 财政专户核拨"), ("unit_funds", "5. 单位资金"),
        ("business_income", "其中：事业收入"), ("superior_subsidy", "上级补助收入"), ("subordinate_remit", "附属单位上缴收入"),
        ("operating_income", "事业单位经营收入"), ("other_income", "其他收入"), ("prior_carryover", "二、上年结转结余"),
        ("fiscal_carryover", "1. 财政拨款结转"), ("fiscal_carryover_general", "其中：一般公共预算拨款"), ("fiscal_carryover_gov_fund", "政府性基金预算拨款"),
        ("fiscal_carryover_state_capital", "国有资本经营预算拨款"), ("nonfiscal_carryover", "2. 非财政拨款结余"),
        ("nonfiscal_carryover_special_account", "其中：财政专户核拨"), ("nonfiscal_carryover_unit_funds", "单位资金"),
    ];

    private static readonly (string Item, string Label)[] XinjiangFiscalIncome =
        [("fiscal_appropriation", "一、财政拨款（补助）"), ("general_budget", "一般公共预算"), ("gov_fund", "政府性基金预算"), ("state_capital", "国有资本经营预算")];

    private static readonly (string Item, string Label)[] ShanghaiIncome =
    [
        ("fiscal_appropriation", "一、财政拨款收入"), ("general_budget", "1. 一般公共预算资金"), ("gov_fund", "2. 政府性基金"),
        ("state_capital", "3. 国有资本经营预算"), ("business_income", "二、事业收入"), ("operating_income", "三、事业单位经营收入"), ("other_income", "四、其他收入"),
    ];

    private static readonly (string Item, string Label)[] ShanghaiFiscalIncome =
        [("general_budget", "一、一般公共预算资金"), ("gov_fund", "二、政府性基金"), ("state_capital", "三、国有资本经营预算")];

    private static readonly (string Item, string Label)[] ThreePublicItems =
    [
        ("total", "合计"), ("abroad", "因公出国（境）费"), ("vehicle", "公务用车购置及运行费"), ("vehicle_purchase", "其中：公务用车购置费"),
        ("vehicle_operation", "公务用车运行费"), ("reception", "公务接待费"),
    ];

    /// <summary>A blank table with the lines its template prints whatever the unit: the income lines and every 类 of a
    /// two-sided table, the items of the “三公” table (Shanghai's adds 机关运行经费).</summary>
    private static DisclosureTable WithLines(DisclosureTable t, bool shanghai)
    {
        return t.Kind switch
        {
            TableKinds.Summary => t with { Income = Lines(shanghai ? ShanghaiIncome : XinjiangIncome), Expense = Classes() },
            TableKinds.FiscalSummary => t with { Income = Lines(shanghai ? ShanghaiFiscalIncome : XinjiangFiscalIncome), Expense = Classes() },
            TableKinds.ThreePublic => t with
            {
                Rows = [.. ThreePublicRows(), .. shanghai ? [new TableRow { Item = "operating_costs", Name = "机关运行经费" }] : Array.Empty<TableRow>()],
            },
            _ => t,
        };
    }

    // The parts of a Shanghai 项目经费情况说明 and what each says (corpus: budget-template-shanghai-2026-department.xlsx).
    private static readonly (string Title, string Guide)[] ProjectParts =
    [
        ("项目概述", "【说明项目的总体情况、立项目的等】"), ("立项依据", "【说明立项依据的文件名称及其具体作为本项目立项依据的内容等】"),
        ("实施主体", "【列举具体实施项目的各个责任主体及其职责等】"), ("实施方案", "【说明项目实施的具体工作方案，包括实施阶段、实施内容等】"),
        ("实施周期", "【说明项目实施的周期】"), ("年度预算安排", "【说明项目年度财政资金预算安排金额、使用内容等】"), ("绩效目标", "详见单位的项目绩效目标表"),
    ];

    private static List<TableRow> Lines((string Item, string Label)[] lines) => lines.Select(l => new TableRow { Item = l.Item, Label = l.Label }).ToList();

    private static List<TableRow> ThreePublicRows() => ThreePublicItems.Select(l => new TableRow { Item = l.Item, Name = l.Label }).ToList();

    /// <summary>Every 类 of the functional classification, in code order: the expense side of a blank two-sided table.</summary>
    private static List<TableRow> Classes() => Model.Codes.ClassificationList.Functional.Entries.Where(e => e.Code.Length == 3)
        .OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => new TableRow { Code = e.Code, Name = e.Name }).ToList();

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
                // One per project, in the parts and with the guidance of the Shanghai template's 项目经费情况说明 sheet.
                new Section
                {
                    Number = 3, Title = "（项目名称）项目经费情况说明", Text = "",
                    Subsections = ProjectParts.Select((p, i) => new Section { Number = i + 1, Title = p.Title, Text = p.Guide }).ToList(),
                },
            ]
            : titles.Select((t, i) => new Section { Number = i + 1, Title = t, Text = placeholder }).ToList();
        return new Disclosure
        {
            Kind = "budget", Scope = department ? "department" : "unit", Template = template == "shanghai" ? "shanghai-budget" : "xinjiang-2024",
            Entity = entity, Year = year, Unit = template == "shanghai" ? Units.Yuan : Units.TenThousandYuan,
            Tables = tables.Select(t => WithLines(t, template == "shanghai")).ToList(),
            Glossary = template == "shanghai" ? StandardGlossary.Shanghai : StandardGlossary.Xinjiang,
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
