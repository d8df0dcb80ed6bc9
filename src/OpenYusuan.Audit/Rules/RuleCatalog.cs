using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules;

/// <summary>Every rule, with its stable id. Ranges: YS01 completeness, YS02 within a table, YS03 between
/// tables, YS04 narrative, YS05 percentages and year-on-year, YS06 codes and names, YS07 text quality,
/// YS08 年份 (years: comparisons, periods, dates, headings), YS09 input problems (reader notes). A new rule takes the next free id in its range; ids are never reused.</summary>
public static class RuleCatalog
{
    private static RuleDescriptor R(string id, string category, Severity severity, string title, string template,
        string why, string fix, string example) => new(id, category, severity, title, template, why, fix, example);

    // YS01 — completeness
    public static readonly RuleDescriptor TableMissing = R("YS0101", "completeness", Severity.Error,
        "应公开的表格未印出",
        "{title}（表{number}）{reason}，但文中没有这张表{empty}",
        "模板规定的每张表都必须公开，没有数据的表也要列出空表并说明（基层政务公开标准目录）。",
        "补上这张表；没有数据时保留表格格式，并在表下注明“……为空表”。",
        "目录列出“八、政府性基金预算支出情况表”，第三部分八也说“政府性基金预算支出情况表为空表”，但表7之后直接是表10 → 警告（应为空表的表未印出）。");
    public static readonly RuleDescriptor SectionMissing = R("YS0102", "completeness", Severity.Warning,
        "情况说明缺少模板要求的部分",
        "{part}缺少第{number}部分{title}",
        "新疆 2024 模板的情况说明有十二个固定部分，缺一部分即缺少一项法定公开内容。",
        "按模板补写该部分；无数据时写明“未安排”或“为空表”。",
        "第三部分从“十、…三公经费…”直接跳到“十二、其他重要事项”，缺“十一、上年结转结余预算情况说明”。");
    public static readonly RuleDescriptor GlossaryMissing = R("YS0103", "completeness", Severity.Warning,
        "缺少名词解释",
        "文件没有“名词解释”部分",
        "专业性较强的名词应当解释（基层政务公开标准目录），所有模板都有第四部分名词解释。",
        "补上名词解释（财政拨款、一般公共预算、基本支出、项目支出、“三公”经费、机关运行经费等）。",
        "文件在第三部分后即结束，没有“第四部分 名词解释”。");
    public static readonly RuleDescriptor EmptyTableWithoutNote = R("YS0104", "completeness", Severity.Warning,
        "空表没有说明",
        "{title}{number}没有任何数字，也没有“为空表”的说明",
        "没有数据的表格应当列出空表并说明，读者才能区分“没有此项”与“漏填”。",
        "在表下注明“本单位（部门）××年没有……，本表为空表。”",
        "表9 国有资本经营预算支出情况表只有表头，表下无任何说明。");
    public static readonly RuleDescriptor ProjectWithheld = R("YS0105", "completeness", Severity.Warning,
        "项目信息不予公开",
        "项目“{project}”（{amount}）在第三部分七中的说明为“{withheld}”，项目名称与依据未公开",
        "项目支出应公开到项目；只有涉密内容可以不公开，且应在文中说明依据。",
        "公开项目名称、依据、金额和资金分配，或写明涉密不予公开的依据。",
        "表7 2101502 “特定目标 3710003J” 0.50 万元，七(二)各项均为“完全不予公开”。");
    public static readonly RuleDescriptor PerformanceTableMissing = R("YS0106", "completeness", Severity.Warning,
        "项目缺少绩效目标表",
        "项目支出表有 {expected} 个项目，附有绩效目标表的只有 {actual} 个；缺少：{missing}",
        "预算绩效管理要求每个项目都编制绩效目标，第三部分十二(四)应逐项附表。",
        "为缺少的项目补上项目支出绩效目标表。",
        "表7 列出 8 个项目，十二(四)后只附 5 张财政拨款项目绩效目标表。");

    public static readonly RuleDescriptor ProjectFieldsMissing = R("YS0107", "completeness", Severity.Warning,
        "项目说明缺少必填内容",
        "第{section}部分项目“{project}”缺少：{fields}",
        "每个项目都应说明设立的政策依据、预算安排规模、项目承担单位、资金分配情况和资金执行时间。",
        "补写缺少的内容。",
        "项目“医保专线网费”没有“资金执行时间”。");
    public static readonly RuleDescriptor EmptyNoteWithFigures = R("YS0108", "completeness", Severity.Error,
        "注明为空表的表格有数字",
        "{table}表下注明“{note}”，但表中有数字：{figures}",
        "表下的空表说明与表中数字互相矛盾，读者无从判断哪一个是真的。",
        "删除空表说明，或核实表中数字。",
        "“三公”经费和机关运行经费预算表列有合计 47.91 万元、机关运行经费 443.18 万元，表下却写“本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。”");
    public static readonly RuleDescriptor PartOnly = R("YS0109", "completeness", Severity.Warning,
        "只是分开发布的公开文件的一部分",
        "本文件只含{part}，{missing}不在本文件中，未经审核{extra}",
        "部门预算常把情况说明、报表和绩效目标表分成几个文件发布；只审一个文件时，另外几部分的数字和勾稽都没有核对，不能当作“无问题”。",
        "把同一部门同一年度的各部分文件一起审核。",
        "北京市民政局 2026 年预算的情况说明单独成文，报表在另一个文件：本文件只含情况说明，报表不在本文件中，未经审核。");

    public static readonly RuleDescriptor FunctionNotToItem = R("YS0111", "completeness", Severity.Warning,
        "支出功能分类没有细化到项级",
        "{table}的{count}个科目只列到{level}，没有列出下级科目：{codes}",
        "部门预算支出应当按功能分类公开到项级科目（《地方预决算公开操作规程》财预〔2016〕143号第十条）；只列类、款，读者看不出钱用于哪一项。",
        "把这些科目按项级科目逐行列出，类、款行保留为小计。",
        "一般公共预算支出表列出“21011 行政事业单位医疗 28.31”，其下没有 2101101 行政单位医疗等项级科目。");
    public static readonly RuleDescriptor EconomicNotToKuan = R("YS0112", "completeness", Severity.Warning,
        "基本支出经济分类没有细化到款级",
        "{table}的{count}个经济分类科目只列到类级，没有列出款级科目：{codes}",
        "一般公共预算基本支出应当按经济性质分类公开到款级科目（《地方预决算公开操作规程》财预〔2016〕143号第十条）。",
        "把这些类按款级科目（如 30101 基本工资、30201 办公费）逐行列出，类行保留为小计。",
        "基本支出表只列“301 工资福利支出 520.00、302 商品和服务支出 80.00”，没有 30101、30201 等款级科目。");

    public static readonly RuleDescriptor TopicMissing = R("YS0113", "completeness", Severity.Warning,
        "情况说明没有写到应公开的事项",
        "{part}没有说明{topic}情况（全文未见“{words}”）",
        "部门预算、决算都应说明“三公”经费、政府采购、国有资产占用和预算绩效情况（《地方预决算公开操作规程》财预〔2016〕143号）；各地模板的部分编号不同，但这几项事项不能缺。机关运行经费只有行政单位和参公事业单位才有，不在此查。",
        "补写该事项的说明；没有发生时写明“未安排”或“无”。",
        "情况说明写了收支总体、财政拨款和三公经费，没有一处说到政府采购 → 没有说明政府采购情况。");

    // YS02 — within a table
    public static readonly RuleDescriptor TotalRowSum = R("YS0201", "table", Severity.Error,
        "合计行不等于各行之和",
        "{table}合计行“{column}”列为 {expected}，各{level}之和为 {actual}（{operands}），相差 {diff}",
        "合计行是各行之和；不相等说明某行或合计填错。",
        "逐行核对该列，改正错误的数字或合计。",
        "表3 合计 基本支出 462.52，而 208 48.93 + 210 375.00 + 221 38.59 = 462.52 → 相等；若合计印成 426.52 则相差 36.00 → 错误。");
    public static readonly RuleDescriptor HierarchySum = R("YS0202", "table", Severity.Error,
        "上级科目不等于下级科目之和",
        "{table}{row}“{name}”的“{column}”列为 {expected}，下级之和为 {actual}（{operands}），相差 {diff}",
        "类 = Σ 款 = Σ 项 是科目体系的定义；不相等说明某个科目的数字或层级有误。",
        "核对该科目及其下级科目的数字，或补上漏列的下级科目。",
        "表2 21011 行政事业单位医疗 2.23，而 2101101 1.83 + 2101103 0.41 = 2.24，相差 0.01 → 可由四舍五入解释（提示）。");
    public static readonly RuleDescriptor RowIdentity = R("YS0203", "table", Severity.Error,
        "行内合计不等于各列之和",
        "{table}{row}行：{target} {expected} ≠ {parts} 之和 {actual}（{operands}），相差 {diff}",
        "合计 = 基本支出 + 项目支出、合计 = 人员经费 + 公用经费、总计 = 各收入来源之和等行内关系是表格的定义。",
        "核对该行各列，改正错误的数字。",
        "表3 2101501 行政运行：合计 151.72 = 基本支出 140.85 + 项目支出 10.87 → 相等。");
    public static readonly RuleDescriptor SummaryIncomeLines = R("YS0204", "table", Severity.Error,
        "收支总表收入各项不相加",
        "{table}“{label}” {expected} ≠ {parts}之和 {actual}（{operands}），相差 {diff}",
        "本年收入 = 各项收入来源，上年结转结余 = 财政拨款结转 + 非财政拨款结余，收入总计 = 两者之和；“其中”项之和等于上级项目。",
        "核对收入方各行，改正填错的数字。",
        "000 表1：一、本年收入 1172.83 = 一般公共预算拨款 1162.57 + 单位资金 10.26 → 相等。");
    public static readonly RuleDescriptor SummaryBalance = R("YS0205", "table", Severity.Error,
        "收入总计不等于支出总计",
        "{table}收入总计 {expected} ≠ 支出总计 {actual}，相差 {diff}",
        "收支总表和财政拨款收支总表按定义收支平衡。",
        "核对收入方和支出方的合计。",
        "表1 收入总计 1204.71，支出总计 1204.71 → 平衡。");
    public static readonly RuleDescriptor ThreePublicSum = R("YS0206", "table", Severity.Error,
        "“三公”经费各项不相加",
        "{table}“{label}” {expected} ≠ {parts}之和 {actual}，相差 {diff}",
        "“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = 购置费 + 运行费。",
        "核对“三公”经费各项。",
        "表10 合计 37.30 = 0 + 1.50 + 35.80 → 相等。");

    public static readonly RuleDescriptor ChangeColumn = R("YS0208", "table", Severity.Error,
        "增减列与本年、上年之差不符",
        "{table}“{label}”增减 {expected} ≠ 本年 {current} − 上年 {prior} = {actual}，相差 {diff}",
        "表格并列印出上年数、本年数和增减变化时，增减 = 本年 − 上年。",
        "核对该行的增减数或本年、上年数。",
        "表13 公务接待费：上年 68300.00、本年 68000.00、增减 −300.00 → 相等。");
    public static readonly RuleDescriptor PersonnelPublicClasses = R("YS0207", "table", Severity.Warning,
        "人员经费、公用经费与经济分类类级不一致",
        "{table}{column} {expected} ≠ {parts} {actual}（{operands}），相差 {diff}",
        "按名词解释，人员经费 = 工资福利支出（301）+ 对个人和家庭的补助（303），公用经费 = 商品和服务支出（302）及资本性支出（310）；个别地区口径不同，故为警告。",
        "核对人员经费、公用经费两列与各类科目的归属。",
        "表6 人员经费 452.74 = 301 451.01 + 303 1.73；公用经费 9.78 = 302 9.78。");

    // YS03 — between tables
    public static readonly RuleDescriptor GrandTotals = R("YS0301", "cross", Severity.Error,
        "各表总计不一致",
        "{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "收支总表的收入总计、收入总表的总计和支出总表的合计是同一笔钱。",
        "找出哪张表的总计错了并改正。",
        "表1 收入总计 1204.71 = 表2 总计 1204.71 = 表3 合计 1204.71。");
    public static readonly RuleDescriptor ClassAcrossTables = R("YS0302", "cross", Severity.Error,
        "同一类科目在各表中金额不同",
        "{row}“{name}”：{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "收支总表、收入总表、支出总表按同一口径列示每个功能分类类级科目。",
        "核对该类科目在各表中的金额。",
        "210 卫生健康支出：表1 1111.72 = 表2 1111.72 = 表3 1111.72。");
    public static readonly RuleDescriptor IncomeLinesVsIncomeTable = R("YS0303", "cross", Severity.Error,
        "收支总表收入项与收入总表各列合计不一致",
        "{left}“{label}” {expected} ≠ {right}“{column}”列合计 {actual}，相差 {diff}",
        "收入总表按来源分列，其各列合计就是收支总表对应的收入项。",
        "核对收入总表该列或收支总表该行。",
        "表1 单位资金 10.26 = 表2 单位资金列合计 10.26。");
    public static readonly RuleDescriptor FiscalSummaryVsSummary = R("YS0304", "cross", Severity.Error,
        "财政拨款收支总表与收支总表的财政拨款不一致",
        "{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "财政拨款收支总表列示的是收支总表中的财政拨款部分（一般公共预算、政府性基金、国有资本经营预算拨款）。",
        "核对两表的财政拨款数。",
        "表4 收入总计 1162.57 = 表1 一般公共预算拨款 1162.57 + 政府性基金 0 + 国有资本经营 0。");
    public static readonly RuleDescriptor FiscalSummaryVsGeneralBudget = R("YS0305", "cross", Severity.Error,
        "财政拨款收支总表的一般公共预算与一般公共预算支出表不一致",
        "{row}“{name}”：{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "财政拨款收支总表的“一般公共预算”列按类列示的就是一般公共预算支出表。",
        "核对两表该类科目的一般公共预算数。",
        "208：表4 一般公共预算 48.93 = 表5 合计 48.93。");
    public static readonly RuleDescriptor GeneralBudgetWithinExpense = R("YS0306", "cross", Severity.Error,
        "一般公共预算支出大于支出总表",
        "{row}“{name}”的“{column}”：{left} {expected}，{right} {actual}，{relation}",
        "一般公共预算支出是支出总表的一部分，不能大于支出总表同一科目的数；单位没有其他资金时两者相等。",
        "核对两表该科目的数字。",
        "2101501：表5 141.46 ≤ 表3 151.72（差 10.26 为单位资金）。");
    public static readonly RuleDescriptor BasicVsGeneralBudget = R("YS0307", "cross", Severity.Error,
        "基本支出表合计与一般公共预算支出表的基本支出不一致",
        "{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "一般公共预算基本支出表按经济分类展开的就是一般公共预算支出表的基本支出。",
        "核对两表的基本支出数。",
        "表6 合计 462.52 = 表5 基本支出 462.52。");
    public static readonly RuleDescriptor ProjectVsGeneralBudget = R("YS0308", "cross", Severity.Error,
        "项目支出表与一般公共预算支出表的项目支出不一致",
        "{row}{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "一般公共预算项目支出表逐项列示的就是一般公共预算支出表的项目支出。",
        "核对项目支出表的项目或一般公共预算支出表的项目支出。",
        "表7 合计 700.05 = 表5 项目支出 700.05；2101599：687.44 + 12.00 = 699.44。");
    public static readonly RuleDescriptor ThreePublicVsBasic = R("YS0309", "cross", Severity.Warning,
        "“三公”经费小于基本支出表的对应科目",
        "{left} {expected} 小于{right} {actual}，相差 {diff}：基本支出中的部分不能大于全部",
        "“三公”经费表列示一般公共预算安排的全部“三公”经费（基本支出和项目支出），基本支出表 30212、30217、30231 只是其中基本支出的部分，因此不能大于“三公”经费表的对应数；项目中安排的部分使前者大于后者，这不是错误。",
        "核对“三公”经费表或基本支出表的对应科目。",
        "表10 公务接待费 1.20，表6 30217 公务接待费 3.20：基本支出中的接待费大于全部接待费 → 警告；表10 公务接待费 44.90，表6 30217 3.40（另 41.50 在项目支出）→ 一致。");
    public static readonly RuleDescriptor CarryoverVsSummary = R("YS0310", "cross", Severity.Error,
        "上年结转结余表与收支总表不一致",
        "{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "上年结转结余情况明细表逐项列示的就是收支总表的上年结转结余。",
        "核对两表的上年结转结余。",
        "表11 合计 31.88 = 表1 二、上年结转结余 31.88。");
    public static readonly RuleDescriptor FundTableVsIncome = R("YS0311", "cross", Severity.Error,
        "政府性基金/国有资本经营支出表与收入不符",
        "{table}{state}，但{other}",
        "有政府性基金（国有资本经营）预算拨款就应在对应支出表列示，没有则该表为空表。",
        "补列支出，或核对收入方的拨款。",
        "表1 政府性基金预算拨款为空，表8 为空表 → 一致。");
    public static readonly RuleDescriptor EconomicVsFunctional = R("YS0312", "cross", Severity.Warning,
        "基本支出经济科目与对应功能科目不一致",
        "{pairs}",
        "养老保险缴费、职业年金、职工医疗保险、住房公积金通常在对应的功能科目（2080505、2080506、21011、2210201）中列支，两边金额应一致；不一致往往是功能科目归类错误。",
        "核对功能科目归类，或说明差额的资金来源。",
        "表6 30113 住房公积金 34.92，而表5 没有 2210201 住房公积金（0）→ 警告。");
    public static readonly RuleDescriptor FiscalSummaryVsIncome = R("YS0313", "cross", Severity.Error,
        "财政拨款收支总表与收入总表的财政拨款不一致",
        "{row}“{name}”：{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "财政拨款收支总表每类的合计就是收入总表该类的财政拨款（补助）小计。",
        "核对两表该类科目的财政拨款数。",
        "210：表4 合计 1075.05 = 表2 财政拨款小计 1075.05。");
    public static readonly RuleDescriptor IncomeExpenseRows = R("YS0314", "cross", Severity.Warning,
        "收入总表与支出总表的科目行不一致",
        "{row}“{name}”：{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "收入总表和支出总表通常列示同样的功能科目，且每行合计相同。",
        "核对两表该科目。",
        "2101599：表2 725.85 = 表3 725.85。");

    public static readonly RuleDescriptor OtherFunds = R("YS0315", "cross", Severity.Error,
        "支出总表与一般公共预算支出表之差不等于其他资金",
        "{left} − {right} = {expected}，而其他资金（{parts}）合计 {actual}，相差 {diff}",
        "支出总表包括全部资金，一般公共预算支出表只是其中当年一般公共预算部分，两者之差就是政府性基金、国有资本经营、财政专户、单位资金和上年结转结余。",
        "核对两表合计或收支总表的其他资金。",
        "表3 合计 1204.71 − 表5 合计 1162.57 = 42.14 = 单位资金 10.26 + 上年结转结余 31.88。");

    // 决算 (FinalAccountsRules)
    public static readonly RuleDescriptor FinalSummaryLines = R("YS0209", "table", Severity.Error,
        "决算总表各行不相加",
        "{table}“{label}” {expected} ≠ {parts}之和 {actual}（{operands}），相差 {diff}",
        "收入支出决算总表：本年收入合计 = 各项收入；收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。财政拨款收入支出决算总表同理（年初、年末为财政拨款结转和结余）。",
        "核对总表的各行，改正填错的数字。",
        "收入总计 9859.38 = 本年收入合计 9746.50 + 年初结转和结余 112.88；支出总计 9859.38 = 本年支出合计 9759.38 + 年末结转和结余 100.00 → 相等。");
    public static readonly RuleDescriptor FinalAcrossTables = R("YS0316", "cross", Severity.Error,
        "决算各表之间不一致",
        "{left} {expected} ≠ {right} {actual}，相差 {diff}",
        "决算的九张表是同一套账：收入决算表、支出决算表的合计就是总表的本年收入、本年支出；一般公共预算财政拨款支出决算表就是财政拨款总表的一般公共预算支出；基本支出决算表的人员经费与公用经费之和就是其基本支出；各表同一功能分类科目的金额相同。",
        "找出哪张表的数字错了并改正。",
        "收入决算表合计 9746.50 = 总表本年收入合计 9746.50；支出决算表合计 9759.38 = 总表本年支出合计 9759.38。");

    // YS04 — narrative against the tables
    public static readonly RuleDescriptor NarrativeAmount = R("YS0401", "narrative", Severity.Error,
        "说明中的金额与表格不一致",
        "第{section}部分说“{subject}”{stated} 万元，{table}为 {expected}，相差 {diff}",
        "情况说明中的数字应当就是表格中的数字；不一致时读者无法判断哪一个是对的。",
        "改正说明或表格中错误的一方。",
        "五(三)说“行政运行（项）预算数为 141.46 万元”，表5 2101501 合计 141.46 → 一致。");
    public static readonly RuleDescriptor OperatingCosts = R("YS0402", "narrative", Severity.Warning,
        "机关运行经费大于基本支出表的公用经费",
        "第{section}部分机关运行经费 {stated} 万元，大于{table}公用经费合计 {expected}，相差 {diff}",
        "机关运行经费是行政单位和参公事业单位一般公共预算基本支出中的公用经费，是基本支出表公用经费的一部分：部门含非参公事业单位时较少，但不能更多。文件自己印有机关运行经费表时，说明与该表比较（YS0401）。",
        "核对机关运行经费或公用经费。",
        "十二(一) 机关运行经费 9.78 万元，表6 公用经费 9.78 → 一致；机关运行经费 260.27 万元、公用经费 518.57（含事业单位）→ 不报告；机关运行经费 12.00 万元、公用经费 9.78 → 警告。");
    public static readonly RuleDescriptor Procurement = R("YS0403", "narrative", Severity.Error,
        "政府采购各项金额不相容",
        "第{section}部分：{relation}",
        "政府采购预算总额 = 货物 + 工程 + 服务；面向中小企业预留的部分不能超过总额，其中小微企业预留又是中小企业预留的一部分。",
        "核对政府采购各项金额。",
        "面向中小企业预留 0.50 万元，小微企业预留 0.63 万元：小微企业预留大于中小企业预留 → 错误。");
    public static readonly RuleDescriptor Staffing = R("YS0404", "narrative", Severity.Error,
        "实有人数不等于在职、退休、离休之和",
        "实有人数 {expected} ≠ 在职 {active} + 退休 {retired} + 离休 {cadre} = {actual}",
        "实有人数按定义由在职、退休、离休人员构成。",
        "核对人员情况。",
        "实有人数 26 = 在职 25 + 退休 1 + 离休 0。");

    public static readonly RuleDescriptor VehiclesWithoutCars = R("YS0405", "narrative", Severity.Warning,
        "有公务用车运行费但没有车辆",
        "{table}公务用车运行费 {amount} 万元，而第{section}部分国有资产中车辆为 0 辆",
        "公务用车运行维护费是保留车辆的燃料、维修、保险等费用；没有车辆又不购置车辆时，这笔钱没有对象。",
        "核对车辆数或公务用车运行费；租用车辆等情况应加以说明。",
        "“三公”经费表公务用车运行费 35.80 万元，十二(三)“车辆 0辆”。");

    public static readonly RuleDescriptor ProjectsDescribed = R("YS0406", "narrative", Severity.Error,
        "项目说明与项目支出表不一致",
        "{relation}",
        "第三部分七应逐一说明项目支出表中的项目，名称和预算安排规模与表格一致。",
        "补上缺少的项目说明，或改正金额、名称。",
        "表7 “城居医疗地方财政补助” 687.44 万元，七中“预算安排规模：687.44 万元” → 一致。");
    public static readonly RuleDescriptor EmptyTableStatement = R("YS0407", "narrative", Severity.Error,
        "说明所称空表与表格不符",
        "第{section}部分说“{statement}”，但{table}{state}",
        "说明中“为空表”的表述必须与表格一致：有数据的表不能称为空表，空表应在说明中说明。",
        "改正说明或表格。",
        "八说“政府性基金预算支出情况表为空表”，表8 确实没有数字 → 一致。");

    public static readonly RuleDescriptor PerformanceCounts = R("YS0408", "narrative", Severity.Warning,
        "预算绩效的个数、金额与表格不一致",
        "第{section}部分说{subject} {stated}，{table}为 {expected}",
        "整体绩效目标涉及的金额通常是全部收入；财政拨款项目的个数和金额就是项目支出表的项目；非财政拨款项目的金额就是单位资金。",
        "核对预算绩效情况的个数和金额。",
        "当年财政拨款项目 3 个，涉及预算金额 700.05 万元 = 表7 的 3 个项目、合计 700.05。");
    public static readonly RuleDescriptor PerformanceWeights = R("YS0409", "narrative", Severity.Warning,
        "绩效指标分值权重不合规",
        "{table}：{problem}",
        "绩效目标表各指标的分值权重之和应符合模板（新疆为 90 分，另 10 分留给预算执行率；其他地区为 100 分），且每个指标都应有分值。",
        "调整各指标的分值权重。",
        "项目“2023 年其他实有资金结余”8 个指标的权重为 90、0、0、0、0、0、0、0：7 个指标没有分值。");

    public static readonly RuleDescriptor UnitConfusion = R("YS0410", "narrative", Severity.Error,
        "金额单位写错（元与万元）",
        "第{section}部分说“{subject}”{stated} {unit}，{table}为 {expected}：数字相差一万倍，应是把{wrong}写成了{right}",
        "表格与说明的单位不同（上海模板表格为元、说明为万元）时，抄写数字容易漏掉换算。",
        "按正确的单位改写该数字。",
        "说明写“基本支出 4625200.00 万元”，表格为 462.52 万元 → 单位写错。");
    public static readonly RuleDescriptor EmptySection = R("YS0411", "narrative", Severity.Warning,
        "情况说明部分没有内容",
        "第{section}部分“{title}”只有标题，没有说明内容",
        "模板要求的每一部分都要写明情况；没有相关事项时也应写明“无”或“未安排”。",
        "补写该部分的内容。",
        "“十一、上年结转结余预算情况说明”之后直接是“十二、…”。");

    public static readonly RuleDescriptor StaffingRepeated = R("YS0412", "narrative", Severity.Warning,
        "人员数前后不一致",
        "概况说{item} {expected} 人，{where}说 {actual} 人",
        "同一份文件中的编制数、实有人数、在职人数在概况、情况说明和整体绩效目标中应当一致（退休、离休人数在项目说明中常指服务对象，不作比较）。",
        "核对人员情况，统一各处的人数。",
        "概况“在职 25 人”，整体绩效目标表“保障部门在职 25 人” → 一致；若绩效目标写“在职 24 人”，报 YS0412。");

    public static readonly RuleDescriptor SubsidyArithmetic = R("YS0413", "narrative", Severity.Warning,
        "补贴人数 × 补贴标准与预算安排规模不符",
        "第{section}部分项目“{project}”：补贴人数 {people} × 补贴标准 {standard} = {product}，而预算安排规模为 {amount}",
        "补贴类项目的预算安排规模应能由补贴人数和补贴标准算出；相差较大时，人数、标准或金额必有一处不实。",
        "核对补贴人数、补贴标准或预算安排规模。",
        "补贴人数 1750 人 × 每人 340–415 元 = 59.50–72.63 万元，而预算安排规模为 80.00 万元。");

    public static readonly RuleDescriptor TargetPeople = R("YS0416", "narrative", Severity.Warning,
        "绩效目标的人数与项目说明的补贴人数相差一个数量级",
        "项目“{project}”：第{section}部分说补贴人数 {people} 人，绩效目标“{indicator}”为“{value}”，相差约 {ratio} 倍",
        "补贴类项目的资金按补贴人数测算，其数量指标应当就是这些人；两者相差十倍、百倍，多半是漏写或多写了数字（或单位写错）。",
        "核对绩效目标的指标值或项目说明的补贴人数。",
        "七中“补贴人数：229146 人”，绩效目标“医疗保险补助人数 >=2291 人” → 相差约 100 倍。");

    public static readonly RuleDescriptor BudgetComparisonWord = R("YS0417", "narrative", Severity.Error,
        "决算数与预算数的比较说法与数字不符",
        "第{section}部分年初预算 {budget} 万元、决算 {final} 万元，文中却说“{word}”",
        "决算说明对每一科目写明决算数大于、小于或等于年初预算数及其原因；比较的说法必须与两个数字相符。“等于”“持平”要求两数相同；“基本持平”允许相差不超过年初预算的 5%（预算执行率 95%–105% 通常视为按预算执行，没有统一标准，故取此宽限）。",
        "按两个数字改正比较的说法及其原因，或改正数字。",
        "“年初预算为 181.29 万元，支出决算为 151.03 万元 … 决算数小于年初预算数的主要原因是…” → 一致；若写“决算数大于年初预算数”则不符。");

    public static readonly RuleDescriptor ThreePublicCounts = R("YS0418", "narrative", Severity.Warning,
        "“三公”经费的数量与金额矛盾",
        "第{section}部分说“{quote}”，而{table}{item}为 {amount} 万元",
        "出国团组、接待批次、购置车辆的个数与对应的“三公”经费是同一件事的两面：有团组（批次、车辆）却没有经费，或有经费却是 0 个，必有一处不实（用其他资金安排的应当说明）。",
        "核对数量或“三公”经费；用非财政拨款安排的，在说明中写明。",
        "“安排购置车辆 1 辆”，而“三公”经费表公务用车购置费为 0 → 警告；“全年安排因公出国（境）团组 0 个”，因公出国（境）费 0.00 → 一致。");

    public static readonly RuleDescriptor VehicleCount = R("YS0419", "narrative", Severity.Error,
        "车辆总数与各类车辆之和不符",
        "第{section}部分说共有车辆 {total} 辆，而其中所列各类车辆之和为 {sum} 辆（{parts}）",
        "国有资产占用情况中“共有车辆 N 辆，其中：…”逐类列出的车辆（领导干部用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、离退休干部用车、其他用车等）之和应等于总数。",
        "核对车辆总数和各类车辆数。",
        "“共有车辆 517 辆，其中机要通信用车 57 辆，应急保障用车 52 辆，特种专业技术用车 375 辆，其他用车 33 辆” → 57 + 52 + 375 + 33 = 517，一致。");

    // YS0420–YS0421 — a 决算 绩效自评表's own arithmetic (SelfEvaluationRules)
    public static readonly RuleDescriptor SelfEvaluationArithmetic = R("YS0420", "narrative", Severity.Error,
        "绩效自评表的执行率、得分或总分算错",
        "{table}：{problem}",
        "绩效自评表中，预算执行率 = 全年执行数（B）÷ 全年预算数（A）；每项指标的得分不超过其分值；总分是各项得分之和（含预算执行率的得分，或如表中总分分值所示只含指标得分）。",
        "按表中数字重新计算执行率和总分；得分不得超过分值。",
        "全年预算数 1185.36、全年执行数 965.77，执行率印为 81.47%，各指标得分 85.5 加执行率得分 8.15，总分 93.65 → 一致。");

    public static readonly RuleDescriptor ExecutionScore = R("YS0421", "narrative", Severity.Warning,
        "预算执行率得分与执行率不相称",
        "{table}：{problem}",
        "预算执行率一项的得分一般为分值 × 执行率（财预〔2020〕10号 项目支出绩效自评表），不超过分值；各地另有计分办法的，以其办法为准。",
        "按执行率重新计算该项得分，或在表中注明所用计分办法。",
        "分值 10、执行率 73%，得分印为 10 → 按分值 × 执行率应为 7.30。");

    // YS0414–YS0415 — an item that contradicts itself (ItemConsistencyRules)
    public static readonly RuleDescriptor ItemRestated = R("YS0414", "narrative", Severity.Error,
        "同一项目前后所写金额不一致",
        "第{section}部分“{subject}”先写 {first} 万元，后又写 {second} 万元{table}{fit}",
        "说明中每一项的标题金额、正文金额和表格中该科目的数字是同一笔钱；前后不一致时，其中一个多半是从别处（上年文件、别的科目）抄来的。增减额和增减率与哪一个数相容，就能看出哪一个是抄来的。",
        "按表格核对，改正抄错的一处，并按改正后的金额重算增减额和增减率。",
        "“机关服务（项）48.00万元”，正文“2024年预算安排39.60万元”，表5 2010350 为 48.00（与前者一致）；增加 3.30 万元、增长 9.09% 与后者相容 → 正文金额抄自别处。");
    public static readonly RuleDescriptor PriorStatedMismatch = R("YS0415", "narrative", Severity.Error,
        "增减额与所写的上年数不相容",
        "第{section}部分“{subject}”{amount} 万元，文中上年数为 {stated_prior} 万元，两者相差 {implied} 万元，而文中写{direction} {change} 万元{fit}",
        "增减额 = 本年数 − 上年数；文中同时写出本年数、上年数和增减额时，三者必须相容。",
        "核对本年数、上年数和增减额，改正错误的一处。",
        "“收入预算 71094.17 万元，比 2025 年年初预算数 69043.50 万元增加 2050.67 万元” → 71094.17 − 69043.50 = 2050.67，一致。");

    // YS05 — percentages and year-on-year
    public static readonly RuleDescriptor Share = R("YS0501", "percent", Severity.Error,
        "占比与表格算出的不一致",
        "第{section}部分“{subject}”占 {stated}%，按 {amount} ÷ {base} 计算应为 {expected}%",
        "占比应当按表格数字、用正确的分母（收入总计、支出合计、一般公共预算拨款合计）计算。",
        "重新计算占比。",
        "一般公共预算 1162.57 ÷ 收入总计 1204.71 = 96.50% → 一致。");
    public static readonly RuleDescriptor SharesSum = R("YS0502", "percent", Severity.Error,
        "各项占比之和不为 100%",
        "第{section}部分各项占比之和为 {actual}%（{operands}），应为 100%",
        "一组构成的各项占比合计应为 100%（允许四舍五入的差异）。",
        "核对各项占比。",
        "74.79 + 14.24 + 0.48 + 10.50 = 100.01 → 四舍五入所致（提示）。");
    public static readonly RuleDescriptor YearOnYear = R("YS0503", "percent", Severity.Error,
        "增减额与增减率不相容",
        "第{section}部分“{subject}”{amount} 万元，{direction} {change} 万元，上年应为 {prior} 万元，{pctword}应为 {expected}%，文中为 {stated}%{fit}",
        "同比增长率 = 增减额 ÷ 上年数，上年数 = 本年数 − 增加额（或 + 减少额）；两个数字必须相容。",
        "重新计算增减额或增减率。",
        "基本支出 462.52 万元，增加 77.11 万元 → 上年 385.41，增长 77.11 ÷ 385.41 = 20.01% → 一致。");
    public static readonly RuleDescriptor GrowthFromZero = R("YS0504", "percent", Severity.Warning,
        "上年为零的新增项目写了增长率",
        "第{section}部分“{subject}”上年为 0（{amount} − {change}），增长率无从计算，文中写“增长 {stated}%”",
        "上年数为零时同比增长率没有意义，应写“新增”。",
        "改为“比上年新增 X 万元”。",
        "一般行政管理事务（项）预算数 0.50，比上年增加 0.50 → 上年 0，不应写“增长 100.00%”。");
    public static readonly RuleDescriptor ReasonContradicts = R("YS0505", "percent", Severity.Warning,
        "原因说明与数字矛盾",
        "第{section}部分“{subject}”的原因说上年没有此项（“{reason}”），但按增减额上年为 {prior} 万元",
        "说明的原因应当与数字一致。",
        "改正原因说明或上年数。",
        "公务用车运行费 35.80，增加 32.35 → 上年 3.45，而原因写“2023年无此项预算经费”。");
    public static readonly RuleDescriptor StatedRate = R("YS0506", "percent", Severity.Error,
        "文中比率与文中所写的组成不符",
        "第{section}部分“{quote}”：{part} ÷ {whole} = {expected}%，文中为 {stated}%",
        "文中同时写出比率和算出它的两个数（“其中…占 x%”“占 Y 万元的 x%”“完成年初预算 Y 万元的 x%”）时，比率应能由这两个数算出，不论表格如何。",
        "按文中的两个数重算比率，或改正其中写错的数。",
        "“本年支出预算合计 28849.38 万元，其中：基本支出 17123.19 万元，占 59.35%” → 17123.19 ÷ 28849.38 = 59.35%，一致。");
    /// <summary>Found by `yusuan history` over the store, never by the audit of one document: it needs last year's disclosure.</summary>
    public static readonly RuleDescriptor PriorYearDiffers = R("YS0507", "percent", Severity.Warning,
        "上年数与上一年度公开的文件不符",
        "{year} 年文件第{section}部分“{subject}”所说的上年数为 {stated} 万元，{prior_year} 年公开的{table}中{code}为 {printed} 万元",
        "文中的上年数（由“比上年增加/减少”推出或直接写出）应当是上一年度公开的数字；不一致时，要么上年数写错，要么增减额和增长率都随之算错（上年预算调整时应写明按调整后的数比较）。只有把两年的文件放在一起才能发现，单份文件的审核看不出。",
        "核对上一年度公开的预算表，改正上年数、增减额和增长率；按调整预算比较时写明“比上年调整预算”。",
        "2025 年文件：“行政运行（项）360.77 万元，比上年预算增加 22.25 万元” → 上年 338.52；2024 年公开的一般公共预算支出表中 2010101 为 340.00 → 警告。");

    // YS06 — codes and names
    public static readonly RuleDescriptor NameVariant = R("YS0601", "codes", Severity.Info,
        "科目名称与常见名称不同",
        "{table}{row} 印为“{printed}”，常见名称为“{known}”",
        "同一科目在不同年度、不同系统中名称略有不同；差异较大时可能是科目编码填错。",
        "核对当年《政府收支分类科目》中的名称。",
        "234 印为“抗疫特别国债安排的支出”，参考名称“抗疫特别国债还本支出”。");
    public static readonly RuleDescriptor NameOfAnotherCode = R("YS0602", "codes", Severity.Warning,
        "科目名称属于另一个科目编码",
        "{table}{row} 印的名称“{printed}”是科目 {other} 的名称（{row} 应为“{known}”）",
        "名称与编码不匹配，多半是编码或名称填错，会使数字归入错误的科目。",
        "改正科目编码或名称。",
        "2101501 印为“事业运行”，而“事业运行”是 2101550 的名称。");

    // YS0603–YS0606 — names the explanation writes against the names the tables print (NameRules, SupersededNameRules)
    public static readonly RuleDescriptor TextNameDiffers = R("YS0603", "codes", Severity.Error,
        "说明中的科目名称与表格不同",
        "第{section}部分写“{printed}（{code}）”，{table}中 {code} 为“{known}”",
        "情况说明引用的科目应当就是表格中的科目；同一编码在说明和表格中名称不同，读者无法判断说的是哪一项，也可能是编码或名称写错。",
        "按表格改正说明中的名称或编码。",
        "说明写“事业单位医疗（2101101）21.78 万元”，表格 2101101 为“行政单位医疗”。");
    public static readonly RuleDescriptor NameAtWrongLevel = R("YS0604", "codes", Severity.Error,
        "科目名称用错级次",
        "第{section}部分“{subject}”把“{name}”写作{stated}，而{table}中“{name}”是{actual} {code}",
        "类、款、项是三个级次；把款的名称当作项（或把项当作款）写，说明漏写了一级或写错了科目，金额也就对不上表格的哪一行。",
        "按表格写出完整的“类—款—项”名称。",
        "“卫生健康支出（类）行政事业单位医疗（项）21.78 万元”：行政事业单位医疗是款 21011，项应为“行政单位医疗（项）”。");
    public static readonly RuleDescriptor SubjectNotInTables = R("YS0605", "codes", Severity.Error,
        "说明中的科目在表格中没有",
        "第{section}部分“{subject}”{amount} 万元，但表格中没有名为“{name}”的科目{hint}",
        "情况说明逐项说明的是表格中的科目；表格没有这一科目而说明写了金额，必有一方漏列或写错了名称。本年预算数为 0 的科目（上年有、本年取消）不报。",
        "核对表格是否漏列该科目，或改正说明中的科目名称。",
        "五(三)写“财政委托业务支出（项）：2025 年预算数为 30.00 万元”，而表2、表3、表5 都没有财政委托业务支出；“法院（款）一般行政事务管理（项）6432.89 万元”，表中 2040502 名为“一般行政管理事务”，金额相同。");
    public static readonly RuleDescriptor SupersededName = R("YS0606", "codes", Severity.Warning,
        "使用已改名的科目名称",
        "{where}“{printed}”是 {renamed} 年起已改名的科目名称，现为“{current}”（{code}），本文件是 {year} 年的",
        "《政府收支分类科目》逐年修订；改名后仍用旧名称，说明科目沿用了旧文稿或旧编码表，读者按现行名称查不到。",
        "改用文件年度现行的科目名称。",
        "2020 年预算写“行政事业单位离退休（款）”，该款 2020 年起名为“行政事业单位养老支出”（20805）。");

    // YS07 — text quality
    public static readonly RuleDescriptor MalformedNumber = R("YS0701", "text", Severity.Warning,
        "数字书写错误",
        "第{section}部分的“{text}”不是合法的数字",
        "书写错误的数字无法核对，也会被误读。",
        "改正该数字。",
        "“电话通讯服务费1..75万元” → 应为 1.75。");

    // YS0110, YS0702–YS0710 — the document that gives the audit nothing, and what a reader sees wrong in the text
    // (issue 12). Kept in one block; the catalogue lists rules by id.
    public static readonly RuleDescriptor NothingToAudit = R("YS0110", "completeness", Severity.Error,
        "文件没有可审核的表格数字",
        "{what}，表格的数字、勾稽关系和情况说明与表格是否一致都无法审核",
        "没有表格或表格里没有一个数字的文件，审核什么也查不出；若报告“无问题”，读者会误以为数字已经核对过。这通常是空白模板、只印了表头的文件，或表格是图片（扫描件）。",
        "公开填好数字的表格；表格是图片时提供带文本层的原件。只公开情况说明或绩效目标表的分册由 YS0109 说明，不在此报告。",
        "文件印出 9 张表，每张只有表头和“合计”，没有一个数字：9 张表都没有数字。");
    public static readonly RuleDescriptor PlaceholderLeft = R("YS0702", "text", Severity.Error,
        "模板占位符未替换",
        "第{section}部分有未替换的占位符“{text}”：“{context}”{more}",
        "XX、××、某某、“202 年度”、【单位名称】、（制度名称）之类是模板留给编制单位填写的位置；印出来说明这句话没有写完，读者得不到应有的数字或名称。这不是措辞问题，文件不能按此发布，所以是错误。",
        "把占位符换成实际的名称、数字或年度；不适用的句子整句删除。",
        "“上海市 XX 局 2024 年度收入支出总计 XXX 万元” → 应写明单位名称和金额。");
    public static readonly RuleDescriptor DoubledPunctuation = R("YS0703", "text", Severity.Warning,
        "标点重复",
        "第{section}部分标点重复“{text}”：“{context}”",
        "“。。”“，，”“，。”多是删改句子时留下的，读者会怀疑这里漏了内容。",
        "删去多余的标点，并检查前后是否漏了文字。",
        "“政府性基金预算财政拨款收入与上年同期相比，增加144.81%，。” → 删去“，”。");
    public static readonly RuleDescriptor UnpairedMark = R("YS0704", "text", Severity.Warning,
        "括号、引号或书名号不成对",
        "第{section}部分的“{mark}”没有对应的“{partner}”：“{context}”",
        "括号、引号、书名号成对使用；只有一半时，读者无法判断括注或引文到哪里为止，常是删改时漏删或漏补。",
        "补上缺的一半，或删去多余的一半。",
        "“平均得分99.33分（其中，绩效评级为“优”的项目39个；……绩效自评中共发现问题0个。” 括号没有闭合。");
    public static readonly RuleDescriptor GarbledText = R("YS0705", "text", Severity.Warning,
        "乱码",
        "第{section}部分有乱码“{text}”（{kind}）：“{context}”",
        "私用区字符、替换字符（�）、“锟斤拷”“鈥”“Ã¤”之类是编码转换出错或字体缺字留下的，印出来读者看不懂。",
        "用正确的编码重新导出文件，或改正这几个字；字体缺字时嵌入字体。",
        "“本年收入合计锟斤拷万元” → 数字在编码转换中损坏成了“锟斤拷”。");
    public static readonly RuleDescriptor ScopeWordMixed = R("YS0706", "text", Severity.Warning,
        "部门与单位混称",
        "本文件是{scope}，第{section}部分却自称“{text}”（全文自称“{usual}”{usualCount} 次、“{text}”{count} 次）：“{context}”",
        "部门预算汇总本部门及所属单位，单位预算只含本单位；同一份文件两种自称混用，说明有的段落是从另一份文件抄来的，读者无法判断这句话说的是哪个范围。一份单位预算通篇自称“本部门”较常见，不报告；只报告与文件范围不符且占少数的自称。",
        "统一自称：部门预算用“本部门”，单位预算用“本单位”，并核对抄来的段落里的数字是否属于本文件。",
        "部门预算中 7 处“本部门……”，另有一处“本单位2026年政府采购预算……” → 应为“本部门”。");
    public static readonly RuleDescriptor ReasonEmpty = R("YS0707", "text", Severity.Warning,
        "原因没有写",
        "第{section}部分写了“{text}”，但没有写出原因：“{context}”",
        "情况说明要求说明增减变化的原因；“主要原因是。”说明原因留空了，读者得不到任何解释。",
        "写出具体原因；确无变化时写“与上年持平”。",
        "“比上年减少 2.40 万元，下降 20.00%，主要原因是。” → 应写明减少的原因。");
    public static readonly RuleDescriptor ReasonAgainstDirection = R("YS0708", "text", Severity.Warning,
        "原因与增减方向相反",
        "第{section}部分“{subject}”{direction}，给出的原因却只说“{word}”：“{reason}”",
        "减少的原因只讲增加（或增加的原因只讲减少），多半是从别处抄来的原因或增减写反了，读者无法据此理解变化。只在原因里完全没有相反方向的词时报告。",
        "核对增减方向和金额，改写原因，说明为什么减少（增加）。",
        "“2024年预算安排110.60万元，比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。”");
    public static readonly RuleDescriptor TemplateGuidanceLeft = R("YS0709", "text", Severity.Warning,
        "模板填写说明未删除",
        "第{section}部分留有模板的填写说明“{text}”：“{context}”",
        "“（请填写……）”“此处填写”“（如持平作持平表述）”“填列数应与……一致”是写给编制人员的说明，不是公开内容；本工具起草的文稿里的“【请填写本部分内容】”也是待填的位置。留在公开文件里说明这一处没有编写完成。",
        "按说明填写内容后删去说明文字。",
        "“主要原因：人员经费增加。（如持平作持平表述）” → 删去括号内的说明；“【请填写主要原因】” → 写出原因。");
    public static readonly RuleDescriptor BlankPage = R("YS0710", "text", Severity.Warning,
        "空白页",
        "第 {pages} 页是空白页（没有文字也没有图片）",
        "公开文件中的空白页多是排版或导出时多出来的，也可能是某张表或某段文字没有导出；读者会怀疑内容缺失。",
        "核对这一页本应有的内容：补上，或删去多余的空白页。",
        "共 41 页的文件第 17 页没有任何文字和图片，前一页是表 6，后一页是表 8。");
    // YS08 — 年份: the years the text names against the document's own year (YearComparisonRules, YearDateRules, YearHeadingRules)
    public static readonly RuleDescriptor ComparedWithOwnYear = R("YS0801", "year", Severity.Error,
        "与本年度自身比较",
        "第{section}部分“{text}”：本文件是 {year} 年{kind}，比较的基准却是 {year} 年本身，应为上年（{prior} 年）",
        "预算说明的增减都是与上年相比；与本年度自身“相比”无从谈起，多半是改写上年文稿时改了一处年份、漏了另一处。决算中“决算数与本年年初预算相比”是本年度内的比较，不报。",
        "把比较基准改为上年，或直接写“比上年”。",
        "2024 年预算写“一般公共预算拨款比2024年预算增加 93.94 万元” → 应为“比2023年预算”。");
    public static readonly RuleDescriptor PeriodOutsideYear = R("YS0802", "year", Severity.Error,
        "执行期间不含本年度",
        "第{section}部分“{text}”：{label}在 {from}–{to} 年，不包含本文件的年度 {year} 年",
        "本年预算安排的项目资金在本年度执行；整个期间落在别的年份，说明期间沿用了往年文稿或年份写错。跨年度的实施周期只要包含本年度就不报。",
        "改正执行时间的年份；跨年度项目写出包含本年度的完整周期。",
        "2024 年预算：资金执行时间“2023年1月-12月” → 应为 2024 年；“2023年-2025年”包含 2024 年，不报。");
    public static readonly RuleDescriptor AssetDateYear = R("YS0803", "year", Severity.Warning,
        "资产统计日期的年份不对",
        "第{section}部分“{text}”：{kind}的国有资产占有使用情况应截至{expected}，文中是 {found} 年",
        "预算公开的国有资产情况是编制预算时最近的统计：上年年底（有的地区是上年 8 月 31 日或本年 1 月底）；决算公开是决算年度的 12 月 31 日。年份不对，数字多半也是沿用往年的。",
        "核对资产统计日期和对应的车辆、房屋等数字。",
        "2024 年预算写“截至2022年12月31日，共有车辆 7 辆” → 应为 2023 年；2024 年决算写“截至2023年12月31日” → 应为 2024 年。");
    public static readonly RuleDescriptor HeadingYear = R("YS0804", "year", Severity.Error,
        "标题中的年份与文件年度不符",
        "{where}“{title}”写的是 {found} 年，本文件是 {year} 年{kind}",
        "标题的年份说明这一部分或这张表属于哪一年；与文件年度不同，说明沿用了往年的版本，内容可能也是往年的。标题中的“上年结转”“20XX—20XX 年规划”等不报。",
        "改正标题年份，并核对该表或该部分的内容是否为本年度的。",
        "2024 年预算第三部分“三、关于××局 2023 年支出预算情况说明”。");
    public static readonly RuleDescriptor PriorYearMislabelled = R("YS0805", "year", Severity.Warning,
        "上年写成了别的年份",
        "第{section}部分“{text}”：与上年比较却写 {found} 年，本文件是 {year} 年{kind}，上年是 {prior} 年",
        "同比增减的基准是上年；把上年写成前年或次年，读者会以为比较的是另一年的数字，也可能数字确是另一年的。",
        "把年份改为上年，或写“比上年”。",
        "2024 年预算写“比2022年预算增加 26.20 万元”或“上年（2022年）预算数为 40.00 万元” → 上年是 2023 年。");

    // YS09 — input problems the reader worked around (reported as notes)
    public static readonly RuleDescriptor ColumnsByArithmetic = R(RuleIds.ColumnsByArithmetic, "input", Severity.Info,
        "数字所在列按勾稽关系确定", "{message}",
        "从 PDF 抽取的文本丢掉了空单元格，一行数字少于列数时无法从位置判断各数在哪一列。",
        "无需处理；如判断有误，请提供原始 PDF 或制表符分隔的文本。",
        "表3 “2101504 信息化建设 79.06 79.06” → 合计、项目支出（21015 项目支出 608.74 = 79.06 + 135.00 + 14.24 + 380.44）。");
    public static readonly RuleDescriptor NumberRejoined = R(RuleIds.NumberRejoined, "input", Severity.Info,
        "跨行断开的数字已拼合", "{message}",
        "PDF 抽取时窄单元格里的数字会被折成两行。", "无需处理。", "“110.1”（第 300 行）+“0”（第 302 行）→ 110.10。");
    public static readonly RuleDescriptor TableUnreadable = R(RuleIds.TableUnreadable, "input", Severity.Warning,
        "表格未能完整读取", "{message}",
        "数字多于表头列数或表头编号列数与识别的列不符，该表可能读错。", "核对原表；必要时提供更清晰的原件。",
        "一行 13 个数字，而表头只有 12 列。");
    public static readonly RuleDescriptor ValueMoved = R(RuleIds.ValueMovedFromPrintedColumn, "input", Severity.Info,
        "错位的数字已按勾稽关系归位", "{message}",
        "分页或导出时单元格错位，数字印在相邻列下。", "发布前修正原表的错位。",
        "000 表2 第 141 行：10.26 印在财政专户列下，按表1（无财政专户收入）应在单位资金列。");
    public static readonly RuleDescriptor EncodingDetected = R(RuleIds.EncodingDetected, "input", Severity.Info,
        "文本编码已转换", "{message}", "文件不是 UTF-8。", "无需处理。", "GB18030 → UTF-8。");
    public static readonly RuleDescriptor RowTextCompleted = R(RuleIds.RowTextCompleted, "input", Severity.Info,
        "被分页截断的科目名称已补全", "{message}", "分页把单元格里的名称截成两段。", "无需处理。",
        "“其他医疗保障管理” + 下页“事务支出”。");
    public static readonly RuleDescriptor TableTruncated = R(RuleIds.TableTruncated, "input", Severity.Warning,
        "表格可能被截断", "{message}", "表格有数字却没有合计行，或只有标题。", "核对原件是否完整。", "表3 读到 10 行后文件结束。");
    public static readonly RuleDescriptor UnknownTable = R(RuleIds.UnknownTable, "input", Severity.Warning,
        "未识别的表格标题", "{message}", "标题不在已知别名中，该表未读入。", "报告此标题以便加入。", "—");
    public static readonly RuleDescriptor ColumnKeptAsPrinted = R(RuleIds.ColumnKeptAsPrinted, "input", Severity.Info,
        "表头列未识别，按印出的标签保留", "{message}",
        "该列的表头不在已知的列名中（模板新增或改名的列），数字已读入并以印出的表头为列名，但不参与按列名的勾稽。",
        "如该列是标准列的另一种写法，请报告以便加入。", "“其中：事业单位经营支出”列 → 列名“事业单位经营支出”。");
    public static readonly RuleDescriptor CodeCompleted = R(RuleIds.CodeCompleted, "input", Severity.Info,
        "科目编码已按上级补全", "{message}", "款、项行只印了两位编码。", "无需处理。", "“15 01” → 2101501。");

    public static IReadOnlyList<RuleDescriptor> All { get; } = typeof(RuleCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RuleDescriptor))
        .Select(f => (RuleDescriptor)f.GetValue(null)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
