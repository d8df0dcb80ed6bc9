using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Wild;

/// <summary>Real publications from ../shared/corpus/wild: a real error is caught with its arithmetic, and layouts that
/// used to raise false findings (income listed by unit, hierarchies printed without codes, regional forms of a
/// required table) raise none. The errors named here were checked by hand on the printed pages.</summary>
public sealed class WildAuditTests
{
    private static AuditReport Audit(string name)
    {
        var path = SharedFiles.Wild(name);
        return new Auditor().Audit(DisclosureReader.Read(path), path);
    }

    [SkippableFact]
    public void Suzhou_planning_class_222_printed_in_the_general_budget_table_only_is_caught()
    {
        // 一般公共预算支出表 lists 222 粮油物资储备支出 388.25 that neither its 合计 nor the 支出总表 contains.
        var report = Audit("budget-2026-c006-planning-resources-279230.pdf");
        var total = Assert.Single(report.Findings, f => f.Rule == "YS0201" && f.Location.Column == "total");
        Assert.Equal(("9078.52", "9466.77"), (total.Expected, total.Actual));
        Assert.NotNull(total.Location.Page);   // a finding on the 合计 row carries the table's page
        Assert.Contains(report.Findings, f => f.Rule == "YS0306" && f.Location.Row == "222");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0101");   // 表7 printed by economic class
    }

    [SkippableFact]
    public void Xian_2022_housing_bracketed_rate_and_procurement_total_are_caught()
    {
        // "“三公”经费预算支出 80.77 万元，较上年增加 74.97 万元（92.82%）": 74.97 ÷ 80.77, where last year's 5.80 is the base.
        // The other bracketed rates of the paragraph (0.5%, 75.65%, 0.06%) fit their changes.
        var report = Audit("budget-2022-c020-housing-1bb348.pdf");
        var yoy = Assert.Single(report.Findings, f => f.Rule == "YS0503");
        Assert.Equal(("6", "1292.59", "92.82"), (yoy.Location.Section, yoy.Expected, yoy.Actual));
        Assert.Contains("本年数 80.77", yoy.Message);
        // 政府采购预算共 8704.4 万元 (货物 448.08 + 服务 7184.99 + 工程 1071.33), "详见…政府采购表", whose 合计 is 87,323,949.20 元.
        var procurement = Assert.Single(report.Findings, f => f.Rule == "YS0401" && f.Location.Section == "8");
        Assert.Equal(("8732.39", "8704.4"), (procurement.Expected, procurement.Actual));
        var claims = DisclosureReader.Read(SharedFiles.Wild("budget-2022-c020-housing-1bb348.pdf")).Sections.Single(s => s.Number == 6).Claims;
        Assert.Equal([92.82m, 0.5m, 75.65m, 0.06m], claims.Where(c => c.ChangePct is not null).Select(c => c.ChangePct!.Value));
    }

    [SkippableFact]
    public void Xian_final_self_evaluations_are_held_to_their_own_arithmetic()
    {
        // 绩效自评表: 年度资金总额 | 1268.6 | 1185.36 | 965.77 | 10 | 81.47% | 8.15, indicators' 分值/得分, 总分 100 | 93.65.
        const string name = "final-2022-c020-health-d504cb.pdf";
        var blood = DisclosureReader.Read(SharedFiles.Wild(name)).Performance.First(p => p.Project == "采供血业务经费（非政府采购部分）项目");
        Assert.Equal((10m, 81.47m, 8.15m, 100m, 93.65m), (blood.ExecutionWeight, blood.ExecutionRate, blood.ExecutionScore, blood.TotalWeight, blood.TotalScore));
        Assert.Equal(blood.TotalScore, blood.Indicators.Sum(i => i.Score) + blood.ExecutionScore);
        var report = Audit(name);
        var self = report.Findings.Where(f => f.Rule == "YS0420").ToList();
        // 701.17 ÷ 840 is 83.47%, printed 83.50%; ten tables print 执行率 "1000%" for 400 ÷ 400 and the like.
        Assert.Contains(self, f => (f.Expected, f.Actual) == ("83.47", "83.50") && f.Message.Contains("医疗耗材和试剂项目"));
        Assert.Equal(10, self.Count(f => f.Actual == "1000"));
        // Full marks for 预算执行率 at 73% is worth a warning, not an error: regions score it in bands too.
        var score = Assert.Single(report.Findings, f => f.Rule == "YS0421" && f.Message.Contains("移动式C型臂X光机购置"));
        Assert.Equal((Severity.Warning, "7", "10"), (score.Severity, score.Expected, score.Actual));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0420" or "YS0421" && f.Message.Contains("采供血业务经费（非政府采购部分）"));
        // 部门整体支出绩效自评表: 预算执行率 scored task by task (分值 0.58 …), 金额合计 10 at 83.16%, 总分 99.5 = 89.5 + 10.
        var overall = DisclosureReader.Read(SharedFiles.Wild(name)).Performance.Single(p => p.Kind == "overall");
        Assert.Equal(("学前教育", 0.58m, 97.74m, 0.58m), (overall.Tasks![1].Name, overall.Tasks[1].Weight, overall.Tasks[1].Rate, overall.Tasks[1].Score));
        Assert.Equal((10m, 83.16m, 10m, 99.5m), (overall.ExecutionWeight, overall.ExecutionRate, overall.ExecutionScore, overall.TotalScore));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0420" or "YS0421" && f.Message.Contains("整体绩效自评表"));
    }

    [SkippableFact]
    public void Yantai_fiscal_summary_printed_without_figures_is_one_error_not_one_per_class()
    {
        // 财政拨款收支总体情况表 (表4) prints its rows without a single figure: its total against the 收支总表 is the error;
        // comparing each 类 of the 收入 and 一般公共预算支出 tables with its empty rows would only repeat it.
        var report = Audit("budget-2026-c025-petitions-18e040.pdf");
        Assert.Single(report.Findings, f => f.Rule == "YS0304");
        Assert.Contains(report.Findings, f => f.Rule == "YS0104" && f.Message.Contains("财政拨款收支总体情况表"));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0305" or "YS0313");
    }

    [SkippableFact]
    public void Chongqing_procurement_paid_by_one_source_is_not_held_to_the_table_of_every_source()
    {
        // "一般公共预算拨款政府采购 5499.84 万元" beside 表9 政府采购预算明细表 合计 6546.82 (every source): a part, not the total.
        var report = Audit("budget-2026-c004-commerce-0d1282.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0401" && f.Message.Contains("政府采购"));
    }

    [SkippableFact]
    public void Yantai_sources_printed_below_the_current_income_line_are_lines_of_the_grand_total()
    {
        // 公开表1 prints 上级补助收入 173.00 and 附属单位上缴收入 below 本年收入合计 191,221.79, as lines of 收入总计 191,394.79.
        var report = Audit("budget-2026-c025-hr-social-security-2b7c02.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0204" or "YS0205" && f.Severity != Severity.Info);
        var summary = DisclosureReader.Read(SharedFiles.Wild("budget-2026-c025-hr-social-security-2b7c02.pdf")).Table("summary")!;
        var items = summary.Income!.Select(r => r.Item).ToList();
        Assert.True(items.IndexOf("superior_subsidy") > items.IndexOf("current_income"));
    }

    [SkippableFact]
    public void Xian_targets_that_keep_ten_points_for_the_execution_rate_are_weighted_by_their_own_scheme()
    {
        // Every 项目支出绩效目标表 prints "执行率分值（10分）" and "分值权重（90分）": its indicators hold 90, not 100.
        var report = Audit("budget-2026-c020-civil-affairs-04febc.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0409");
        var model = DisclosureReader.Read(SharedFiles.Wild("budget-2026-c020-civil-affairs-04febc.pdf"));
        Assert.True(model.Performance.Count(p => p.Indicators.Count > 0 && p.Indicators.Sum(i => i.Weight) == 90) >= 5);
    }

    [SkippableFact]
    public void Jiangsu_2019_tables_of_another_set_are_not_held_to_the_xinjiang_2022_list()
    {
        // 12 tables with 财政拨款支出预算表, 机关运行经费 and 政府采购 and no 项目支出表: not the Xinjiang 2022 set.
        var report = Audit("budget-2019-jiangsu-61e911.pdf");
        Assert.Equal("national", report.Template);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0101");
    }

    [SkippableFact]
    public void Xian_procurement_groups_stacked_over_items_and_three_public_by_unit_raise_nothing_false()
    {
        // 政府采购 lists per 功能 code a 全额/差额 row, then the unit, both equal to the items below them: the nesting
        // is found by the arithmetic. The 三公 table by unit × year adds up for every unit.
        var report = Audit("budget-2022-c020-commerce-41cd3d.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0201" or "YS0206" or "YS0401" or "YS0102");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        // 表9 (政府性基金) and 表11 (结转) are printed with a header and no figure and no note under them, but the text says
        // "本部门无当年政府性基金预算收支，并已公开空表" and "本部门无 2021 年结转的…": nothing is left unexplained.
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0104");
    }

    [SkippableFact]
    public void Guangzhou_income_by_unit_and_a_bare_note_raise_nothing_false()
    {
        var report = Audit("budget-2026-c005-statistics-71a122.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0302" or "YS0313" or "YS0314" or "YS0108" or "YS0101" or "YS0304" or "YS0305");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Shanghai_unit_with_one_car_and_no_purchase_raises_no_vehicle_finding()
    {
        // "共有车辆1辆" is the holding; "2026年单位预算安排购置车辆0辆" a purchase; its 3.20 万元 运行费 is for that car.
        var report = Audit("budget-2026-c001-culture-tourism-34b93d.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0405");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Yantai_project_table_of_every_source_is_compared_in_its_general_budget_column()
    {
        // 项目支出预算情况表 lists projects by unit (no 功能分类 codes) with 财政拨款/一般公共预算/单位资金 columns.
        var report = Audit("budget-2026-c025-planning-resources-14bd9b.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0308");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Guangzhou_state_capital_funds_explain_the_gap_and_units_nest_in_table_11()
    {
        // 收支总体情况表 prints 一、预算拨款 119257.52 as one line; 国有资本经营预算 108154.00 is in the 财政拨款收支总体情况表.
        // 表11 lists units (names that do not look like units) over their 类 rows.
        var report = Audit("budget-2026-c005-sasac-1ab28b.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0315" or "YS0201");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Xian_special_expense_nested_units_and_projects_add_up()
    {
        var report = Audit("budget-2022-c020-commerce-41cd3d.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0201" && f.Location.Table == TableKinds.SpecialExpense);
    }

    [SkippableFact]
    public void Xian_carryover_list_without_a_total_is_audited_by_the_sum_of_its_projects()
    {
        // 财政拨款结转资金支出表 prints no 合计: its projects add up to the 收支总表's 上年结转 (9.00 + 2.61 = 11.61;
        // 7.70 + 47.51 + 26.38 + 3.82 + 5.16 = 90.57), so the table is audited, not skipped, and agrees.
        foreach (var (name, sum) in new[] { ("budget-2019-c020-emergency-159888.pdf", 11.61m), ("budget-2020-c020-hr-social-security-225b0d.pdf", 90.57m) })
        {
            var carry = DisclosureReader.Read(SharedFiles.Wild(name)).Table(TableKinds.Carryover);
            Assert.Equal(sum, DocumentView.TotalOrSum(carry, "total"));
            var report = Audit(name);
            Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0903" or "YS0907" or "YS0310");
        }
    }

    [SkippableFact]
    public void Xian_prior_balances_carried_forward_in_the_summary_but_spent_in_the_expense_table_are_caught()
    {
        // 收支总表: 收入总计 3695.91 = 本年收入 3643.37 + 上年实户资金余额 40.93 + 上年结转 11.61; its expense side carries
        // 52.54 (= 40.93 + 11.61) into next year (结转下年), yet the 支出总表 spends 3695.91. 上年实户资金余额 is an item of
        // its own, so the funds beside 一般公共预算 are known (40.93 + 11.61 − 52.54 = 0) and the 52.54 is the gap.
        var report = Audit("budget-2019-c020-emergency-159888.pdf");
        var spent = Assert.Single(report.Findings, f => f.Rule == "YS0301");
        Assert.Equal(("3643.37", "3695.91"), (spent.Expected, spent.Actual));
        var funds = Assert.Single(report.Findings, f => f.Rule == "YS0315");
        Assert.Contains("上年实户资金余额", funds.Message);
        Assert.Equal(("52.54", "0.00"), (funds.Expected, funds.Actual));
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0310");   // 9.00 + 2.61 = 11.61 财政拨款结转
    }

    [SkippableFact]
    public void A_lone_part_says_what_it_lacks_and_its_comparison_base_is_not_a_claim()
    {
        // "收入预算 71094.17 万元，比 2025 年年初预算数 69043.50 万元增加 2050.67 万元，增长 2.97%" is consistent.
        var report = Audit("budget-2026-c002-civil-affairs-280c5f.pdf");
        var part = Assert.Single(report.Findings, f => f.Rule == "YS0109");
        Assert.Contains("本文件只含情况说明，报表不在本文件中", part.Message);
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        var performance = Audit("budget-2026-c005-ecology-environment-4273ff.pdf");
        Assert.Contains(performance.Findings, f => f.Rule == "YS0109" && f.Message.Contains("本文件只含绩效目标表"));
    }

    [SkippableFact]
    public void Beijing_carryovers_are_compared_where_the_money_goes()
    {
        // 上年结转结余 is split only in the 收入总表: its 一般公共预算 part is in the 财政拨款收支总表 and the 一般公共预算支出表
        // (gov-office 8.754697, veterans 3850.930277); 政府性基金 only as carryover still has its 表7 (meteorology); the
        // 年终结转结余 is not spent (culture-tourism 3537.893228).
        foreach (var name in new[] { "budget-2026-c002-gov-office-002db9.pdf", "budget-2026-c002-veterans-2f257e.pdf",
                     "budget-2026-c002-meteorology-309f72.pdf", "budget-2026-c002-culture-tourism-19b313.pdf" })
            Assert.DoesNotContain(Audit(name).Findings, f => f.Rule is "YS0304" or "YS0315" or "YS0311" or "YS0301" or "YS0203");
        Assert.DoesNotContain(Audit("budget-2026-c002-meteorology-309f72.pdf").Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(Audit("budget-2026-c002-culture-tourism-19b313.pdf").Findings, f => f.Severity == Severity.Error);
        // Real: veterans' 支出总表 and 一般公共预算支出表 print rows adding to 24029.84 and 23775.28 under totals of
        // 1063371.78 and 820087.41 (208 社会保障和就业支出 1056900.11 in the 收支总表, 17558.17 in the rows).
        var veterans = Audit("budget-2026-c002-veterans-2f257e.pdf");
        var total = Assert.Single(veterans.Findings, f => f.Rule == "YS0201" && f.Location.Number == 3 && f.Location.Column == "total");
        Assert.Equal(("1063371.776545", "24029.836990"), (total.Expected, total.Actual));
        Assert.Contains(veterans.Findings, f => f.Rule == "YS0302" && f.Location.Row == "208");
    }

    [SkippableFact]
    public void Beijing_water_income_continued_by_columns_adds_up_and_the_rows_its_expense_table_lacks_are_caught()
    {
        var report = Audit("budget-2026-c002-water-19894b.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error && f.Location.Number == 2);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0303");
        // Real: the 支出总表's printed rows add to 1019793.65 under a 合计 of 1024807.17, all 5013.52 of it under 213
        // (收支总表 572292.24, rows 567278.72); every figure pdftotext finds on its pages is read. 表5 alone (一般公共预算)
        // prints more than 表3's rows for 2130306 (170154.47 > 169918.59) and 2130314 防汛 (6225.03 > 6018.02).
        var total = Assert.Single(report.Findings, f => f.Rule == "YS0201" && f.Location.Number == 3 && f.Location.Column == "total");
        Assert.Equal(("1024807.171785", "1019793.653031"), (total.Expected, total.Actual));
        Assert.Contains(report.Findings, f => f.Rule == "YS0302" && f.Location.Row == "213");
        Assert.Contains(report.Findings, f => f.Rule == "YS0306" && f.Location.Row == "2130314");
    }

    [SkippableFact]
    public void Jiangsu_rows_above_the_rules_and_a_third_use_numbered_as_the_others_raise_nothing_false()
    {
        // The first row of each continued table printed above the next page's first rule (四、公共安全支出 23513.11,
        // 2210201 1029.15, 30206 235.00, 30229 110.00) is read; 三、单位预留机动经费 182.92 is a use beside 一、基本支出 and
        // 二、项目支出 (17123.19 + 11543.27 + 182.92 = 28849.38).
        foreach (var name in new[] { "budget-2017-jiangsu-029f9d.pdf", "budget-2017-jiangsu-3f400f.pdf", "budget-2019-jiangsu-61e911.pdf" })
        {
            var report = Audit(name);
            Assert.DoesNotContain(report.Findings, f => f.Rule is "YS0201" or "YS0202" && f.Location.Table != TableKinds.Procurement);
        }
    }

    [SkippableFact]
    public void Xian_blank_group_line_and_short_class_names_raise_nothing_false()
    {
        // 收支总表 prints "1、财政拨款" without a figure over (1)(2)(3): no amount to hold to its parts, which stand for it in
        // 本年收入合计 (181716.56 + 350 = 182066.56). 类 printed without 支出 (2、外交, 3、国防, 5、教育 3873.12) are 类.
        var report = Audit("budget-2020-c020-hr-social-security-225b0d.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0204");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "YS0201" && f.Location.Number is 1 or 4 && f.Expected is "182066.56" or "181716.56");
        // Real: 上年结转 90.57 is in 收入总计 182157.13 but 支出总计 182157.13 prints 本年支出合计 182066.56 and 结转下年 0, and
        // the units' 合计 in 表2/表3 leave their 上年结转 out (西安市人力资源和社会保障局 24417.66 with 60.37 beside it).
        var expense = Assert.Single(report.Findings, f => f.Rule == "YS0201" && f.Location.Number == 1);
        Assert.Equal(("182157.13", "182066.56"), (expense.Expected, expense.Actual));
        Assert.Equal(3, report.Findings.Count(f => f.Rule == "YS0203"));
    }

    [SkippableFact]
    public void The_two_files_of_a_split_publication_are_read_and_audited_as_one()
    {
        var tables = SharedFiles.Wild("budget-2026-c002-gov-office-002db9.pdf");
        var explanation = SharedFiles.Wild("budget-2026-c002-gov-office-c287ab.pdf");
        var parse = Yusuan.Run("parse", tables, explanation, "--as-one");
        Assert.Equal(0, parse.Exit);
        using var model = System.Text.Json.JsonDocument.Parse(parse.Out);
        var root = model.RootElement;
        Assert.Equal("whole", root.GetProperty("part").GetString());
        Assert.Equal(11, root.GetProperty("tables").GetArrayLength());
        Assert.True(root.GetProperty("sections").GetArrayLength() >= 5);
        Assert.Equal(2, root.GetProperty("source").GetProperty("parts").GetArrayLength());
        // Audited together, the narrative is checked against the tables: no "part only" finding is left.
        var audit = Yusuan.Run("audit", tables, explanation, "--as-one");
        Assert.DoesNotContain("YS0109", audit.Out);
        Assert.Contains("YS0401", audit.Out);
        // Parts of different publications are refused, naming both files.
        var other = SharedFiles.Wild("budget-2026-c002-civil-affairs-280c5f.pdf");
        var refused = Yusuan.Run("parse", tables, other, "--as-one");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("不是同一份公开文件的几个部分", refused.Err);
        Assert.Contains("budget-2026-c002-civil-affairs-280c5f.pdf", refused.Err);
    }

    [SkippableFact]
    public void Audit_of_a_directory_pairs_the_parts_of_each_publication()
    {
        var files = new[] { "budget-2026-c002-gov-office-002db9.pdf", "budget-2026-c002-gov-office-c287ab.pdf", "budget-2026-c002-civil-affairs-280c5f.pdf" }
            .Select(SharedFiles.Wild).ToList();
        var dir = Directory.CreateTempSubdirectory("yusuan-pair-");
        try
        {
            foreach (var f in files) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            var r = Yusuan.Run("audit", dir.FullName);
            var summaries = r.Out.Split('\n').Where(l => l.Contains("个错误")).ToList();
            Assert.Equal(2, summaries.Count);   // the pair as one publication, the lone explanation of another unit
            Assert.Contains(summaries, l => l.Contains("002db9.pdf + ") && l.Contains("c287ab.pdf"));
            Assert.Contains(summaries, l => l.Contains("280c5f.pdf:") && l.Contains("北京市民政局"));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Rows_without_codes_nest_where_the_arithmetic_says_so()
    {
        static TableRow R(string name, decimal v) => new() { Name = name, Values = new Dictionary<string, decimal> { ["total"] = v } };
        // 全额 heads two units; the first unit heads a group that heads two projects whose amounts equal each other.
        var rows = new List<TableRow> { R("全额", 30.00m), R("单位一", 20.00m), R("通用项目", 20.00m), R("项目甲", 10.00m), R("项目乙", 10.00m), R("单位二", 10.00m), R("差额", 5.00m) };
        var top = NestedRows.Top(rows, Enumerable.Range(0, rows.Count).ToList(), "total", 35.00m);
        Assert.Equal([0, 6], top);
        // When no nesting makes the 合计, there is none to take.
        Assert.Null(NestedRows.Top(rows, Enumerable.Range(0, rows.Count).ToList(), "total", 36.00m));
    }

    [SkippableFact]
    public void Final_accounts_self_evaluation_whose_points_do_not_make_its_total_is_caught()
    {
        // 安保服务项目绩效自评表 prints 总分 100, 预算执行率 10 and indicators of 10 + 20 + 10 + 10 + 13 + 13 + 10 = 86 (效益指标
        // （30分） holds 26): the scheme of a self-evaluation gives its indicators 90.
        var report = Audit("final-2022-c020-health-d504cb.pdf");
        var weights = report.Findings.Where(f => f.Rule == "YS0409").ToList();
        Assert.Contains(weights, f => f.Message.Contains("安保服务项目") && f.Message.Contains("86"));
        Assert.DoesNotContain(weights, f => f.Message.Contains("病媒生物防制"));   // 12.5 × 4 + 15 + 15 + 10 = 90
    }

    [SkippableFact]
    public void Guangzhou_projects_by_unit_are_held_to_their_sources_row_by_row()
    {
        // 部门预算项目支出及其他支出预算表: each project's 合计 = 财政拨款（补助）小计 + 财政专户 + 其他, and the 小计 =
        // 一般公共预算 + 政府性基金 + 国有资本经营; a project row changed by a tenth no longer adds up.
        var file = SharedFiles.Wild("budget-2026-c005-water-35d0ca.pdf");
        var model = OpenYusuan.Reading.DisclosureReader.Read(file);
        Assert.DoesNotContain(new Auditor().Audit(model, file).Findings, f => f.Rule == "YS0203" && f.Location.Table == TableKinds.UnitProjectExpense);
        var projects = model.Tables.Single(t => t.Kind == TableKinds.UnitProjectExpense);
        var row = projects.Rows![2];   // 专项工作经费 5.00
        var changed = projects with { Rows = projects.Rows.Select(r => r == row ? r with { Values = r.Values.ToDictionary(x => x.Key, x => x.Key == "general_budget" ? 5.50m : x.Value) } : r).ToList() };
        var report = new Auditor().Audit(model with { Tables = model.Tables.Select(t => t == projects ? changed : t).ToList() }, file);
        Assert.Contains(report.Findings, f => f.Rule == "YS0203" && f.Severity == Severity.Error && f.Location.Table == TableKinds.UnitProjectExpense);
    }

    [SkippableFact]
    public void A_purchased_services_list_is_held_to_its_total()
    {
        // 财政拨款政府购买服务明细表: 228 services adding up to 14703.790177; one of them changed no longer does.
        var file = SharedFiles.Wild("budget-2026-c002-culture-tourism-19b313.pdf");
        var model = OpenYusuan.Reading.DisclosureReader.Read(file);
        var services = model.Tables.Single(t => t.Kind == TableKinds.PurchasedServices);
        Assert.Equal(228, services.Rows!.Count);
        Assert.DoesNotContain(new Auditor().Audit(model, file).Findings, f => f.Location.Table == TableKinds.PurchasedServices && f.Severity == Severity.Error);
        var changed = services with { Rows = services.Rows.Select((r, i) => i == 100 ? r with { Values = new Dictionary<string, decimal> { ["total"] = r.Values["total"] + 1m } } : r).ToList() };
        var report = new Auditor().Audit(model with { Tables = model.Tables.Select(t => t == services ? changed : t).ToList() }, file);
        Assert.Contains(report.Findings, f => f.Rule == "YS0201" && f.Location.Table == TableKinds.PurchasedServices);
    }

    [SkippableFact]
    public void Xian_three_public_change_column_is_this_year_less_last_year()
    {
        // 表13 公务接待费: 2021年 68300.00, 2022年 68000.00, 增减 -300.00. Printed 增减 changed to -200.00 is caught.
        var file = SharedFiles.Wild("budget-2022-c020-commerce-41cd3d.pdf");
        var model = OpenYusuan.Reading.DisclosureReader.Read(file);
        Assert.DoesNotContain(new Auditor().Audit(model, file).Findings, f => f.Rule == "YS0208");
        var three = model.Tables.Single(t => t.Kind == TableKinds.ThreePublic);
        var reception = three.Rows!.First(r => r.Item == "reception" && r.Unit is null);
        var changed = three with { Rows = three.Rows.Select(r => r == reception ? r with { Values = r.Values.ToDictionary(x => x.Key, x => x.Key == "change" ? -200.00m : x.Value) } : r).ToList() };
        var report = new Auditor().Audit(model with { Tables = model.Tables.Select(t => t == three ? changed : t).ToList() }, file);
        var finding = Assert.Single(report.Findings, f => f.Rule == "YS0208");
        Assert.Equal(("-200.00", "-300.00"), (finding.Expected, finding.Actual));
    }
}
