using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Rendering.Plan;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>`yusuan render`: every corpus text and variant fixture rendered to HTML, DOCX and XLSX reads back to the same
/// tables cell for cell and the same narrative — from what the file shows (nothing of the model is hidden in it).
/// The guard rail refuses a document with errors unless --force, which marks the output 未通过校验.</summary>
public sealed class RenderRoundTripTests() : TempFolder("render")
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var inputs = new List<string> { SharedFiles.Example };
        inputs.AddRange(SharedFiles.VariantTexts());
        inputs.Add(Path.Combine(SharedFiles.RepoRoot, "tests", "OpenYusuan.Reading.Tests", "Fixtures", "Shanghai", "sh2025-dept.txt"));
        foreach (var key in new[] { "000", "001", "003" }) inputs.Add("corpus:" + key);
        // The Shanghai budgets (rendered in their own layout) and the 决算 documents, read from their PDFs.
        foreach (var pdf in new[] { "budget-2024-putuo-wanli.pdf", "budget-2025-putuo-govoffice.pdf", "final-2024-putuo-planning.pdf", "final-template-national-2024.pdf" })
            inputs.Add("pdf:" + pdf);
        foreach (var input in inputs)
            foreach (var format in new[] { "html", "docx", "xlsx", "pdf" })
                data.Add(input, format);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void Rendered_document_reads_back_to_the_same_tables_and_text(string input, string format)
    {
        if (input.StartsWith("corpus:"))
        {
            Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
            input = SharedFiles.CorpusByPrefix(input["corpus:".Length..] + "_");
        }
        if (input.StartsWith("pdf:"))
        {
            Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
            input = SharedFiles.Corpus(input["pdf:".Length..]);
        }
        Skip.If(format == "pdf" && OpenYusuan.Rendering.Pdf.CjkFont.Path is null, "no CJK font for the PDF (fonts-wqy-zenhei); ./run-tests installs it");
        var output = Path.Combine(Dir, "out." + format);
        var r = Yusuan.Run("render", input, "--to", format, "-o", output, "--force");
        Assert.True(r.Exit == 0, r.Err);
        var rendered = DisclosureReader.Read(output);
        Assert.Equal(format, rendered.Source!.Format);
        Assert.Equal(ModelText.Of(DisclosureReader.Read(input)), ModelText.Of(rendered));
    }

    [Fact]
    public void A_document_with_errors_is_refused_unless_forced_and_then_marked()
    {
        // The example with one cell changed: the 收支总表's 一般公共服务支出 no longer matches the other tables.
        var text = File.ReadAllText(SharedFiles.Example);
        var broken = Path.Combine(Dir, "broken.txt");
        var at = text.IndexOf("\t637.77", StringComparison.Ordinal);
        Assert.True(at > 0);
        File.WriteAllText(broken, text[..at] + "\t637.78" + text[(at + "\t637.77".Length)..]);
        var output = Path.Combine(Dir, "broken.html");

        var refused = Yusuan.Run("render", broken, "--to", "html", "-o", output);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("错误", refused.Out);
        Assert.Contains("--force", refused.Err);
        Assert.False(File.Exists(output));

        var forced = Yusuan.Run("render", broken, "--to", "html", "-o", output, "--force");
        Assert.Equal(0, forced.Exit);
        Assert.Contains("未通过校验", forced.Err);
        Assert.Contains(DocumentPlan.FailedMark, File.ReadAllText(output));
    }

    [Fact]
    public void Workbook_totals_are_formulas_that_add_up_to_the_figures_shown()
    {
        var output = Path.Combine(Dir, "example.xlsx");
        Assert.Equal(0, Yusuan.Run("render", SharedFiles.Example, "--to", "xlsx", "-o", output).Exit);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
        var formulas = 0;
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var cells = part.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Where(c => c.CellValue is not null && c.DataType is null).ToDictionary(c => c.CellReference!.Value!, c => decimal.Parse(c.CellValue!.Text));
            foreach (var cell in part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellFormula is not null))
            {
                var refs = System.Text.RegularExpressions.Regex.Match(cell.CellFormula!.Text, @"^SUM\((.+)\)$").Groups[1].Value.Split(',');
                Assert.Equal(cells[cell.CellReference!.Value!], refs.Sum(r => cells.GetValueOrDefault(r)));
                formulas++;
            }
        }
        // The totals row, every 类 and 款 over its rows and every row's 合计 over its parts, in each table.
        Assert.True(formulas > 100, $"{formulas} formulas");
    }

    [Fact]
    public void A_clean_document_renders_without_the_mark()
    {
        var output = Path.Combine(Dir, "clean.docx");
        var r = Yusuan.Run("render", SharedFiles.Example, "--to", "docx", "-o", output);
        Assert.Equal(0, r.Exit);
        var model = DisclosureReader.Read(output);
        Assert.Equal("docx", model.Source!.Format);
        Assert.DoesNotContain(model.Sections, s => s.Text.Contains("未通过校验"));
    }
    [SkippableFact]
    public void Tables_read_without_a_number_are_numbered_by_place_in_the_contents_and_on_the_table()
    {
        // The Shanghai PDF prints its nine tables without 表N: the 目录 lists "1. …" to "9. …" and each table says 表N.
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var output = Path.Combine(Dir, "numbered.html");
        Assert.Equal(0, Yusuan.Run("render", SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf"), "--to", "html", "-o", output, "--force").Exit);
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(output), "<[^>]+>", "\n");
        Assert.Contains("1. 2025年部门财务收支预算总表", text);
        Assert.Contains("9. 2025年部门“三公”经费和机关运行经费预算表", text);
        Assert.DoesNotContain("\n. ", text);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Matches(text, "^表[1-9]$", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
    }
}

/// <summary>Bad input and output paths for the writing commands: one line naming the file and the problem, exit 2,
/// nothing written.</summary>
public sealed class RenderBadInputTests
{
    [Fact]
    public void A_missing_input_or_an_unwritable_output_is_named_with_exit_2()
    {
        var missing = Yusuan.Run("render", "/nonexistent/budget.txt", "--to", "html", "-o", Path.Combine(Path.GetTempPath(), "never.html"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("/nonexistent/budget.txt", missing.Err);
        var unwritable = Yusuan.Run("render", SharedFiles.Example, "--to", "pdf", "-o", "/nonexistent-dir/out.pdf");
        Assert.Equal(2, unwritable.Exit);
        Assert.Contains("/nonexistent-dir/out.pdf", unwritable.Err);
        var consolidate = Yusuan.Run("consolidate", SharedFiles.Example, "/nonexistent/unit.txt", "--entity", "x");
        Assert.Equal(2, consolidate.Exit);
        Assert.Contains("/nonexistent/unit.txt", consolidate.Err);
        Assert.Equal("", consolidate.Out);
        var unwritableJson = Yusuan.Run("consolidate", SharedFiles.Example, "--entity", "x", "-o", "/nonexistent-dir/dept.json");
        Assert.Equal(2, unwritableJson.Exit);
        Assert.Contains("/nonexistent-dir/dept.json", unwritableJson.Err);
        var workbook = Yusuan.Run("workbook", "/nonexistent/unit.txt", "-o", Path.Combine(Path.GetTempPath(), "never.xlsx"));
        Assert.Equal(2, workbook.Exit);
        Assert.Contains("/nonexistent/unit.txt", workbook.Err);
    }

}
