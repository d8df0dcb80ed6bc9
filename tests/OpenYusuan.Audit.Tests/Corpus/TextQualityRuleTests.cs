using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>Text-quality rules (YS0702–YS0710) and the document that gives the audit nothing (YS0110) on the
/// consistent example changed in one place: each change is caught at its section and line with the words quoted,
/// and the legitimate forms beside them (titles in quotes, 《法》, （一） headings, 持平, 2024-2025) raise nothing.</summary>
public sealed class TextQualityRuleTests() : TempFolder("text-quality")
{
    private static readonly string[] Ours =
        ["YS0110", "YS0702", "YS0703", "YS0704", "YS0705", "YS0706", "YS0707", "YS0708", "YS0709", "YS0710"];

    /// <summary>The example with <paramref name="from"/> (first found after the line <paramref name="heading"/>)
    /// replaced by <paramref name="to"/>; the findings of the new rules, and the file line of the change.</summary>
    private (List<Finding> Findings, int Line) AuditWith(string heading, string from, string to)
    {
        var (d, path, line) = ExampleVariant.Read(Dir, "\n" + heading, from, to);
        return (new Auditor().Audit(d, path).Findings.Where(f => Ours.Contains(f.Rule)).ToList(), line);
    }

    private static List<Finding> Audit(Disclosure d) => new Auditor().Audit(d, "x").Findings.Where(f => Ours.Contains(f.Rule)).ToList();

    private static void At(Finding f, string section, int line, int? subsection = null) =>
        Assert.Equal((section, subsection, (int?)line), (f.Location.Section, f.Location.Subsection, f.Location.Line));

    [Fact]
    public void The_consistent_example_raises_none_of_the_text_rules()
    {
        Assert.Empty(Audit(DisclosureReader.Read(SharedFiles.Example)));
    }

    // YS0702 — placeholders

    [Fact]
    public void An_XX_left_for_the_entity_is_an_error_at_its_line()
    {
        var (f, line) = AuditWith("### 一、", "示例市财政局 2025 年所有收入", "XX 局 2025 年所有收入");
        var p = Assert.Single(f);
        Assert.Equal(("YS0702", Severity.Error), (p.Rule, p.Severity));
        Assert.Contains("“XX”", p.Message);
        Assert.Contains("“按照全口径预算的原则，XX 局 2025 年所有收…”", p.Message);
        At(p, "1", line);
    }

    [Fact]
    public void A_year_with_a_digit_missing_is_a_placeholder()
    {
        var (f, line) = AuditWith("### 三、", "示例市财政局 2025 年支出预算 862.30", "示例市财政局 202 年度支出预算 862.30");
        var p = Assert.Single(f, x => x.Rule == "YS0702");
        Assert.Contains("“202”", p.Message);
        At(p, "3", line);
    }

    [Fact]
    public void Slots_named_for_what_goes_in_them_are_placeholders_counted_once_per_section()
    {
        var (f, line) = AuditWith("### 十一、", "示例市财政局 2025 年上年结转结余 66.20", "【单位名称】2025 年上年结转结余 66.20，依据（文件名称）和某某通知");
        var p = Assert.Single(f, x => x.Rule == "YS0702");
        Assert.Contains("“【单位名称】”", p.Message);
        Assert.Contains("本部分共 3 处", p.Message);
        At(p, "11", line);
    }

    [Fact]
    public void Document_numbers_in_brackets_acronyms_with_XX_and_a_year_range_are_not_placeholders()
    {
        var (f, _) = AuditWith("### 十一、", "示例市财政局 2025 年上年结转结余 66.20",
            "依据阿财预【2024】0001 号和 2024-2025 年度规划，采购 HXX-200 型设备，按 200 年一遇标准，示例市财政局 2025 年上年结转结余 66.20");
        Assert.DoesNotContain(f, x => x.Rule == "YS0702");
        Assert.Empty(f);
    }

    // YS0703 — doubled punctuation

    [Fact]
    public void A_doubled_full_stop_is_a_warning_quoting_the_sentence()
    {
        var (f, line) = AuditWith("### 二、", "主要原因是本年预计其他收入减少。", "主要原因是本年预计其他收入减少。。");
        var p = Assert.Single(f);
        Assert.Equal(("YS0703", Severity.Warning), (p.Rule, p.Severity));
        Assert.Contains("“。。”", p.Message);
        Assert.Contains("其他收入减少。。", p.Message);
        At(p, "2", line);
    }

    [Fact]
    public void A_comma_before_a_full_stop_is_doubled_punctuation()
    {
        var (f, line) = AuditWith("### 三、", "人员经费相应增加。", "人员经费相应增加，。");
        var p = Assert.Single(f, x => x.Rule == "YS0703");
        Assert.Contains("“，。”", p.Message);
        At(p, "3", line);
    }

    // YS0704 — unpaired brackets, quotes, title marks

    [Fact]
    public void A_bracket_that_never_closes_is_reported_at_the_bracket()
    {
        var (f, line) = AuditWith("### 一、", "上年结转结余（财政拨款结转）。", "上年结转结余（财政拨款结转。");
        var p = Assert.Single(f);
        Assert.Equal(("YS0704", Severity.Warning), (p.Rule, p.Severity));
        Assert.Contains("“（”没有对应的“）”", p.Message);
        Assert.Contains("上年结转结余（财政拨款结转。", p.Message);
        At(p, "1", line);
    }

    [Fact]
    public void A_closing_quote_without_its_opening_is_reported()
    {
        var (f, line) = AuditWith("### 十、", "财政拨款“三公”经费预算数", "财政拨款三公”经费预算数");
        var p = Assert.Single(f, x => x.Rule == "YS0704");
        Assert.Contains("“””没有对应的““”", p.Message);
        At(p, "10", line);
    }

    [Fact]
    public void Law_names_numbered_headings_list_numbers_and_mixed_width_brackets_are_paired()
    {
        var (f, _) = AuditWith("### 十一、", "示例市财政局 2025 年上年结转结余 66.20",
            "根据《中华人民共和国预算法》和“三公”经费管理规定（一）做好结转（二）压减支出：1）人员经费 2）公用经费(按功能分类）。示例市财政局 2025 年上年结转结余 66.20");
        Assert.Empty(f);
    }

    [Fact]
    public void A_bracket_opened_in_a_heading_and_closed_in_its_text_is_paired()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var ten = d.Sections.Single(s => s.Number == 10);
        var wrapped = d with
        {
            Sections = d.Sections.Select(s => s == ten ? s with { Title = "关于“三公”经费预算情况说明（按", Text = "资金来源）\n" + s.Text } : s).ToList(),
        };
        Assert.DoesNotContain(Audit(wrapped), x => x.Rule == "YS0704");
    }

    [Fact]
    public void A_table_row_whose_cell_wraps_a_bracket_is_not_read_as_prose()
    {
        var (f, _) = AuditWith("### 十一、", "示例市财政局 2025 年上年结转结余 66.20",
            "年度预算安排（万\t项目支出\t2285.57\n元）\t基本支出\t5915.38\n示例市财政局 2025 年上年结转结余 66.20");
        Assert.DoesNotContain(f, x => x.Rule == "YS0704");
    }

    // YS0705 — garbled characters

    [Fact]
    public void Mojibake_and_private_use_characters_are_garbled_text()
    {
        var (f, line) = AuditWith("### 二、", "示例市财政局收入预算 862.30 万元", "示例市财政局收入预算锟斤拷 862.30 万元\uE5E5");
        Assert.Equal(2, f.Count(x => x.Rule == "YS0705"));
        var codepage = f.First(x => x.Rule == "YS0705");
        Assert.Contains("“锟斤拷”（编码转换错误）", codepage.Message);
        At(codepage, "2", line);
        Assert.Contains(f, x => x.Rule == "YS0705" && x.Message.Contains("私用区字符"));
    }

    [Fact]
    public void A_Greek_letter_or_a_Latin_acronym_is_not_garbled()
    {
        var (f, _) = AuditWith("### 十一、", "示例市财政局 2025 年上年结转结余 66.20", "检测精度 ±0.5μg，采购 CT 和 DSA 设备。示例市财政局 2025 年上年结转结余 66.20");
        Assert.Empty(f);
    }

    // YS0706 — 部门 and 单位 mixed up

    [Fact]
    public void A_unit_budget_that_once_calls_itself_the_department_is_reported_there()
    {
        var text = File.ReadAllText(SharedFiles.Example);
        var path = Path.Combine(Dir, "scope.txt");
        var two = text.IndexOf("\n### 二、", StringComparison.Ordinal);
        var three = text.IndexOf("\n### 三、", StringComparison.Ordinal);
        var changed = text[..two] + text[two..three].Replace("示例市财政局收入预算", "本单位收入预算")
            + text[three..].Replace("示例市财政局 2025 年支出预算 862.30", "本部门 2025 年支出预算 862.30");
        File.WriteAllText(path, changed);
        var line = changed[..changed.IndexOf("本部门 2025 年支出预算", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var f = Audit(DisclosureReader.Read(path));
        var p = Assert.Single(f, x => x.Rule == "YS0706");
        Assert.Contains("“本部门”", p.Message);
        Assert.Contains("本部门 2025 年支出预算", p.Message);
        At(p, "3", line);
    }

    [Fact]
    public void A_unit_that_calls_itself_the_department_throughout_is_not_reported()
    {
        var text = File.ReadAllText(SharedFiles.Example).Replace("本单位预算绩效", "本部门预算绩效");
        var path = Path.Combine(Dir, "throughout.txt");
        File.WriteAllText(path, text.Replace("示例市财政局收入预算", "本部门收入预算"));
        Assert.DoesNotContain(Audit(DisclosureReader.Read(path)), x => x.Rule == "YS0706");
    }

    // YS0707 — a reason announced and not given

    [Fact]
    public void A_reason_left_empty_is_reported()
    {
        var (f, line) = AuditWith("### 二、", "主要原因是本年预计其他收入减少。", "主要原因是。");
        var p = Assert.Single(f, x => x.Rule == "YS0707");
        Assert.Contains("“主要原因是”", p.Message);
        Assert.Contains("下降 20.00%，主要原因是", p.Message);
        At(p, "2", line);
    }

    [Fact]
    public void A_reason_given_on_the_next_line_or_closing_a_list_of_causes_is_a_reason()
    {
        var (f, _) = AuditWith("### 二、", "主要原因是本年预计其他收入减少。", "主要原因是：\n本年预计其他收入减少等原因。");
        Assert.Empty(f);
    }

    // YS0708 — a reason against its direction

    [Fact]
    public void A_decrease_explained_by_an_increase_is_reported_with_its_reason()
    {
        var (f, line) = AuditWith("### 二、", "主要原因是本年预计其他收入减少。", "主要原因是本年预计其他收入增加。");
        var p = Assert.Single(f);
        Assert.Equal(("YS0708", Severity.Warning), (p.Rule, p.Severity));
        Assert.Contains("单位资金", p.Message);
        Assert.Contains("减少，给出的原因却只说“增加”：“本年预计其他收入增加”", p.Message);
        Assert.Equal(("2", (int?)line), (p.Location.Section, p.Location.Line));
    }

    [Fact]
    public void A_decrease_whose_reason_weighs_an_increase_against_a_cut_and_an_unchanged_figure_are_not_reported()
    {
        var (f, _) = AuditWith("### 二、", "主要原因是本年预计其他收入减少。", "主要原因是本年预计其他收入增加较少，经营收入取消。");
        Assert.Empty(f);
        var (flat, _) = AuditWith("### 二、", "比上年预算减少 2.40 万元，下降 20.00%，主要原因是本年预计其他收入减少。", "与上年持平，主要原因是收入增加与支出增加相当。");
        Assert.Empty(flat);
    }

    [Fact]
    public void An_increase_explained_only_by_a_cut_is_reported_but_not_one_explained_by_last_year_s_cut()
    {
        const string reason = "主要原因是本年在职人员增加 2 人、退休人员增加 1 人，并按规定调整工资标准，人员经费相应增加。";
        var (f, line) = AuditWith("### 三、", reason, "主要原因是压减一般性支出。");
        var p = Assert.Single(f);
        Assert.Equal("YS0708", p.Rule);
        Assert.Contains("“基本支出”增加，给出的原因却只说“压减”：“压减一般性支出”", p.Message);
        Assert.Equal(("3", (int?)line), (p.Location.Section, p.Location.Line));
        var (lastYear, _) = AuditWith("### 三、", reason, "主要原因是上年预算下达时有一定比例的压减，今年无压减。");
        Assert.Empty(lastYear);
    }

    // YS0709 — template guidance left in

    [Fact]
    public void A_template_instruction_left_after_a_reason_is_reported()
    {
        var (f, line) = AuditWith("### 三、", "人员经费相应增加。", "人员经费相应增加。（如持平作持平表述）");
        var p = Assert.Single(f);
        Assert.Equal(("YS0709", Severity.Warning), (p.Rule, p.Severity));
        Assert.Contains("“（如持平作持平表述）”", p.Message);
        At(p, "3", line);
    }

    [Fact]
    public void A_draft_section_left_as_the_drafter_wrote_it_is_reported()
    {
        var (f, line) = AuditWith("### 九、", "示例市财政局 2025 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。", "【请填写本部分内容】");
        var p = Assert.Single(f, x => x.Rule == "YS0709");
        Assert.Contains("“【请填写本部分内容】”", p.Message);
        At(p, "9", line);
    }

    [Fact]
    public void A_note_that_says_how_the_table_was_filled_in_is_not_guidance_but_an_instruction_is()
    {
        var (basis, _) = AuditWith("### 一、", "按照全口径预算的原则", "本表根据《示例市财政局关于 2025 年预算的批复》填列。按照全口径预算的原则");
        Assert.Empty(basis);
        var (rule, line) = AuditWith("### 一、", "按照全口径预算的原则", "填列数应与《收支预算总表》收入数一致。按照全口径预算的原则");
        var p = Assert.Single(rule);
        Assert.Contains("“填列数应与《收支预算总表》收入数一致。”", p.Message);
        At(p, "1", line);
    }

    // YS0710 — blank pages

    [Fact]
    public void Blank_pages_are_reported_once_per_run_at_their_first_page()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var f = Audit(d with { Source = d.Source! with { Pages = 20, BlankPages = [3, 4, 9] } });
        Assert.Equal([(3, "第 3–4 页是空白页（没有文字也没有图片）"), (9, "第 9 页是空白页（没有文字也没有图片）")],
            f.Where(x => x.Rule == "YS0710").Select(x => (x.Location.Page ?? 0, x.Message)));
    }

    // YS0110 — the document that gives the audit nothing

    [Fact]
    public void A_document_without_tables_never_audits_clean()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var p = Assert.Single(Audit(d with { Tables = [] }));
        Assert.Equal(("YS0110", Severity.Error), (p.Rule, p.Severity));
        Assert.StartsWith("文件中没有读到任何表格，", p.Message);
    }

    [Fact]
    public void Tables_with_headers_and_no_figure_are_an_error_naming_them()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var empty = d with
        {
            Tables = d.Tables.Select(t => t with
            {
                Rows = t.Rows?.Select(r => r with { Values = new Dictionary<string, decimal>() }).ToList(),
                Income = t.Income?.Select(r => r with { Values = new Dictionary<string, decimal>() }).ToList(),
                Expense = t.Expense?.Select(r => r with { Values = new Dictionary<string, decimal>() }).ToList(),
                Totals = null, IncomeTotal = null, ExpenseTotals = null,
            }).ToList(),
        };
        var p = Assert.Single(Audit(empty), x => x.Rule == "YS0110");
        Assert.StartsWith($"{d.Tables.Count} 张表都没有数字（表1（", p.Message);
        Assert.Equal(d.Tables[0].Kind, p.Location.Table);
    }

    [Fact]
    public void A_lone_explanation_part_is_left_to_YS0109()
    {
        var d = DisclosureReader.Read(SharedFiles.Example);
        var f = new Auditor().Audit(d with { Tables = [], Part = "explanation" }, "x").Findings;
        Assert.DoesNotContain(f, x => x.Rule == "YS0110");
        Assert.Contains(f, x => x.Rule == "YS0109");
    }
}
