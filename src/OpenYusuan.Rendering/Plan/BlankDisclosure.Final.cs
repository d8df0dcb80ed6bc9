using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Plan;

/// <summary>The blank 决算 (final accounts) disclosure of the national template (corpus: final-template-national-2024):
/// its nine tables in 万元 with the lines the template prints, and its eleven explanation sections.</summary>
public static partial class BlankDisclosure
{
    private static readonly string[] FinalKinds =
    [
        TableKinds.FinalSummary, TableKinds.FinalIncome, TableKinds.FinalExpense, TableKinds.FinalFiscalSummary,
        TableKinds.FinalGeneralBudgetExpense, TableKinds.FinalBasicExpense, TableKinds.FinalThreePublic, TableKinds.FinalGovFund,
        TableKinds.FinalStateCapital,
    ];

    private static readonly (string Item, string Label)[] FinalIncome =
    [
        ("general_budget", "一、一般公共预算财政拨款收入"), ("gov_fund", "二、政府性基金预算财政拨款收入"), ("state_capital", "三、国有资本经营预算财政拨款收入"),
        ("superior_subsidy", "四、上级补助收入"), ("business_income", "五、事业收入"), ("operating_income", "六、经营收入"),
        ("subordinate_remit", "七、附属单位上缴收入"), ("other_income", "八、其他收入"), ("current_income", "本年收入合计"),
        ("nonfiscal_balance_used", "使用非财政拨款结余"), ("prior_carryover", "年初结转和结余"),
    ];

    private static readonly (string Item, string Label)[] FinalExpenseLines =
        [("current_expense", "本年支出合计"), ("balance_distribution", "结余分配"), ("year_end_carryover", "年末结转和结余")];

    private static readonly (string Item, string Label)[] FinalFiscalIncome =
    [
        ("general_budget", "一、一般公共预算财政拨款"), ("gov_fund", "二、政府性基金预算财政拨款"), ("state_capital", "三、国有资本经营预算财政拨款"),
        ("current_income", "本年收入合计"), ("fiscal_carryover", "年初财政拨款结转和结余"), ("fiscal_carryover_general", "一、一般公共预算财政拨款"),
        ("fiscal_carryover_gov_fund", "二、政府性基金预算财政拨款"), ("fiscal_carryover_state_capital", "三、国有资本经营预算财政拨款"),
    ];

    private static readonly (string Item, string Label)[] FinalFiscalExpenseLines =
        [("current_expense", "本年支出合计"), ("year_end_carryover", "年末财政拨款结转和结余")];

    /// <summary>The 基本支出决算表's economic lines as the template prints them (人员经费 301, 303; 公用经费 302, 310).</summary>
    private static readonly string[] FinalBasicCodes =
    [
        "301", "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113", "30114", "30199",
        "303", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309", "30310", "30311", "30399",
        "302", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212", "30213", "30214",
        "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229", "30231", "30239", "30240", "30299",
        "310", "31001", "31002", "31003", "31007", "31013", "31019", "31021", "31022", "31099",
    ];

    public static readonly string[] FinalSectionTitles =
    [
        "收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明", "财政拨款收入支出决算总体情况说明",
        "一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款基本支出决算情况说明", "财政拨款“三公”经费支出决算情况说明",
        "政府性基金预算财政拨款收入支出决算情况说明", "国有资本经营预算财政拨款收入支出决算情况说明", "预算绩效管理情况", "其他重要事项的情况说明",
    ];

    public static Disclosure Final(int year, string entity, bool department)
    {
        var economic = Model.Codes.ClassificationList.Economic;
        var tables = FinalKinds.Select((kind, i) =>
        {
            var t = Table(kind, i + 1, TableKinds.ChineseName(kind), Units.TenThousandYuan);
            return kind switch
            {
                TableKinds.FinalSummary => t with { Income = Lines(FinalIncome), Expense = [.. Classes(), .. Lines(FinalExpenseLines)] },
                TableKinds.FinalFiscalSummary => t with { Income = Lines(FinalFiscalIncome), Expense = [.. Classes(), .. Lines(FinalFiscalExpenseLines)] },
                TableKinds.FinalBasicExpense => t with { Rows = FinalBasicCodes.Select(c => new TableRow { Code = c, Name = economic.Find(c)?.Name ?? "" }).ToList() },
                TableKinds.FinalThreePublic => t with { Rows = ThreePublicRows() },
                _ => t,
            };
        }).ToList();
        var placeholder = "【请填写本部分内容】";
        var sections = FinalSectionTitles.Select((title, i) => new Section
        {
            Number = i + 1, Title = title, Text = i is 4 or 6 or 10 ? "" : placeholder,
            Subsections = FinalSubsectionTitles(i + 1).Select((t, k) => new Section { Number = k + 1, Title = t, Text = placeholder }).ToList(),
        }).ToList();
        return new Disclosure
        {
            Kind = "final", Scope = department ? "department" : "unit", Template = "national-final", Entity = entity, Year = year,
            Unit = Units.TenThousandYuan, Tables = tables, Sections = sections,
        };

    }

    /// <summary>The sub-sections the template gives a 决算 section (五, 七, 十一), in order.</summary>
    public static string[] FinalSubsectionTitles(int section) => section switch
    {
        5 => ["一般公共预算财政拨款支出决算总体情况", "一般公共预算财政拨款支出决算结构情况", "一般公共预算财政拨款支出决算具体情况"],
        7 => ["“三公”经费财政拨款支出决算总体情况说明", "“三公”经费财政拨款支出决算具体情况说明"],
        11 => ["机关运行经费支出情况", "政府采购支出情况", "国有资产占有使用情况说明"],
        _ => [],
    };
}
