using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>The workbook's 绩效目标 sheet and the 国有资产 and 人员 rows of its 其他事项 sheet: what is typed there is what
/// `render --redraft` prints in 十二(三), 十二(四) and the overview — the performance-target tables as tables that read
/// back to the same model, the vehicle totals and 实有人数 as the sums of their parts, the counts sentence of 预算绩效
/// from the tables.</summary>
public sealed class TargetsAndAssetsSheetTests() : TempFolder("targets")
{
    [Fact]
    public void Performance_targets_go_through_the_workbook_sheet_unchanged()
    {
        var workbook = Path.Combine(Dir, "example.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.Example, "-o", workbook).Exit);
        var output = Path.Combine(Dir, "example.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);

        var original = DisclosureReader.Read(SharedFiles.Example);
        var rendered = DisclosureReader.Read(output);
        Assert.Equal(5, original.Performance.Count);
        // The overall table of the example prints its money by source, which the model does not hold: the drafted table
        // states the budget's total instead. Everything else is what the publication printed.
        Assert.Equal(Targets(original, withAmounts: false), Targets(rendered, withAmounts: false));
        Assert.Equal(Targets(original, withAmounts: true).Skip(1), Targets(rendered, withAmounts: true).Skip(1));
        var overall = rendered.Performance.Single(p => p.Kind == "overall");
        Assert.Equal((862.30m, 852.70m, 9.60m), (overall.Amount!.Value, overall.Fiscal!.Value, overall.Other!.Value));
        Assert.DoesNotContain(new Auditor().Audit(rendered, output).Findings, f => f.Severity != Model.Findings.Severity.Info);
    }

    [SkippableFact]
    public void An_empty_targets_sheet_leaves_the_stated_targets_part_as_written()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var workbook = Path.Combine(Dir, "shanghai.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf"), "-o", workbook).Exit);
        var output = Path.Combine(Dir, "shanghai.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        var part = DisclosureReader.Read(output).Sections[1].Subsections.Single(s => s.Title.Contains("绩效目标"));
        Assert.Contains("编报绩效目标的项目11个，涉及项目预算资金6626万元", part.Text);
    }

    [Fact]
    public void A_target_table_filled_in_a_blank_template_is_printed_and_counted()
    {
        var workbook = Path.Combine(Dir, "blank.xlsx");
        Assert.Equal(0, Yusuan.Run("template", "--year", "2025", "--entity", "测试局", "-o", workbook).Exit);
        using (var doc = SpreadsheetDocument.Open(workbook, true))
        {
            var part = Sheet(doc, WorkbookSheets.Performance);
            // Row 2 is the starter row of the 整体 target; a project table follows with two indicators.
            Set(part, 2, "D", "张三");
            Set(part, 2, "E", "0991-1234567");
            Set(part, 2, "I", "保障机关正常运转。");
            string[] first = ["项目", "信息系统运维", "李四", "", "", "12.50", "12.50", "0.00", "保障系统全年稳定运行。", "产出指标", "数量指标", "运维系统数量", "≥3 个", "计划标准", "", "50", "按照正常比例赋分", "工作资料"];
            string[] second = ["", "", "", "", "", "", "", "", "", "", "质量指标", "系统正常运行率", "≥99%", "计划标准", "", "40", "按照正常比例赋分", "工作资料"];
            for (var c = 0; c < first.Length; c++)
            {
                if (first[c].Length > 0) Set(part, 3, ((char)('A' + c)).ToString(), first[c]);
                if (second[c].Length > 0) Set(part, 4, ((char)('A' + c)).ToString(), second[c]);
            }
        }
        var output = Path.Combine(Dir, "blank.docx");
        var r = Yusuan.Run("render", workbook, "--to", "docx", "-o", output, "--redraft", "--force");
        Assert.True(r.Exit == 0, r.Err);

        var model = DisclosureReader.Read(output);
        var project = model.Performance.Single(p => p.Kind == "project");
        Assert.Equal(("信息系统运维", "李四", 12.50m, 12.50m, 0.00m, "保障系统全年稳定运行。"),
            (project.Project, project.Owner, project.Amount!.Value, project.Fiscal!.Value, project.Other!.Value, project.Goal));
        Assert.Equal(["产出指标/数量指标/运维系统数量 ≥3个 50", "产出指标/质量指标/系统正常运行率 ≥99% 40"],
            project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Level3} {i.Value} {i.Weight}"));
        Assert.Equal(("测试局", "张三", "保障机关正常运转。"), model.Performance.Single(p => p.Kind == "overall") is var o ? (o.Project, o.Contact, o.Goal) : default);
        var text = model.Sections.Single(s => s.Number == 12).Subsections.Single(s => s.Title.Contains("绩效")).Text;
        Assert.Contains("0991-1234567", text);
        Assert.Contains("整体预算绩效目标 1 个", text);
    }

    [Fact]
    public void Vehicles_typed_by_kind_are_drafted_with_their_totals()
    {
        var workbook = Path.Combine(Dir, "assets.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", SharedFiles.Example, "-o", workbook).Exit);
        using (var doc = SpreadsheetDocument.Open(workbook, true))
        {
            var part = Sheet(doc, WorkbookSheets.Matters);
            void Value(string key, string value) => Set(part, RowOf(part, key), "C", value);
            Value("general_vehicles_count", "1");
            Value("general_vehicles", "20.00");
            Value("other_vehicles_count", "1");
            Value("other_vehicles", "15.50");
            Value("buildings_m2", "3000.00");
        }
        var output = Path.Combine(Dir, "assets.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Err);
        var claims = DisclosureReader.Read(output).Sections.Single(s => s.Number == 12).Subsections.SelectMany(s => s.Claims).Where(c => c.Topic == "assets").ToList();
        string Count(string item) => claims.Single(c => c.Item == item).Fields!["count"];
        Assert.Equal(("2", 35.50m, "1", "0", "1"), (Count("vehicles"), claims.Single(c => c.Item == "vehicles").Amount!.Value,
            Count("general_vehicles"), Count("enforcement_vehicles"), Count("other_vehicles")));
        Assert.Equal(("3000.00", 1430.00m), (claims.Single(c => c.Item == "buildings").Fields!["area_m2"], claims.Single(c => c.Item == "buildings").Amount!.Value));
        // What the sheet left as the document stated it (furniture) is kept.
        Assert.Equal(42.35m, claims.Single(c => c.Item == "furniture").Amount);
    }

    [SkippableFact]
    public void Staffing_typed_in_a_blank_template_is_the_overviews_with_a_blank_actual_count_as_its_sum()
    {
        Skip.If(OpenYusuan.Rendering.Pdf.CjkFont.Path is null, "no CJK font for the PDF (fonts-wqy-zenhei); ./run-tests installs it");
        var workbook = Path.Combine(Dir, "staff.xlsx");
        Assert.Equal(0, Yusuan.Run("template", "--year", "2025", "--entity", "测试局", "-o", workbook).Exit);
        void Type(string key, string value)
        {
            using var doc = SpreadsheetDocument.Open(workbook, true);
            var part = Sheet(doc, WorkbookSheets.Matters);
            Set(part, RowOf(part, key), "C", value);
        }
        Model.Staffing Rendered()
        {
            var output = Path.Combine(Dir, "staff.pdf");
            var r = Yusuan.Run("render", workbook, "--to", "pdf", "-o", output, "--redraft", "--force");
            Assert.True(r.Exit == 0, r.Err);
            return DisclosureReader.Read(output).Overview.Staffing!;
        }
        Type("authorized", "30");
        Type("active", "28");
        Type("retired", "5");
        var s = Rendered();
        Assert.Equal((30, 33, 28, 5), (s.Authorized!.Value, s.Actual!.Value, s.Active!.Value, s.Retired!.Value));

        // A figure typed over the sum is kept as typed: the audit, not the drafter, reports the difference.
        Type("actual", "36");
        Assert.Equal(36, Rendered().Actual);
        var output = Path.Combine(Dir, "staff.pdf");
        Assert.Contains(new Auditor().Audit(DisclosureReader.Read(output), output).Findings, f => f.Rule == "YS0404");
    }

    private static List<string> Targets(Disclosure d, bool withAmounts) => d.Performance.Select(p =>
        $"{p.Kind} {p.Project} {p.Owner} {p.Contact} {(withAmounts ? $"{p.Amount} {p.Fiscal} {p.Other}" : "")} {Flat(p.Goal)} " +
        string.Join(";", p.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{Flat(i.Level3)} {Flat(i.Value)} {Flat(i.Basis)} {i.Prior} {i.Weight} {i.Scoring} {i.Evidence}"))).ToList();

    private static string Flat(string? s) => System.Text.RegularExpressions.Regex.Replace(s ?? "", @"\s+", "");

    private static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    /// <summary>The row of the 其他事项 sheet whose key (column B) is <paramref name="key"/>.</summary>
    private static uint RowOf(WorksheetPart part, string key) => part.Worksheet!.Descendants<Row>()
        .Single(r => r.Elements<Cell>().Any(c => c.CellReference!.Value!.StartsWith('B') && c.InnerText == key)).RowIndex!.Value;

    /// <summary>Types a value into a cell as a finance officer would (text, or a number where it is one).</summary>
    private static void Set(WorksheetPart part, uint row, string column, string value)
    {
        var data = part.Worksheet!.GetFirstChild<SheetData>()!;
        var r = data.Elements<Row>().FirstOrDefault(x => x.RowIndex!.Value == row);
        if (r is null)
        {
            r = new Row { RowIndex = row };
            data.InsertAfter(r, data.Elements<Row>().LastOrDefault(x => x.RowIndex!.Value < row));
        }
        var reference = column + row;
        r.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference)?.Remove();
        var cell = decimal.TryParse(value, out _)
            ? new Cell { CellReference = reference, CellValue = new CellValue(value) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
        r.InsertAfter(cell, r.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value, reference) < 0 && c.CellReference!.Value!.Length <= reference.Length));
    }
}
