using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>`yusuan template` and `yusuan workbook`: the workbooks a finance officer fills in read back as the
/// disclosure they hold — a blank one with every required table of its regional template, code drop-downs and
/// number-only figure cells; a filled one with the publication's tables and drafted numeric sentences, which
/// renders to a document whose drafted sections audit clean.</summary>
public sealed class WorkbookTests() : TempFolder("workbook")
{
    [Theory]
    [InlineData("xinjiang", 11, "万元", 12, 25)]
    [InlineData("shanghai", 9, "元", 3, 7)]
    public void A_blank_template_holds_every_required_table_with_its_checks(string template, int tables, string unit, int sections, int incomeLines)
    {
        var output = Path.Combine(Dir, $"{template}.xlsx");
        var r = Yusuan.Run("template", "--year", "2026", "--template", template, "--entity", "示例局", "-o", output);
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        Assert.Equal((2026, "示例局", unit, tables), (model.Year, model.Entity, model.Unit, model.Tables.Count));
        Assert.All(model.Tables, t => Assert.True(t.IsEmpty));
        Assert.Equal(sections, model.Sections.Count);
        // The template's standard 名词解释 come with it, to be edited.
        Assert.Equal(8, model.Glossary.Count);
        Assert.Contains(model.Glossary, g => g.Term.Contains("机关运行经费"));
        // The 收支总表 comes with the lines its template prints: the income lines, and every 类 on the expense side.
        var summary = model.Table(Model.TableKinds.Summary)!;
        var classes = Model.Codes.ClassificationList.Functional.Entries.Count(e => e.Code.Length == 3);
        Assert.Equal((incomeLines, classes), (summary.Income!.Count, summary.Expense!.Count(e => e.Code is { Length: 3 })));

        using var doc = SpreadsheetDocument.Open(output, false);
        var sheets = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Contains(sheets, s => s.Name == "科目代码" && s.State?.Value == SheetStateValues.Hidden);
        var income = (WorksheetPart)doc.WorkbookPart.GetPartById(sheets.First(s => s.Name!.Value!.Contains("收入")).Id!);
        var checks = income.Worksheet!.Descendants<DataValidation>().ToList();
        Assert.Contains(checks, v => v.Type?.Value == DataValidationValues.List && v.Formula1!.Text.Contains("科目代码"));
        Assert.Contains(checks, v => v.Type?.Value == DataValidationValues.Decimal);
    }

    [SkippableFact]
    public void A_publication_becomes_a_workbook_that_renders_back()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var source = SharedFiles.CorpusByPrefix("003_");
        var workbook = Path.Combine(Dir, "003.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", source, "-o", workbook).Exit);
        var original = DisclosureReader.Read(source);
        var filled = DisclosureReader.Read(workbook);
        Assert.Equal(ModelText.Tables(original), ModelText.Tables(filled));
        Assert.Contains(filled.Sections.Single(s => s.Number == 2).Claims, c => c.Item == "general_budget" && c.Share is not null);

        var docx = Path.Combine(Dir, "003.docx");
        Assert.Equal(0, Yusuan.Run("render", workbook, "--to", "docx", "-o", docx, "--force").Exit);
        var narrative = new Auditor().Audit(DisclosureReader.Read(docx), docx).Findings
            .Where(f => f.Severity != Severity.Info && (f.Rule.StartsWith("YS04") || f.Rule.StartsWith("YS05")) && f.Location.Section is "2" or "3" or "5" or "10")
            .ToList();
        Assert.True(narrative.Count == 0, string.Join("\n", narrative.Select(f => f.Message)));
    }
}

/// <summary>The numbers of a corpus text alone, put in a workbook, render a document whose audit is clean and whose
/// drafted sentences state what the original stated wherever the original was right.</summary>
public sealed class NumbersOnlyTests() : TempFolder("numbers")
{
    /// <summary>The publication's tables alone (no narrative, no performance targets) through `workbook` and `render`:
    /// the document read back, after checking that its audit is clean (no error, no warning but the drafter's own 【请填写……】).</summary>
    private Model.Disclosure RenderedFromNumbers(Model.Disclosure original, string format)
    {
        var numbers = Path.Combine(Dir, "numbers.json");
        File.WriteAllText(numbers, OpenYusuan.Model.Json.DisclosureJson.Serialize(original with { Sections = [], Performance = [] }));
        var workbook = Path.Combine(Dir, "numbers.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", numbers, "-o", workbook).Exit);
        var output = Path.Combine(Dir, "numbers." + format);
        var render = Yusuan.Run("render", workbook, "--to", format, "-o", output);
        Assert.True(render.Exit == 0, render.Out + render.Err);
        var drafted = DisclosureReader.Read(output);
        // The drafter leaves 【请填写……】 where only the preparer knows the words (a project's basis, a use, the other
        // matters): YS0709 reports each, as it should for a draft; nothing else may be reported.
        var findings = new Auditor().Audit(drafted, output).Findings
            .Where(f => f.Severity != Severity.Info && !(f.Rule == "YS0709" && f.Message.Contains("“【请"))).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
        return drafted;
    }

    [SkippableFact]
    public void A_Shanghai_workbook_of_the_numbers_renders_a_clean_document_agreeing_with_the_publication()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var original = DisclosureReader.Read(SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf"));
        var drafted = RenderedFromNumbers(original, "html");
        // The publication's 预算编制说明 was right: every total and every 项 it stated is stated again.
        static List<string> Stated(Model.Disclosure d) => d.Sections[0].Claims.Where(c => c.Item is not null || c.Code is not null)
            .Select(c => $"{c.Item ?? c.Code} {c.Amount:0.00}").Order().ToList();
        Assert.Equal(Stated(original), Stated(drafted));
        var three = drafted.Sections[1].Subsections.Single(s => s.Title.Contains("三公")).Claims;
        Assert.Equal((867.50m, 839.00m, 28.50m), (three.Single(c => c.Item == "total").Amount!.Value, three.Single(c => c.Item == "abroad").Amount!.Value,
            three.Single(c => c.Item == "reception").Amount!.Value));
    }

    [SkippableTheory]
    [InlineData("000")]
    [InlineData("001")]
    public void A_workbook_of_the_numbers_renders_a_clean_document_agreeing_with_the_right_statements(string key)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var source = SharedFiles.CorpusByPrefix(key + "_");
        var original = DisclosureReader.Read(source);
        var drafted = RenderedFromNumbers(original, "docx");

        // Where the original's amount and share were right, the drafted sentence states the same.
        var flagged = new Auditor().Audit(original, source).Findings.Where(f => f.Rule is "YS0401" or "YS0501")
            .Select(f => (f.Location.Section, f.Location.Claim)).ToHashSet();
        var compared = 0;
        foreach (var section in new[] { 2, 3 })
        {
            var before = original.Sections.Single(s => s.Number == section).Claims;
            var after = drafted.Sections.Single(s => s.Number == section).Claims;
            for (var i = 0; i < before.Count; i++)
            {
                var c = before[i];
                if (c.Item is null || c.Amount is null || flagged.Contains((section.ToString(), i))) continue;
                var d = after.FirstOrDefault(x => x.Item == c.Item);
                if (d is null) continue;
                // 0.00 万元 and 未安排 say the same.
                if (c.Amount == 0) Assert.True(d.Direction == "none" || d.Amount == 0, $"{c.Item}: {d.Direction} {d.Amount}");
                else Assert.Equal((c.Item, c.Amount, c.Share ?? d.Share), (d.Item, d.Amount, d.Share));
                compared++;
            }
        }
        Assert.True(compared >= 3, $"{compared} statements compared");
    }
}

/// <summary>The workbook's 上年预算数与主要原因 sheet: last year's figure and the reason typed there are what the
/// redrafted sentence states, with the change and its rate computed; the sheet itself is not read as publication.</summary>
public sealed class PriorYearSheetTests() : TempFolder("prior")
{
    [Fact]
    public void Last_year_and_reason_typed_in_the_sheet_are_drafted()
    {
        var workbook = Path.Combine(Dir, "example.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.Example, "-o", workbook).Exit);
        Assert.Equal(ModelText.Tables(DisclosureReader.Read(SharedFiles.Example)), ModelText.Tables(DisclosureReader.Read(workbook)));

        using (var doc = SpreadsheetDocument.Open(workbook, true))
        {
            var sheet = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == WorkbookSheets.PriorYear);
            var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
            var row = part.Worksheet!.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => c.CellReference!.Value!.StartsWith('A') && c.CellValue?.Text == "3")
                && r.Elements<Cell>().Any(c => c.CellReference!.Value!.StartsWith('C') && c.InnerText == "basic"));
            var prior = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('E'));
            prior.CellValue = new CellValue("500.00");
            var reason = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('H'));
            reason.InlineString = new InlineString(new Text("在职人员调整"));
        }
        var output = Path.Combine(Dir, "example.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        var basic = DisclosureReader.Read(output).Sections.Single(s => s.Number == 3).Claims.Single(c => c.Item == "basic");
        // 509.50 this year against 500.00: 增加 9.50 万元，增长 1.90%.
        Assert.Equal((509.50m, 9.50m, 1.90m, "increase", "在职人员调整"), (basic.Amount!.Value, basic.Change!.Value, basic.ChangePct!.Value, basic.Direction, basic.Reason));
    }

    [Fact]
    public void A_project_field_typed_in_the_project_sheet_is_drafted()
    {
        var workbook = Path.Combine(Dir, "projects.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.Example, "-o", workbook).Exit);
        string project;
        using (var doc = SpreadsheetDocument.Open(workbook, true))
        {
            var sheet = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == WorkbookSheets.Projects);
            var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
            var row = part.Worksheet!.Descendants<Row>().Skip(1).First();
            project = row.Elements<Cell>().First().InnerText;
            var basis = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('C'));
            basis.InlineString = new InlineString(new Text("根据《示例市预算管理办法》第十条"));
        }
        var output = Path.Combine(Dir, "projects.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        var claim = DisclosureReader.Read(output).Sections.Single(s => s.Number == 7).Claims.Single(c => c.Project == project);
        Assert.Equal("根据《示例市预算管理办法》第十条", claim.Fields!["basis"]);
    }

    [SkippableFact]
    public void Procurement_figures_typed_in_the_matters_sheet_are_drafted_with_their_sum()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var workbook = Path.Combine(Dir, "matters.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.CorpusByPrefix("000_"), "-o", workbook).Exit);
        using (var doc = SpreadsheetDocument.Open(workbook, true))
        {
            var sheet = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == WorkbookSheets.Matters);
            var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
            void Set(string key, string value) => part.Worksheet!.Descendants<Row>()
                .Single(r => r.Elements<Cell>().Any(c => c.CellReference!.Value!.StartsWith('B') && c.InnerText == key))
                .Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('C')).CellValue = new CellValue(value);
            Set("goods", "0.50");
            Set("services", "0.20");
        }
        var output = Path.Combine(Dir, "matters.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft", "--force");
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        var claims = model.Sections.Single(s => s.Number == 12).Subsections.SelectMany(s => s.Claims).Where(c => c.Topic == "procurement").ToList();
        Assert.Equal((0.70m, 0.50m, 0.20m), (claims.Single(c => c.Item == "total").Amount!.Value, claims.Single(c => c.Item == "goods").Amount!.Value,
            claims.Single(c => c.Item == "services").Amount!.Value));
        Assert.DoesNotContain(new Auditor().Audit(model, output).Findings, f => f.Rule == "YS0403");
    }
}
