using OpenYusuan.Hostile;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Hostile;

/// <summary>Issue 15: every class of hostile or broken input its fuzz campaign found, each as a small generated input —
/// no crash, no hang, bounded memory, one Chinese line naming the file and the problem (exit 2) when it is refused.</summary>
public sealed class HostileInputTests() : TempFolder("hostile")
{
    // ---- memory without bound

    [Fact]
    public void A_word_far_right_of_a_near_zero_font_size_is_laid_out_in_bounded_columns()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.PdfFarWord(), Dir);
        Assert.Equal(2, r.Exit); // read, then found not to be a disclosure
        Assert.Contains("不是预算/决算公开文件", r.Err);
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public void A_docx_gridSpan_is_clamped_to_the_table_or_ignored_when_it_is_not_a_number(string span)
    {
        var r = HostileRun.ParseAndAudit(HostileCases.DocxGridSpan(span), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("不是预算/决算公开文件", r.Err);
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("0")]
    [InlineData("-1")]
    public void An_html_colspan_and_rowspan_are_clamped_to_the_table(string span)
    {
        var r = HostileRun.Run(HostileCases.HtmlColspan(span), Dir, "parse", "--format", "text");
        Assert.Equal(0, r.Exit);
    }

    [Fact]
    public void An_xlsx_cell_reference_past_the_last_column_is_refused()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.XlsxCellReference("ZZZZZZ5"), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("超出 Excel 的列范围", r.Err);
        Assert.Contains("ZZZZZZ5", r.Err);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("")]
    public void An_xlsx_row_number_that_is_no_row_number_is_no_internal_error(string number)
    {
        var r = HostileRun.ParseAndAudit(HostileCases.XlsxRowNumber(number), Dir);
        Assert.DoesNotContain("内部错误", r.Err);
    }

    [Fact]
    public void An_xlsx_cell_reference_at_the_last_column_is_read()
    {
        var r = HostileRun.Run(HostileCases.XlsxCellReference("XFD5"), Dir, "parse");
        Assert.DoesNotContain("列范围", r.Err);
    }

    [Theory]
    [InlineData("2000000000", "upperRoman")]
    [InlineData("2147483647", "chineseCounting")]
    [InlineData("-7", "lowerLetter")]
    [InlineData("x", "decimal")]
    public void A_docx_list_numbered_from_an_extreme_draws_bounded_labels(string start, string format)
    {
        var r = HostileRun.Run(HostileCases.DocxNumberedFrom(start, format), Dir, "parse", "--format", "text");
        Assert.Equal(2, r.Exit);
        Assert.Contains("不是预算/决算公开文件", r.Err);
    }

    [SkippableFact]
    public void Dev_zero_is_refused_before_it_is_read()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "/dev/zero 不存在（非 Unix 系统），跳过");
        var r = Yusuan.Run("audit", "/dev/zero");
        Assert.Equal(2, r.Exit);
        Assert.Contains("/dev/zero: 这是设备文件，不是普通文件", r.Err);
    }

    // ---- hangs

    [Fact]
    public void Html_nested_200000_deep_is_refused_before_it_is_parsed()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.HtmlNested(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("HTML 元素嵌套超过 256 层", r.Err);
    }

    [Fact]
    public void Html_nested_as_deep_as_real_pages_is_read()
    {
        var r = HostileRun.Run(HostileCases.HtmlNested(100), Dir, "parse");
        Assert.DoesNotContain("嵌套", r.Err);
    }

    [Fact]
    public void A_docx_of_100000_nested_hyperlinks_is_refused()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.DocxNestedHyperlinks(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("word/document.xml 元素嵌套超过 256 层", r.Err);
    }

    [Fact]
    public void A_pdf_of_3000_by_3000_ruled_lines_is_read_without_its_grid()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.PdfRuledLines(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("不是预算/决算公开文件", r.Err);
    }

    [SkippableFact]
    public void A_fifo_is_refused_without_being_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows 没有 FIFO，跳过");
        var fifo = Path.Combine(Dir, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        Skip.IfNot(File.Exists(fifo), "mkfifo 不可用，跳过");
        var example = new HostileCase("example", "txt", File.ReadAllBytes(Repository.Example)).SaveIn(Dir);
        var r = Yusuan.Run("audit", fifo, example);
        Assert.Equal(2, r.Exit);
        Assert.Contains($"{fifo}: 这是命名管道（FIFO），不是普通文件", r.Err);
        Assert.Contains("示例市财政局", r.Out); // the batch went on
    }

    // ---- stack overflow

    [Fact]
    public void A_docx_whose_sdt_is_nested_10000_deep_is_refused()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.DocxNestedSdt(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("元素嵌套超过 256 层", r.Err);
    }

    [Fact]
    public void A_docx_whose_tables_are_nested_10000_deep_is_refused()
    {
        var r = HostileRun.ParseAndAudit(HostileCases.DocxNestedTables(), Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("元素嵌套超过 256 层", r.Err);
    }

    [Fact]
    public void A_docx_with_sdt_and_tables_nested_a_few_deep_is_read()
    {
        var r = HostileRun.Run(HostileCases.DocxNestedTables(20), Dir, "parse");
        Assert.DoesNotContain("嵌套", r.Err);
    }
}
