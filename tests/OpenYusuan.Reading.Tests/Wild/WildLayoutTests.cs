using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Wild;

/// <summary>One real publication of each layout class in ../shared/corpus/wild, read whole: the figures below were
/// checked by hand against the printed pages. Each test names the mechanism it stands on, so a regression points at
/// the layout family it breaks rather than at one file.</summary>
public sealed class WildLayoutTests
{
    private static Disclosure Read(string name) => DisclosureReader.Read(SharedFiles.Wild(name));

    private static TableRow Row(DisclosureTable t, string code) => (t.Rows ?? []).First(r => r.Code == code);

    [SkippableFact]
    public void Guangzhou_two_sided_tables_read_by_sides_and_income_by_unit()
    {
        var d = Read("budget-2026-c005-statistics-71a122.pdf");
        Assert.Equal("广州市统计局", d.Entity);
        Assert.Equal(12, d.Tables.Count);
        var summary = d.Table(TableKinds.Summary)!;
        Assert.Equal(9483.72m, summary.IncomeTotal);
        Assert.Equal(8295.28m, summary.Expense!.Single(r => r.Code == "201").Values["amount"]);
        Assert.Equal(9433.72m, summary.Income!.Single(r => r.Item == "fiscal_appropriation").Values["amount"]);   // 一、预算拨款
        Assert.Equal(9433.72m, d.Table(TableKinds.FiscalSummary)!.IncomeTotal);
        // 收入总体情况表 lists units, not 类: each row is a unit and keeps it.
        var income = d.Table(TableKinds.Income)!;
        Assert.All(income.Rows!, r => Assert.True(r.Code is null && r.Unit is not null));
        Assert.Equal(9483.72m, income.Totals!["total"]);
        // 表5 titled with a trailing （按功能分类科目） is the 一般公共预算支出表.
        Assert.Equal(6453.03m, Row(d.Table(TableKinds.GeneralBudgetExpense)!, "2010501").Values["total"]);
        var three = d.Table(TableKinds.ThreePublic)!;
        Assert.Equal(839.21m, three.Rows!.Single(r => r.Item == "operating_costs").Values["total"]);
        Assert.Equal(5.00m, three.Rows!.Single(r => r.Item == "abroad").Values["total"]);
    }

    [SkippableFact]
    public void Xian_three_public_across_by_year_with_units_below_the_total()
    {
        // 表13 prints 2021年 / 2022年 / 增减变化 sets, each 合计 (三公 + 会议费 + 培训费), the 三公 小计 and its items; the
        // rows are 合计, the department (263) and its units (263001…), each its own entry with its unit.
        var three = Read("budget-2022-c020-commerce-41cd3d.pdf").Table(TableKinds.ThreePublic)!;
        Assert.Equal(["prior", "total", "change"], three.Columns);
        TableRow Item(string item, string? unit = null) => three.Rows!.Single(r => r.Item == item && r.Unit == unit);
        Assert.Equal((68300.00m, 343000.00m, 274700.00m), (Item("total").Values["prior"], Item("total").Values["total"], Item("total").Values["change"]));
        Assert.Equal(582902.00m, Item("grand_total").Values["total"]);
        Assert.Equal((26052.00m, 213850.00m), (Item("meeting").Values["total"], Item("training").Values["total"]));
        Assert.Equal(275000.00m, Item("vehicle_operation").Values["total"]);
        Assert.Equal(5000.00m, Item("reception", "西安市商务综合执法支队").Values["total"]);
        Assert.Equal(101850.00m, Item("training", "西安商贸旅游技师学院").Values["total"]);
    }

    [SkippableFact]
    public void Guangzhou_units_named_with_a_qualifier_head_their_economic_classes()
    {
        // 表11 基本支出预算表: 广州市统计局（本级） and 广州市统计监测中心（广州市统计发展中心） each head their 301/302/303/310 rows.
        var d = Read("budget-2026-c005-statistics-71a122.pdf");
        var basic = d.Tables.Single(t => t.Number == 11);
        Assert.Equal(["广州市统计局（本级）", "广州市统计普查中心", "广州市统计监测中心（广州市统计发展中心）"],
            basic.Rows!.Where(r => r.Code is null).Select(r => r.Unit));
        var wages = basic.Rows!.Where(r => r.Code == "301").ToList();
        Assert.Equal([("广州市统计局（本级）", 4785.53m), ("广州市统计普查中心", 1155.76m), ("广州市统计监测中心（广州市统计发展中心）", 1190.37m)],
            wages.Select(r => (r.Unit!, r.Values["total"])));
        Assert.Equal(8401.67m, basic.Totals!["total"]);
        Assert.DoesNotContain(d.Notes, n => n.Rule is "YS0903" or "YS0907");
    }

    [SkippableFact]
    public void Beijing_tables_part_keeps_glued_codes_economic_codes_and_numbered_units()
    {
        var d = Read("budget-2026-c002-gov-office-002db9.pdf");
        Assert.Equal(("tables", "中共北京市委军民融合发展委员会办公室"), (d.Part, d.Entity));
        // 015 heads 015001 and 015002: the sub-units are read, the heading unit that sums them is not counted twice.
        var income = d.Table(TableKinds.Income)!;
        Assert.Equal(["015001", "015002"], income.Rows!.Select(r => r.Unit));
        Assert.Equal(8.754697m, income.Totals!["prior_carryover"]);
        // "2013601-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资": one row, three classifications.
        var first = d.Table(TableKinds.Expense)!.Rows![0];
        Assert.Equal(("2013601", "30101", "50101", 151.992000m), (first.Code, first.EconomicCode, first.GovEconomicCode, first.Values["total"]));
    }

    [SkippableFact]
    public void Beijing_tables_part_reads_open_border_rows_wrapped_names_and_of_which_columns()
    {
        // A thin ruled column beside 合计 (veterans 收入总表) takes no label: 合计 is `total`, 1,215.07 is 单位资金 carryover.
        var veterans = Read("budget-2026-c002-veterans-2f257e.pdf");
        var income = veterans.Table(TableKinds.Income)!;
        Assert.Equal(1063371.776545m, income.Totals!["total"]);
        Assert.Equal(1215.072492m, income.Totals!["nonfiscal_carryover_unit_funds"]);
        Assert.DoesNotContain("合计", income.Columns!);
        // 财政拨款收支总表: the fund lines under 上年结转结余 are carryover, not this year's appropriation.
        var fiscal = veterans.Table(TableKinds.FiscalSummary)!;
        Assert.Equal(816236.484478m, Assert.Single(fiscal.Income!, r => r.Item == "general_budget").Values["amount"]);
        Assert.Equal(3850.930277m, Assert.Single(fiscal.Income!, r => r.Item == "fiscal_carryover_general").Values["amount"]);
        // 其中 over 事业单位经营支出 … : a part of 合计, not added to 基本 + 项目 (culture-tourism 2070199: 7272.39 = 377.97 + 6894.42).
        var culture = Read("budget-2026-c002-culture-tourism-19b313.pdf");
        var expense = culture.Table(TableKinds.Expense)!;
        Assert.Contains("of_which_operating", expense.Columns!);
        Assert.DoesNotContain("operating", expense.Columns!);
        Assert.Equal(3537.893228m, Assert.Single(culture.Table(TableKinds.Summary)!.Expense!, r => r.Item == "year_end_carryover").Values["amount"]);
        // Water: a 2026 budget whose performance targets mention 竣工决算 is a budget; the 收入总表's title row left open
        // on the right is read (not lost into the 收支总表), and names wrapped past their row's rule are whole again.
        var water = Read("budget-2026-c002-water-19894b.pdf");
        Assert.Equal(("budget", "national"), (water.Kind, water.Template));
        Assert.Equal(["amount"], water.Table(TableKinds.Summary)!.Columns!);
        var rows = water.Table(TableKinds.Expense)!.Rows!;
        Assert.Contains(rows, r => r.Code == "2130306" && r.EconomicCode == "30101" && r.Values["total"] == 13915.298400m);
        Assert.Equal(1024807.171785m, water.Table(TableKinds.Expense)!.Totals!["total"]);
    }

    [SkippableFact]
    public void Beijing_income_table_continued_to_the_right_on_the_next_page_is_joined_by_its_columns()
    {
        // Water's 收入总表: 合计 … 附属单位上缴收入 on page 3; 其他收入 and the 上年结转结余 columns on page 4, under a header
        // of their own and beside the same single row. 合计 1048475.73 = 本年收入 992619.18 + 上年结转结余 55856.55.
        var water = Read("budget-2026-c002-water-19894b.pdf");
        var income = water.Table(TableKinds.Income)!;
        Assert.Empty(income.Rows!);
        var t = income.Totals!;
        Assert.Equal((1048475.725671m, 992619.176095m, 870741.793967m), (t["total"], t["current_subtotal"], t["general_budget"]));
        Assert.Equal((2934.108891m, 55856.549576m), (t["other_income"], t["prior_carryover"]));
        Assert.Equal((25437.557705m, 848.210784m, 29570.781087m),
            (t["fiscal_carryover_general"], t["fiscal_carryover_gov_fund"], t["nonfiscal_carryover_unit_funds"]));
    }

    [SkippableFact]
    public void Jiangsu_row_printed_above_the_rules_at_a_page_break_is_a_row_of_the_table()
    {
        // Jiangsu 2017 prints the first row of every continued table at the top of the next page above its first rule.
        var d = Read("budget-2017-jiangsu-029f9d.pdf");
        Assert.Equal(23513.11m, Assert.Single(d.Table(TableKinds.Summary)!.Expense!, r => r.Code == "204").Values["amount"]);
        Assert.Equal(1029.15m, Row(d.Tables.First(t => t.Number == 5), "2210201").Values["total"]);
        Assert.Equal(235.00m, Row(d.Tables.First(t => t.Number == 9), "30206").Values["total"]);
        Assert.Equal(110.00m, Row(d.Tables.First(t => t.Number == 10), "30229").Values["机关运行经费支出"]);
    }

    [SkippableFact]
    public void Beijing_explanation_part_reads_its_claims_from_headings_that_run_on()
    {
        var d = Read("budget-2026-c002-civil-affairs-280c5f.pdf");
        Assert.Equal(("explanation", "北京市民政局"), (d.Part, d.Entity));
        Assert.Empty(d.Tables);
        var claims = d.Sections.SelectMany(s => s.Subsections).SelectMany(s => s.Claims).ToList();
        Assert.Contains(claims, c => c.Amount == 45980.56m && c.Share == 66.33m);     // （一）基本支出。基本支出预算 45980.56 万元，占本年支出预算 66.33%
        Assert.Contains(claims, c => c.Amount == 159.00m && c.Subject!.StartsWith("因公出国"));
        Assert.Contains(claims, c => c.Amount == 67005.95m);                        // （一）本年财政拨款收入 67005.95 万元
    }

    [SkippableFact]
    public void Xian_tables_in_a_later_part_with_a_list_of_tables_and_fake_bold_titles()
    {
        var d = Read("budget-2022-c020-commerce-41cd3d.pdf");
        Assert.Equal("西安市商务局", d.Entity);
        Assert.Equal(13, d.Tables.Count);
        Assert.Contains(d.Tables, t => t.Kind == TableKinds.GeneralBudgetEconomic);
        Assert.Contains(d.Tables, t => t.Kind == TableKinds.BasicByFunction);
        var summary = d.Table(TableKinds.Summary)!;
        Assert.Equal(581242867.20m, summary.IncomeTotal);
        Assert.Equal(154668476.29m, summary.Expense!.Single(r => r.Code == "201").Values["amount"]);   // "1、一般公共服务支出"
        Assert.Equal(1, d.Table(TableKinds.Summary)!.Number);
    }

    [SkippableFact]
    public void Xian_carryover_list_without_a_total_is_read_under_its_full_caption()
    {
        // "表11-财拨结转支出表" over the page and the caption "2019年部门综合预算财政拨款结转资金支出表" under it are one table;
        // its rows list projects (unit | project | amount | 功能/政府经济 codes) with no 合计 and a footnote ruled in.
        var d = Read("budget-2019-c020-emergency-159888.pdf");
        var carry = Assert.Single(d.Tables, t => t.Number == 11);
        Assert.Equal(TableKinds.Carryover, carry.Kind);
        Assert.Equal([("2150510", "拨付2017年度省级工业转型升级资金", "50299", 9.00m), ("2150605", "省级安全生产专项", "50299", 2.61m)],
            carry.Rows!.Select(r => (r.Code!, r.Project!, r.GovEconomicCode!, r.Values["total"])));
        Assert.Empty(carry.Totals!);
        Assert.DoesNotContain(d.Notes, n => n.Rule is "YS0903" or "YS0907");
        var later = Read("budget-2020-c020-hr-social-security-225b0d.pdf").Tables.Single(t => t.Kind == TableKinds.Carryover);
        Assert.Equal(5, later.Rows!.Count);
        Assert.Equal(("西安市职业介绍服务中心", "2019年就业工作经费", 26.38m), (later.Rows[2].Unit, later.Rows[2].Project, later.Rows[2].Values["total"]));
    }

    [SkippableFact]
    public void Xian_final_accounts_read_row_numbers_apart_and_parts_printed_side_by_side()
    {
        var d = Read("final-2022-c020-health-d504cb.pdf");
        Assert.Equal("final", d.Kind);
        // 收入支出决算总表 prints 项目 | 行次 | 决算数 on each side: the 行次 (1, 2 … 60) are not amounts.
        var summary = d.Table(TableKinds.FinalSummary)!;
        Assert.Equal(2480372.70m, summary.IncomeTotal);
        Assert.Equal(296030.91m, summary.Income!.Single(r => r.Item == "general_budget").Values["amount"]);
        Assert.Equal(465278.48m, summary.Income!.Single(r => r.Item == "prior_carryover").Values["amount"]);
        Assert.Equal(1474833.23m, summary.Expense!.Single(r => r.Code == "210").Values["amount"]);
        Assert.Equal(["amount"], summary.Columns);
        Assert.Equal(864177.93m, d.Table(TableKinds.FinalFiscalSummary)!.IncomeTotal);
        // 基本支出决算表: 科目代码 | 科目名称 | 决算数 three times across, over two pages; 人员经费合计 under the first part,
        // 公用经费合计 under the last (it adds up 302 of the middle part and 310 of the last).
        var basic = d.Table(TableKinds.FinalBasicExpense)!;
        Assert.Equal((96513.21m, 2093.08m), (basic.Totals!["personnel"], basic.Totals["public"]));
        Assert.Equal(92835.98m, Row(basic, "301").Values["amount"]);
        Assert.Equal(174.71m, Row(basic, "30399").Values["amount"]);     // left part, second page
        Assert.Equal(2085.91m, Row(basic, "302").Values["amount"]);
        Assert.Equal(62.37m, Row(basic, "30299").Values["amount"]);      // middle part, second page
        Assert.Equal((7.17m, "办公设备购置"), (Row(basic, "31002").Values["amount"], Row(basic, "31002").Name));
        Assert.Equal("对民间非营利组织和群众性自治组织补贴", Row(basic, "39908").Name);
        Assert.Equal(["301", "30101"], basic.Rows!.Take(2).Select(r => r.Code));
        Assert.DoesNotContain(d.Notes, n => n.Rule is "YS0903" or "YS0907");
    }

    [SkippableFact]
    public void Quanzhou_heading_and_caption_are_one_title()
    {
        var d = Read("budget-2026-c021-civil-affairs-2f9ff5.pdf");
        Assert.Equal("泉州市人民政府办公室", d.Entity);
        Assert.Equal(10, d.Tables.Count);
        Assert.Equal(15184.81m, d.Table(TableKinds.Summary)!.IncomeTotal);
        Assert.Equal(261.90m, d.Table(TableKinds.ThreePublic)!.Rows!.Single(r => r.Item == "vehicle_purchase").Values["total"]);
    }

    [SkippableFact]
    public void Yantai_title_repeated_on_each_page_is_one_table()
    {
        var d = Read("budget-2026-c025-petitions-18e040.pdf");
        var income = Assert.Single(d.Tables, t => t.Kind == TableKinds.Income);
        Assert.Equal(507.97m, Row(income, "2014001").Values["total"]);     // page 7, 类/款/项 printed one level per row
        Assert.Equal(87.86m, Row(income, "2210201").Values["total"]);      // page 8, under the repeated title
        Assert.Equal(1717.85m, income.Totals!["total"]);
        var three = d.Table(TableKinds.ThreePublic)!;                       // printed across, 2025 and 2026 side by side
        Assert.Equal((17.00m, 22.00m), (three.Rows!.Single(r => r.Item == "total").Values["total"], three.Rows!.Single(r => r.Item == "total").Values["prior"]));
    }

    [SkippableFact]
    public void Yantai_a_numbered_table_ends_where_the_next_number_begins()
    {
        // 公开表10 基本支出预算情况表 runs over three pages, each with its title again; 公开表11 项目支出预算情况表 follows.
        var d = Read("budget-2026-c025-hr-social-security-2b7c02.pdf");
        Assert.Equal(8882.89m, Assert.Single(d.Tables, t => t.Number == 10).Totals!["total"]);
        var project = Assert.Single(d.Tables, t => t.Number == 11);
        Assert.Equal((TableKinds.ProjectExpense, 182511.90m), (project.Kind, project.Totals!["total"]));
    }

    [SkippableFact]
    public void Chongqing_totals_on_top_and_figures_printed_flush_across_rules()
    {
        var d = Read("budget-2026-c004-commerce-0d1282.pdf");
        Assert.Equal("重庆市商务委员会", d.Entity);
        var summary = d.Table(TableKinds.Summary)!;
        Assert.Equal((174900.64m, 174900.64m), (summary.IncomeTotal, summary.ExpenseTotals!["amount"]));
        var income = d.Table(TableKinds.Income)!;
        Assert.Equal((174900.64m, 101833.84m, 41534.73m), (income.Totals!["total"], income.Totals["general_budget"], income.Totals["gov_fund"]));
        // No 第X部分: the numbered text before the tables ("一 、 单位基本情况", "二 、 部门收支总体情况") is the explanation.
        Assert.Equal("whole", d.Part);
        Assert.Contains(d.Sections, s => s.Title == "部门收支总体情况");
        Assert.Contains(d.Sections.SelectMany(s => s.Subsections).SelectMany(s => s.Claims), c => c.Amount == 174900.64m);
    }

    [SkippableFact]
    public void A_performance_target_file_published_apart_reads_as_that_part()
    {
        // Key–value form: 部门名称 | 广州市生态环境局, 财政拨款 | 92,008.68, then 一级/二级/三级指标 rows over two pages.
        var d = Read("budget-2026-c005-ecology-environment-4273ff.pdf");
        Assert.Equal(("performance", "广州市生态环境局"), (d.Part, d.Entity));
        var overall = Assert.Single(d.Performance);
        Assert.Equal(("overall", "广州市生态环境局", 92008.68m, 1577.77m), (overall.Kind, overall.Owner, overall.Fiscal, overall.Other));
        Assert.Contains(overall.Indicators, i => i.Level3 == "柴油车用油品抽检数量" && i.Value == "200个");
        // The funding block's other lines keep their printed labels: 基本支出 58,118.59, 市本级使用资金 85,943.78 ….
        Assert.Equal((58118.59m, 27825.19m, 85943.78m), (overall.Funds!["基本支出"], overall.Funds["项目支出"], overall.Funds["市本级使用资金"]));
        // List form: one project per row with its amounts and goal.
        var list = Read("budget-2026-c005-ecology-environment-716802.pdf");
        Assert.Equal("performance", list.Part);
        var project = list.Performance.First(p => p.Project == "广州市镇（街）园区环保监督检查员经费（越秀区）");
        Assert.Equal((238.00m, 238.00m), (project.Amount, project.Fiscal));
        Assert.StartsWith("通过开展广州市建立镇（街）园区环境保护监", project.Goal);
    }

    [SkippableFact]
    public void Xian_project_targets_read_their_indicators_across_pages_with_the_groups_the_numbering_shows()
    {
        // 专项业务经费绩效目标表: 项目名称/主管部门/资金 rows, 总体目标, then 一级指标 | 二级指标 | 指标内容 | 指标值, continued on
        // the next page without its header; 二级 labels sit mid-group, 一级 is printed vertically; 指标1 starts each group.
        var d = Read("budget-2022-c020-commerce-41cd3d.pdf");
        var first = d.Performance.First(p => p.Project == "委托咨询业务");
        Assert.Equal((90.00m, "西安市商务局"), (first.Fiscal, first.Owner));
        Assert.StartsWith("目标1：通过开展第三方审计验收", first.Goal);
        Assert.Equal(40, first.Indicators.Count);
        Assert.Contains(first.Indicators, i => (i.Level1, i.Level2, i.Level3, i.Value) == ("产出指标", "数量指标", "指标1：评审次数", "45次"));
        Assert.Contains(first.Indicators, i => (i.Level1, i.Level2, i.Level3, i.Value) == ("产出指标", "成本指标", "指标1：评审、审计费用", "61.5万元"));
        Assert.Contains(first.Indicators, i => (i.Level1, i.Level2, i.Value) == ("效益指标", "可持续影响指标", "逐步提高"));
        // 部门整体支出绩效目标表: its 年度主要任务 with their amounts, and 金额合计 as the table's amounts.
        var overall = d.Performance.First(p => p.Kind == "overall");
        Assert.Equal(("西安市商务局", 58124.29m, 57398.06m, 726.23m), (overall.Owner, overall.Amount, overall.Fiscal, overall.Other));
        Assert.Equal(15, overall.Tasks!.Count);
        Assert.Equal(("基本履职", 4803.23m), (overall.Tasks[0].Name, overall.Tasks[0].Amount!.Value));
        Assert.Equal(overall.Amount, overall.Tasks.Sum(t => t.Amount));
    }

    [SkippableFact]
    public void Xian_project_funding_labelled_for_the_whole_period_with_its_unit_after_the_figure_is_read()
    {
        // 资金金额（万元） | 实施期资金总额： | 337770.89万元, then 其中：财政拨款 | 337700.89万元: the label names the period,
        // the figure repeats the unit. Indicator values that are one figure are read as one (target).
        var d = Read("budget-2022-c020-planning-resources-1c37dc.pdf");
        var first = d.Performance.First(p => p.Project == "其他履职尽责专项业务费");
        Assert.Equal((337770.89m, 337700.89m), (first.Amount, first.Fiscal));
        Assert.Equal(new IndicatorMeasure(null, 11485.01m, "万元"), first.Indicators.Single(i => i.Level3 == "指标4：2021年度项目尾款").Target);
        Assert.Equal(new IndicatorMeasure("≥", 95m, "%"), first.Indicators.Single(i => i.Value == "≥95%").Target);
        Assert.Equal(new IndicatorMeasure("<", 0.9m, "‰"), first.Indicators.Single(i => i.Value == "低于0.9‰").Target);
        Assert.All(first.Indicators.Where(i => i.Value is "1-12月" or "全年" or "长期"), i => Assert.Null(i.Target));
    }

    [SkippableFact]
    public void Quanzhou_project_targets_in_the_explanation_are_named_by_their_titles()
    {
        // "市行政中心钢结构修缮项目绩效目标表" over a grid of 资金总额：| 121.60, 财政拨款：…, 项目实施期目标, then
        // 一级/二级/三级指标 | 目标值: the title names the project, the labels end in a colon.
        var d = Read("budget-2026-c021-civil-affairs-2f9ff5.pdf");
        var repair = d.Performance.Single(p => p.Project == "市行政中心钢结构修缮项目");
        Assert.Equal((121.60m, 121.60m), (repair.Amount, repair.Fiscal));
        Assert.StartsWith("对市行政中心钢结构建筑", repair.Goal);
        Assert.Contains(repair.Indicators, i => (i.Level1, i.Level2, i.Level3, i.Value) == ("成本指标", "经济成本指标", "预算执行率", "≥90%"));
        Assert.Equal(8, d.Performance.Count(p => p.Kind == "project"));
    }

    [SkippableFact]
    public void Final_accounts_self_evaluations_read_budget_execution_and_scores()
    {
        // 项目绩效自评表: 年初预算数 | 全年预算数（A） | 全年执行数（B） over 年度资金总额, then indicators with 年度指标值, 实际完成值,
        // 分值, 得分; the 部门整体支出绩效自评表 lists its tasks under 全年预算数 and 全年执行数 (总额/财政拨款/其他资金 each).
        var d = Read("final-2022-c020-health-d504cb.pdf");
        var guard = d.Performance.Single(p => p.Project == "安保服务项目");
        Assert.Equal((396m, 396m, 378.27m), (guard.InitialBudget!.Value, guard.Budget!.Value, guard.Executed!.Value));
        Assert.Contains(guard.Indicators, i => (i.Level3, i.Value, i.Actual, i.Weight, i.Score) == ("组织安全隐患排查", "20次", "30次", 10m, 10m));
        var overall = d.Performance.First(p => p.Kind == "overall");
        var school = overall.Tasks!.Single(t => t.Name == "学前教育");
        Assert.Equal((1292.55m, 1182.59m, 109.96m), (school.Amount!.Value, school.Fiscal!.Value, school.Other!.Value));
        Assert.Equal((1263.33m, 80.74m, "基本任务完成"), (school.Executed!.Value, school.ExecutedOther!.Value, school.Status));
    }

    [SkippableFact]
    public void Final_accounts_items_state_their_initial_budget_final_figure_and_completion_in_one_claim()
    {
        // "2.教育支出（类）普通教育（款）学前教育（项）。年初预算9 9 9 . 8 3万元，支出决算1 , 1 8 2 . 5 9万元，完成年初预算的118.28%":
        // the item names itself in a sentence of its own, and justified print sets each digit apart by a fraction of a character.
        var d = Read("final-2022-c020-health-d504cb.pdf");
        var items = d.Sections.Single(s => s.Number == 5).Claims;
        var school = items.Single(c => c.Code == "2050201");
        Assert.Equal((1182.59m, 999.83m, 118.28m), (school.Amount!.Value, school.InitialBudget!.Value, school.Completion!.Value));
        Assert.Equal((56m, 0m), (items.Single(c => c.Code == "2010405").Amount!.Value, items.Single(c => c.Code == "2010405").InitialBudget!.Value));
        Assert.True(items.Count(c => c.Code is not null && c.InitialBudget is not null) >= 30);
        // "财政拨款安排公务接待费预算1.86万元，支出决算0.11万元，完成预算的5.91%，决算数较预算数减少1.75万元": the 三公 part, and
        // the comparison with the budget is not a change against last year.
        var three = d.Sections.Single(s => s.Number == 9).Subsections[0].Claims;
        var reception = three.Single(c => c.Item == "reception");
        Assert.Equal((0.11m, 1.86m, 5.91m), (reception.Amount!.Value, reception.InitialBudget!.Value, reception.Completion!.Value));
        Assert.DoesNotContain(three, c => c.Change == 1.75m);
    }

    [SkippableFact]
    public void Meeting_and_training_lines_are_claims_of_the_three_public_table_but_a_projects_training_is_not()
    {
        // Wuxi: "一般公共预算拨款安排的会议费预算支出 1.30 万元" is the 三公 table's 会议费 line (1.30 there too).
        var wuxi = Read("budget-2026-c014-emergency-4b2b43.pdf");
        var claims = wuxi.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).ToList();
        Assert.Equal(1.30m, claims.Single(c => c.Item == "meeting").Amount);
        Assert.Equal(8.98m, claims.Single(c => c.Item == "training").Amount);
        // Xi'an: "因此今年预算培训费用 1.20 万元" is one project's training, not the department's 培训费 line (21.385).
        var xian = Read("budget-2022-c020-commerce-41cd3d.pdf");
        Assert.DoesNotContain(xian.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))), c => c.Item == "training" && c.Amount == 1.20m);
    }

    [SkippableFact]
    public void The_overview_is_read_from_pdfs_without_a_part_of_its_own()
    {
        // Shanghai: "上海市戒毒康复中心主要职能" with "主要职能包括：" 1. … 8., then "…机构设置" "设立9个内设机构，包括…".
        var shanghai = Read("budget-2026-c001-justice-369801.pdf").Overview!;
        Assert.Equal(8, shanghai.Functions.Count);
        Assert.StartsWith("贯彻执行戒毒康复工作有关法律法规", shanghai.Functions[0]);
        Assert.Equal(["政治处", "审计室", "戒毒管理科", "康复指导科", "综合科", "康复区（2个）", "戒毒研究中心（诊断评估中心）", "保健站"], shanghai.Divisions);
        // Beijing: 一、部门情况说明 （一）本部门职责情况 "主要职责是：" 1. … 16., up to （二）机构设置情况.
        var beijing = Read("budget-2026-c002-civil-affairs-280c5f.pdf").Overview!;
        Assert.Equal(16, beijing.Functions.Count);
        Assert.Equal("完成市委、市政府交办的其他任务。", beijing.Functions[^1]);
        // Wuxi: "主要职责：" then 1. … 5.; the 工作任务 numbered alike after "二、…" are no functions.
        var wuxi = Read("budget-2026-c014-urban-management-6925d6.pdf").Overview!;
        Assert.Equal(5, wuxi.Functions.Count);
        Assert.StartsWith("拟订并执行市安全生产、防灾减灾救灾、应急救援等综合行政执法监督计划", wuxi.Functions[0]);
        // Yantai: "…具体包括：" then the units numbered one per paragraph.
        Assert.Equal(["烟台市科学技术局", "烟台市科技创新促进中心"], Read("budget-2026-c025-science-tech-107303.pdf").Overview!.Units);
    }

    [SkippableFact]
    public void Functions_numbered_in_chinese_and_the_units_listed_below_them_are_told_apart()
    {
        // Shanghai's streets: "主要职能包括：" 一、… 九、, then "…（部门）机构设置" and "具体包括：" 1. … 6. (the units, not functions).
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var wanli = DisclosureReader.Read(SharedFiles.Corpus("budget-2024-putuo-wanli.pdf")).Overview;
        Assert.Equal(9, wanli.Functions.Count);
        Assert.StartsWith("加强党的建设。", wanli.Functions[0]);
        Assert.StartsWith("承办区委、区政府交办的其他事项", wanli.Functions[^1]);
        Assert.Equal(6, wanli.Units.Count);
        Assert.Equal("上海市普陀区人民政府万里街道办事处（本部）", wanli.Units[0]);
    }
}
