using System.Text.Json;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>`audit` over many files: a folder is read with its sub-folders, files are audited in parallel but reported
/// in the order given, an unusable file keeps its place in JSON output with the reason, and one closing line says what
/// the batch came to even when exit 2 (a file could not be used) hides the errors of the others.</summary>
public sealed class AuditBatchTests() : TempFolder("batch")
{
    private (string Good, string Bad, string Other) Files()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "units"));
        var good = Path.Combine(Dir, "a-example.txt");
        File.Copy(SharedFiles.Example, good);
        var bad = Path.Combine(Dir, "units", "b-not-a-disclosure.txt");
        File.WriteAllText(bad, "这只是一段普通文字，不是预算公开文件。");
        var other = Path.Combine(Dir, "units", "c-example.txt");
        File.WriteAllText(other, File.ReadAllText(SharedFiles.Example).Replace("示例市财政局", "示例市审计局"));
        return (good, bad, other);
    }

    [Fact]
    public void Json_keeps_every_file_in_order_with_the_reason_for_an_unusable_one()
    {
        var (good, bad, other) = Files();
        var r = Yusuan.Run("audit", good, bad, other, "--format", "json");
        Assert.Equal(2, r.Exit);
        var records = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([good, bad, other], records.Select(x => x.GetProperty("document").GetString()));
        Assert.Contains("不是预算/决算公开文件", records[1].GetProperty("unusable").GetString());
        Assert.True(records[2].TryGetProperty("findings", out _));
    }

    [Fact]
    public void A_folder_is_read_with_its_sub_folders_and_closed_by_one_summary_line()
    {
        Files();
        var r = Yusuan.Run("audit", Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("示例市财政局", r.Out);
        Assert.Contains("示例市审计局", r.Out);
        Assert.Contains("yusuan: 共 3 份：审核 2 份", r.Err);
        Assert.Contains("1 份无法使用：b-not-a-disclosure.txt", r.Err);
    }
}

/// <summary>Findings for reviewers in Excel (XLSX, one row per finding) and for CI systems (SARIF 2.1.0), and any report
/// written to a file with -o.</summary>
public sealed class AuditReportFormatTests() : TempFolder("formats")
{
    private string Copy()
    {
        var path = Path.Combine(Dir, "budget.txt");
        File.Copy(SharedFiles.Example, path);
        return path;
    }

    [Fact]
    public void Sarif_lists_each_finding_with_its_rule_described_once()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var doc = SharedFiles.Corpus("001_ee517f43deae0a94.txt");
        var json = Yusuan.Run("audit", doc, "--format", "json");
        var expected = JsonDocument.Parse(json.Out).RootElement.GetProperty("findings").GetArrayLength();
        var r = Yusuan.Run("audit", doc, "--format", "sarif");
        Assert.Equal(json.Exit, r.Exit);
        var run = JsonDocument.Parse(r.Out).RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(expected, results.Count);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.Equal(rules.Distinct().Count(), rules.Count);
        Assert.All(results, x => Assert.Contains(x.GetProperty("ruleId").GetString(), rules));
        Assert.Contains(results, x => x.GetProperty("level").GetString() == "error"
            && x.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 0);
    }

    [Fact]
    public void Xlsx_has_a_row_per_finding_and_needs_an_output_file()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var doc = SharedFiles.Corpus("001_ee517f43deae0a94.txt");
        Assert.Equal(2, Yusuan.Run("audit", doc, "--format", "xlsx").Exit);
        var output = Path.Combine(Dir, "问题.xlsx");
        var r = Yusuan.Run("audit", doc, "--format", "xlsx", "-o", output);
        var count = JsonDocument.Parse(Yusuan.Run("audit", doc, "--format", "json").Out).RootElement.GetProperty("findings").GetArrayLength();
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
        var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(count + 1, rows.Count);
        Assert.Contains("规则", rows[0].InnerText);
        Assert.Contains("YS0", rows[1].InnerText);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Any_report_goes_to_a_file_with_o()
    {
        var output = Path.Combine(Dir, "report.html");
        var r = Yusuan.Run("audit", Copy(), "--format", "html", "-o", output);
        Assert.Equal("", r.Out);
        Assert.Contains("已写出", r.Err);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(output), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The HTML report shows every readable input as it was read — a PDF's lines under their page headings, with
/// each finding linked to the line its box stands on; a DOCX as its paragraphs and table rows — not only texts.</summary>
public sealed class HtmlReportSourceTests() : TempFolder("html-report")
{
    [Fact]
    public void A_pdf_report_shows_its_pages_and_links_each_finding_to_its_page()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var output = Path.Combine(Dir, "report.html");
        var r = Yusuan.Run("audit", SharedFiles.Corpus("budget-2024-putuo-wanli.pdf"), "--format", "html", "-o", output);
        Assert.Equal(1, r.Exit);
        var html = File.ReadAllText(output);
        Assert.DoesNotContain("没有原文", html);
        Assert.Equal(33, System.Text.RegularExpressions.Regex.Matches(html, "class=\"page\"").Count);
        // The 三公 finding of p.31 (YS0108) links to a line shown under 第 31 页 and marks it.
        var link = System.Text.RegularExpressions.Regex.Match(html, "YS0108</a> <a href=\"#(d0-L\\d+)\">第 31 页</a>");
        Assert.True(link.Success, "YS0108 is linked to page 31");
        var anchor = html.IndexOf($"id=\"{link.Groups[1].Value}\"", StringComparison.Ordinal);
        Assert.True(anchor > html.LastIndexOf("第 31 页</span>", StringComparison.Ordinal) && html.LastIndexOf("hit-", anchor) > html.LastIndexOf("第 31 页</span>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docx_report_shows_its_paragraphs_and_rows()
    {
        var docx = Path.Combine(Dir, "budget.docx");
        Assert.Equal(0, Yusuan.Run("render", SharedFiles.Example, "--to", "docx", "-o", docx).Exit);
        var output = Path.Combine(Dir, "report.html");
        Yusuan.Run("audit", docx, "--format", "html", "-o", output);
        var html = File.ReadAllText(output);
        Assert.DoesNotContain("没有原文", html);
        Assert.Contains("示例市财政局", html);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(html, "class=\"line").Count > 100);
    }
}

/// <summary>A disclosure read from a workbook is located as a reviewer finds things in Excel: sheet and cell.</summary>
public sealed class XlsxLocationTests
{
    [SkippableFact]
    public void Findings_in_a_workbook_name_the_sheet_and_cell_that_hold_them()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var path = SharedFiles.Corpus("budget-template-shanghai-2026-department.xlsx");
        var r = Yusuan.Run("audit", path, "--format", "json");
        var findings = JsonDocument.Parse(r.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var placeholder = findings.First(f => f.GetProperty("rule").GetString() == "YS0702").GetProperty("location");
        var (sheet, cell) = (placeholder.GetProperty("sheet").GetString()!, placeholder.GetProperty("cell").GetString()!);
        Assert.Matches("^[A-Z]+[0-9]+$", cell);
        // The cell named holds the placeholder the finding quotes.
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var part = book.WorkbookPart!;
        var id = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var c = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(id)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(x => x.CellReference == cell);
        var text = c.DataType?.InnerText == "s" ? part.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(c.CellValue!.Text)).InnerText : c.InnerText;
        Assert.Contains("XX", text);
        Assert.Contains($"{path}:{sheet}!{cell}: 错误 YS0702", Yusuan.Run("audit", path).Out);
    }
}
