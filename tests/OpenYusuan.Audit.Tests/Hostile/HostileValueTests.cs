using OpenYusuan.Hostile;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Hostile;

/// <summary>Issue 15's internal errors, each fixed where it happened: values a reader or rule took as given (a staff
/// count, an amount, a numbering level, a format id, a part, a null) now read, or are refused with the reason.</summary>
public sealed class HostileValueTests() : TempFolder("hostile-values")
{
    [Fact]
    public void A_fourteen_digit_staff_count_is_not_read_as_staffing()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.StaffCount(), Dir);
        Assert.NotEqual(2, r.Exit);
        var parse = HostileRun.Run(HostileCases.StaffCount(), Dir, "parse");
        Assert.DoesNotContain("12345678901234", System.Text.Json.JsonDocument.Parse(parse.Out).RootElement.GetProperty("overview").ToString());
    }

    [Theory]
    [InlineData("99999999999999999999.99")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1000000000000000")]
    public void Amounts_out_of_moneys_range_are_refused_with_the_figure(string amount)
    {
        var r = HostileRun.ParseAndAudit(HostileCases.ExtremeAmounts(amount), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains($"的数值 {amount.TrimStart('-')}", r.Err.Replace("-", ""));
        Assert.Contains("超出可处理的范围", r.Err);
        var render = HostileRun.Run(HostileCases.ExtremeAmounts(amount), Dir, "render", "{in}", "--to", "html", "-o", "{dir}/out.html", "--force");
        Assert.Equal(2, render.Exit);
    }

    [Theory]
    [InlineData("0.00")]
    [InlineData("999999999999999.99")]
    [InlineData("0.000001")]
    public void Amounts_at_the_edge_of_the_range_are_audited_and_rendered(string amount)
    {
        var r = HostileRun.ParseAndAudit(HostileCases.ExtremeAmounts(amount), Dir);
        Assert.NotEqual(2, r.Exit);
        Assert.Contains("示例市财政局", r.Out);
        var render = HostileRun.Run(HostileCases.ExtremeAmounts(amount), Dir, "render", "{in}", "--to", "html", "-o", "{dir}/out.html", "--force", "--redraft");
        // Written (0), or refused because the text's figures no longer agree with each other (1): never a failure.
        Assert.InRange(render.Exit, 0, 1);
        Assert.DoesNotContain("内部错误", render.Err);
    }

    [Theory]
    [InlineData("15")]
    [InlineData("-1")]
    [InlineData("9")]
    [InlineData("two")]
    public void A_word_numbering_level_outside_0_to_8_draws_no_label(string level)
    {
        var r = HostileRun.Run(HostileCases.DocxNumberingLevel(level), Dir, "parse");
        Assert.Equal(2, r.Exit);
        Assert.Contains("不是预算/决算公开文件", r.Err);
    }

    [Fact]
    public void Duplicate_xlsx_number_format_ids_keep_the_first()
    {
        var r = HostileRun.Run(HostileCases.XlsxDuplicateNumberFormats(), Dir, "parse", "--format", "text");
        Assert.Equal(0, r.Exit);
    }

    [Fact]
    public void A_relationship_to_a_missing_part_is_refused_naming_the_part()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.DocxMissingPart(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("Office 文件不完整：word/_rels/document.xml.rels 指向的部件 word/numbering.xml 不在文件中", r.Err);
    }

    [Fact]
    public void A_pdf_font_whose_name_table_claims_gigabytes_is_refused_before_it_is_loaded()
    {
        // 2000 records of 64 KB: PdfPig would allocate 131 MB of strings for this font alone, the damaged real ones
        // 0.7–1.5 GB per page. The document is refused, naming the cause, before any page is read.
        var r = HostileRun.ParseAndAudit(HostileCases.PdfFontNameTable(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("PDF 嵌入的字体已损坏（其 name 表声称有 124 MB 文字）", r.Err);
    }

    [Fact]
    public void A_pdf_font_with_a_small_name_table_is_read()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.PdfFontNameTable(records: 20), Dir);
        Assert.DoesNotContain("name 表", r.Err);
    }

    [Fact]
    public void A_pdf_page_that_pdfpig_cannot_read_is_named()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.PdfMissingFont(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Matches("PDF 第 1 页损坏|不是预算/决算公开文件", r.Err);
    }

    [Theory]
    [InlineData("tables")]
    [InlineData("sections")]
    [InlineData("claims")]
    [InlineData("overview")]
    [InlineData("schema")]
    public void A_json_null_where_the_model_has_none_is_refused(string key)
    {
        var json = HostileRun.Run(new HostileCase("example", "txt", File.ReadAllBytes(Repository.Example)), Dir, "parse").Out;
        var r = HostileRun.ParseAndAudit(HostileCases.JsonNull(json, key), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("JSON", r.Err);
    }

    [Theory]
    [InlineData("rows")]
    [InlineData("income")]
    [InlineData("totals")]
    public void A_json_table_without_its_rows_is_audited_as_a_table_without_rows(string key)
    {
        var json = HostileRun.Run(new HostileCase("example", "txt", File.ReadAllBytes(Repository.Example)), Dir, "parse").Out;
        var r = HostileRun.ParseAndAudit(HostileCases.JsonNull(json, key), Dir);
        Assert.NotEqual(2, r.Exit);
    }

    [Fact]
    public void A_json_null_inside_a_list_is_refused_with_its_place()
    {
        var json = HostileRun.Run(new HostileCase("example", "txt", File.ReadAllBytes(Repository.Example)), Dir, "parse").Out;
        var broken = json.Replace("\"sections\": [", "\"sections\": [null, ");
        var r = HostileRun.ParseAndAudit(new HostileCase("json-null-element", "json", System.Text.Encoding.UTF8.GetBytes(broken)), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("$.Sections[0] 为 null", r.Err);
    }

    [Fact]
    public void An_xlsx_sheet_whose_relationship_names_no_part_is_skipped()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.XlsxSheetWithoutPart(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("XLSX 文件中没有文字内容", r.Err);
    }

    [Fact]
    public void A_stated_change_past_moneys_range_is_refused_not_added()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.NarrativeChange(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("Change 的数值 （一个超过 15 位整数的数字） 超出可处理的范围", r.Err);
    }

    // ---- a silent bad read

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_text_utf16_then_utf8_is_refused_as_mixed(bool bom)
    {
        var r = HostileRun.ParseAndAudit(HostileCases.MixedUtf16Utf8(bom), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("编码混杂", r.Err);
    }

    [Fact]
    public void A_text_utf8_then_utf16_is_refused_as_mixed()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.MixedUtf8Utf16(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Matches("编码混杂|二进制", r.Err);
    }

    [Fact]
    public void A_whole_utf16_text_is_still_read()
    {
        var text = File.ReadAllText(Repository.Example);
        var r = HostileRun.Run(new HostileCase("utf16", "txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)]), Dir, "parse");
        Assert.Equal(0, r.Exit);
    }

    // ---- one failure path

    [Fact]
    public void A_batch_goes_on_past_every_hostile_file()
    {
        HostileCase[] inputs =
        [
            HostileCases.DocxNestedSdt(), HostileCases.MixedUtf16Utf8(), HostileCases.PdfMissingFont(), HostileCases.XlsxCellReference(),
            HostileCases.HtmlNested(5000), HostileCases.DocxGridSpan("abc"),
            new HostileCase("zz-example", "txt", File.ReadAllBytes(Repository.Example)),
        ];
        var paths = inputs.Select(i => i.SaveIn(Dir)).ToArray();
        var r = Yusuan.Run(["audit", .. paths]);
        Assert.Equal(2, r.Exit);
        foreach (var p in paths[..^1]) Assert.Contains($"yusuan: {p}: ", r.Err);
        Assert.Contains("示例市财政局", r.Out);
        Assert.DoesNotContain("内部错误", r.Err);
    }

    [Fact]
    public void The_time_budget_stops_a_read_and_says_so()
    {
        var e = Assert.Throws<OpenYusuan.Reading.UnusableInputException>(() =>
            OpenYusuan.Reading.DisclosureReader.Read(File.ReadAllBytes(Repository.Example), "example.txt", new CancellationToken(canceled: true)));
        Assert.Equal("读取已取消", e.Message);
    }
}
