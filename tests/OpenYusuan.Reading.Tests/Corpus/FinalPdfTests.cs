using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>The two 决算 PDFs of the corpus read into final_* tables: every table of the 规划和自然资源局 2024 决算,
/// cell by cell (checked by hand against the printed pages), and the blank national template's rows and notes.
/// The same tables come out of the text pdftotext -layout makes of the same file.</summary>
public sealed class FinalPdfTests
{
    // Every row with a figure, every total; checked against the PDF by hand. Summary 卫生健康支出 236.63 against
    // 236.64 in the 收入/支出 tables is the document's own difference, not a reading error.
    private const string Planning = """
== final_summary [amount] income_total=9859.38 expense_totals amount=9859.38
general_budget 一、一般公共预算财政拨款收入 | amount=9746.50
current_income 本年收入合计 | amount=9746.50
prior_carryover 年初结转和结余 | amount=112.88
208 社会保障和就业支出 | amount=754.75
210 卫生健康支出 | amount=236.63
212 城乡社区支出 | amount=3845.25
220 自然资源海洋气象等支出 | amount=4461.67
221 住房保障支出 | amount=461.08
current_expense 本年支出合计 | amount=9759.38
year_end_carryover 年末结转和结余 | amount=100.00
== final_income [total,fiscal_subtotal,superior_subsidy,business_income,operating_income,subordinate_remit,other_income] totals total=9746.50 fiscal_subtotal=9746.50
208 社会保障和就业支出 | total=754.75 fiscal_subtotal=754.75
20805 行政事业单位养老支出 | total=754.75 fiscal_subtotal=754.75
2080501 行政单位离退休 | total=54.53 fiscal_subtotal=54.53
2080502 事业单位离退休 | total=28.11 fiscal_subtotal=28.11
2080505 机关事业单位基本养老保险缴费支出 | total=446.11 fiscal_subtotal=446.11
2080506 机关事业单位职业年金缴费支出 | total=225.12 fiscal_subtotal=225.12
2080599 其他行政事业单位养老支出 | total=0.88 fiscal_subtotal=0.88
210 卫生健康支出 | total=236.64 fiscal_subtotal=236.64
21011 行政事业单位医疗 | total=236.64 fiscal_subtotal=236.64
2101101 行政单位医疗 | total=40.35 fiscal_subtotal=40.35
2101102 事业单位医疗 | total=196.29 fiscal_subtotal=196.29
212 城乡社区支出 | total=3832.36 fiscal_subtotal=3832.36
21201 城乡社区管理事务 | total=1092.80 fiscal_subtotal=1092.80
2120101 行政运行 | total=1092.80 fiscal_subtotal=1092.80
21202 城乡社区规划与管理 | total=2739.56 fiscal_subtotal=2739.56
2120201 城乡社区规划与管理 | total=2739.56 fiscal_subtotal=2739.56
220 自然资源海洋气象等支出 | total=4461.67 fiscal_subtotal=4461.67
22001 自然资源事务 | total=4461.67 fiscal_subtotal=4461.67
2200150 事业运行 | total=4416.67 fiscal_subtotal=4416.67
2200199 其他自然资源事务支出 | total=45.00 fiscal_subtotal=45.00
221 住房保障支出 | total=461.08 fiscal_subtotal=461.08
22102 住房改革支出 | total=461.08 fiscal_subtotal=461.08
2210201 住房公积金 | total=289.59 fiscal_subtotal=289.59
2210203 购房补贴 | total=171.49 fiscal_subtotal=171.49
== final_expense [total,basic,project,superior_remit,operating,subordinate_subsidy] totals total=9759.38 basic=5377.64 project=4381.74
208 社会保障和就业支出 | total=754.75 basic=754.75 project=0.00
20805 行政事业单位养老支出 | total=754.75 basic=754.75 project=0.00
2080501 行政单位离退休 | total=54.53 basic=54.53 project=0.00
2080502 事业单位离退休 | total=28.11 basic=28.11 project=0.00
2080505 机关事业单位基本养老保险缴费支出 | total=446.11 basic=446.11 project=0.00
2080506 机关事业单位职业年金缴费支出 | total=225.12 basic=225.12 project=0.00
2080599 其他行政事业单位养老支出 | total=0.88 basic=0.88 project=0.00
210 卫生健康支出 | total=236.64 basic=236.64 project=0.00
21011 行政事业单位医疗 | total=236.64 basic=236.64 project=0.00
2101101 行政单位医疗 | total=40.35 basic=40.35 project=0.00
2101102 事业单位医疗 | total=196.29 basic=196.29 project=0.00
212 城乡社区支出 | total=3845.24 basic=1585.59 project=2259.65
21201 城乡社区管理事务 | total=1105.68 basic=1096.91 project=8.77
2120101 行政运行 | total=1105.68 basic=1096.91 project=8.77
21202 城乡社区规划与管理 | total=2739.56 basic=488.68 project=2250.88
2120201 城乡社区规划与管理 | total=2739.56 basic=488.68 project=2250.88
220 自然资源海洋气象等支出 | total=4461.67 basic=2339.58 project=2122.09
22001 自然资源事务 | total=4461.67 basic=2339.58 project=2122.09
2200150 事业运行 | total=4416.67 basic=2339.58 project=2077.09
2200199 其他自然资源事务支出 | total=45.00 basic=0.00 project=45.00
221 住房保障支出 | total=461.08 basic=461.08 project=0.00
22102 住房改革支出 | total=461.08 basic=461.08 project=0.00
2210201 住房公积金 | total=289.59 basic=289.59 project=0.00
2210203 购房补贴 | total=171.49 basic=171.49 project=0.00
== final_fiscal_summary [total,general_budget,gov_fund,state_capital] income_total=9746.50 expense_totals total=9746.50 general_budget=9746.50
general_budget 一、一般公共预算财政拨款 | amount=9746.50
current_income 本年收入合计 | amount=9746.50
208 社会保障和就业支出 | total=754.75 general_budget=754.75
210 卫生健康支出 | total=236.63 general_budget=236.63
212 城乡社区支出 | total=3832.36 general_budget=3832.36
220 自然资源海洋气象等支出 | total=4461.67 general_budget=4461.67
221 住房保障支出 | total=461.08 general_budget=461.08
current_expense 本年支出合计 | total=9746.50 general_budget=9746.50
== final_general_budget_expense [total,basic,project] totals total=9746.50 basic=5364.75 project=4381.74
208 社会保障和就业支出 | total=754.75 basic=754.75 project=0.00
20805 行政事业单位养老支出 | total=754.75 basic=754.75 project=0.00
2080501 行政单位离退休 | total=54.53 basic=54.53 project=0.00
2080502 事业单位离退休 | total=28.11 basic=28.11 project=0.00
2080505 机关事业单位基本养老保险缴费支出 | total=446.11 basic=446.11 project=0.00
2080506 机关事业单位职业年金缴费支出 | total=225.12 basic=225.12 project=0.00
2080599 其他行政事业单位养老支出 | total=0.88 basic=0.88 project=0.00
210 卫生健康支出 | total=236.64 basic=236.64 project=0.00
21011 行政事业单位医疗 | total=236.64 basic=236.64 project=0.00
2101101 行政单位医疗 | total=40.35 basic=40.35 project=0.00
2101102 事业单位医疗 | total=196.29 basic=196.29 project=0.00
212 城乡社区支出 | total=3832.36 basic=1572.70 project=2259.65
21201 城乡社区管理事务 | total=1092.80 basic=1084.02 project=8.77
2120101 行政运行 | total=1092.80 basic=1084.02 project=8.77
21202 城乡社区规划与管理 | total=2739.56 basic=488.68 project=2250.88
2120201 城乡社区规划与管理 | total=2739.56 basic=488.68 project=2250.88
220 自然资源海洋气象等支出 | total=4461.67 basic=2339.58 project=2122.09
22001 自然资源事务 | total=4461.67 basic=2339.58 project=2122.09
2200150 事业运行 | total=4416.67 basic=2339.58 project=2077.09
2200199 其他自然资源事务支出 | total=45.00 basic=0.00 project=45.00
221 住房保障支出 | total=461.08 basic=461.08 project=0.00
22102 住房改革支出 | total=461.08 basic=461.08 project=0.00
2210201 住房公积金 | total=289.59 basic=289.59 project=0.00
2210203 购房补贴 | total=171.49 basic=171.49 project=0.00
== final_basic_expense [amount] totals personnel=4884.09 public=480.66
301 工资福利支出 | amount=4816.14
30101 基本工资 | amount=537.64
30102 津贴补贴 | amount=987.86
30103 奖金 | amount=0.00
30106 伙食补助费 | amount=0.00
30107 绩效工资 | amount=1594.02
30108 机关事业单位基本养老保险缴费 | amount=446.11
30109 职业年金缴费 | amount=225.12
30110 职工基本医疗保险缴费 | amount=236.63
30111 公务员医疗补助缴费 | amount=0.00
30112 其他社会保障缴费 | amount=17.94
30113 住房公积金 | amount=289.59
30114 医疗费 | amount=0.00
30199 其他工资福利支出 | amount=481.23
303 对个人和家庭的补助 | amount=67.96
30301 离休费 | amount=0.00
30302 退休费 | amount=67.96
30303 退职（役）费 | amount=0.00
30304 抚恤金 | amount=0.00
30305 生活补助 | amount=0.00
30306 救济费 | amount=0.00
30307 医疗费补助 | amount=0.00
30308 助学金 | amount=0.00
30309 奖励金 | amount=0.00
30310 个人农业生产补贴 | amount=0.00
30311 代缴社会保险费 | amount=0.00
30399 其他对个人和家庭的补助 | amount=0.00
302 商品和服务支出 | amount=440.90
30201 办公费 | amount=84.62
30202 印刷费 | amount=0.00
30203 咨询费 | amount=0.00
30204 手续费 | amount=0.08
30205 水费 | amount=0.92
30206 电费 | amount=18.86
30207 邮电费 | amount=8.05
30208 取暖费 | amount=0.00
30209 物业管理费 | amount=82.20
30211 差旅费 | amount=1.50
30212 因公出国（境）费用 | amount=0.00
30213 维修（护）费 | amount=29.65
30214 租赁费 | amount=0.00
30215 会议费 | amount=0.00
30216 培训费 | amount=1.21
30217 公务接待费 | amount=0.39
30218 专用材料费 | amount=0.00
30224 被装购置费 | amount=0.00
30225 专用燃料费 | amount=0.00
30226 劳务费 | amount=2.40
30227 委托业务费 | amount=19.16
30228 工会经费 | amount=56.29
30229 福利费 | amount=73.19
30231 公务用车运行维护费 | amount=0.00
30239 其他交通费用 | amount=33.50
30240 税金及附加费用 | amount=0.00
30299 其他商品和服务支出 | amount=28.86
310 资本性支出 | amount=39.76
31001 房屋建筑物购建 | amount=0.00
31002 办公设备购置 | amount=39.76
31003 专用设备购置 | amount=0.00
31007 信息网络及软件购置更新 | amount=0.00
31013 公务用车购置 | amount=0.00
31019 其他交通工具购置 | amount=0.00
31021 文物和陈列品购置 | amount=0.00
31022 无形资产购置 | amount=0.00
31099 其他资本性支出 | amount=0.00
== final_three_public [budget,final]
total 合计 | budget=2.85 final=0.39
abroad 因公出国（境）费 | budget=0.00 final=0.00
vehicle 公务用车购置及运行费 | budget=0.00 final=0.00
vehicle_purchase 公务用车购置费 | budget=0.00 final=0.00
vehicle_operation 公务用车运行费 | budget=0.00 final=0.00
reception 公务接待费 | budget=2.85 final=0.39
== final_gov_fund [opening_balance,income,total,basic,project,closing_balance] empty
== final_state_capital [opening_balance,income,total,basic,project,closing_balance] empty
""";

    [SkippableFact]
    public void Every_table_of_a_final_account_pdf_is_read_cell_by_cell()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        Assert.Equal("final", d.Kind);
        Assert.Equal(Planning.ReplaceLineEndings("\n").Trim(), Render(d));
        Assert.DoesNotContain(d.Notes, n => n.Rule is "YS0903" or "YS0907");
        var row = d.Tables.Single(t => t.Kind == "final_basic_expense").Rows!.Single(r => r.Code == "30217");
        Assert.Equal(16, row.Loc!.Page);
        Assert.Equal(4, row.Loc.Bbox!.Count);
    }

    [SkippableFact]
    public void Each_item_of_the_explanation_is_one_claim_with_its_initial_budget_and_completion()
    {
        // "3、…机关事业单位基本养老保险缴费支出（项）。主要用于：…。年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的
        // 98.61%。决算数小于预算数的主要原因：…" — what it is used for stands between the item and its figures; "决算数同预算数持平"
        // compares with the budget, not with last year.
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        var claims = d.Sections.Single(s => s.Number == 5).Subsections[2].Claims;
        var pension = claims.Single(c => c.Code == "2080505");
        Assert.Equal((446.11m, 452.40m, 98.61m), (pension.Amount!.Value, pension.InitialBudget!.Value, pension.Completion!.Value));
        Assert.Null(claims.Single(c => c.Code == "2080501").Direction);
        Assert.Equal(13, claims.Count(c => c.Subject!.EndsWith("（项）") && c.InitialBudget is not null));
        Assert.DoesNotContain(claims, c => c.Subject is "年初预算" or "支出决算");
    }

    [SkippableFact]
    public void The_same_tables_come_from_pdftotext_layout_text()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        Skip.If(!File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed; ./run-tests installs it");
        var text = Path.Combine(Path.GetTempPath(), $"yusuan-final-{Guid.NewGuid():N}.txt");
        Tools.Run("pdftotext", TimeSpan.FromMinutes(2), "-layout", SharedFiles.Corpus("final-2024-putuo-planning.pdf"), text);
        try { Assert.Equal(Planning.ReplaceLineEndings("\n").Trim(), Render(DisclosureReader.Read(text))); }
        finally { File.Delete(text); }
    }

    [SkippableFact]
    public void A_blank_final_template_reads_its_rows_and_empty_table_notes()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.Corpus("final-template-national-2024.pdf"));
        Assert.Equal(
            ["final_summary", "final_income", "final_expense", "final_fiscal_summary", "final_general_budget_expense",
             "final_basic_expense", "final_three_public", "final_gov_fund", "final_state_capital"],
            d.Tables.Select(t => t.Kind));
        Assert.All(d.Tables, t => Assert.DoesNotContain((t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []), r => r.Values.Count > 0));
        // The template's example rows, with names wrapped over two lines put back together and its "…" rows skipped.
        foreach (var kind in new[] { "final_income", "final_expense", "final_general_budget_expense" })
            Assert.Equal(["205 教育支出", "20502 普通教育", "2050205 高等教育", "207 文化旅游体育与传媒支出", "20799 其他文化旅游体育与传媒支出"],
                d.Tables.Single(t => t.Kind == kind).Rows!.Select(r => $"{r.Code} {r.Name}"));
        var basic = d.Tables.Single(t => t.Kind == "final_basic_expense").Rows!;
        Assert.Equal(["301", "303", "302", "310"], basic.Where(r => r.Code!.Length == 3).Select(r => r.Code));
        Assert.Equal("机关事业单位基本养老保险缴费", basic.Single(r => r.Code == "30108").Name);
        var summary = d.Tables.Single(t => t.Kind == "final_summary");
        Assert.Equal(["general_budget", "gov_fund", "state_capital", "superior_subsidy", "business_income", "operating_income",
            "subordinate_remit", "other_income", "current_income", "nonfiscal_balance_used", "prior_carryover"], summary.Income!.Select(r => r.Item));
        Assert.Equal(24, summary.Expense!.Count(r => r.Code is not null));
        Assert.Equal(["current_expense", "balance_distribution", "year_end_carryover"], summary.Expense!.Where(r => r.Item is not null).Select(r => r.Item));
        Assert.All(d.Tables.Where(t => t.Kind is "final_gov_fund" or "final_state_capital"), t => Assert.Contains("本表无数据", t.EmptyNote));
    }

    private static string Render(Disclosure d)
    {
        static string Pairs(IReadOnlyDictionary<string, decimal>? v) => string.Join(" ", (v ?? new Dictionary<string, decimal>()).Select(kv => $"{kv.Key}={kv.Value}"));
        var lines = new List<string>();
        foreach (var t in d.Tables)
        {
            var head = $"== {t.Kind} [{string.Join(",", t.Columns ?? [])}]";
            if (t.Totals is { Count: > 0 }) head += " totals " + Pairs(t.Totals);
            if (t.IncomeTotal is { } it) head += $" income_total={it}";
            if (t.ExpenseTotals is { Count: > 0 }) head += " expense_totals " + Pairs(t.ExpenseTotals);
            if (t.EmptyNote is not null) head += " empty";
            lines.Add(head);
            foreach (var r in (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []).Where(r => r.Values.Count > 0))
                lines.Add($"{r.Code ?? r.Item} {r.Name ?? r.Label} | {Pairs(r.Values)}");
        }
        return string.Join("\n", lines);
    }
}
