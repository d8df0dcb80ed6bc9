using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Rendering.Plan;
using OpenYusuan.Templates;
using Xunit;

namespace OpenYusuan.Audit.Tests.Templates;

/// <summary>`yusuan template` and `yusuan workbook` lay a workbook out as the template's description says: its tables
/// in its order under its titles, its sections and its standard 名词解释.</summary>
public sealed class TemplateWorkbookTests() : TempFolder("template-workbook")
{
    public static TheoryData<string> WorkbookTemplates() => [.. Template.All.Where(t => t.Workbook && t.Kind == "budget").Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(WorkbookTemplates))]
    public void A_blank_workbook_has_the_tables_sections_and_terms_of_its_description(string id)
    {
        var template = Template.Find(id)!;
        var output = Path.Combine(Dir, $"{id}.xlsx");
        var r = Yusuan.Run("template", "--year", "2026", "--template", id, "--entity", "示例局", "--department", "-o", output);
        Assert.True(r.Exit == 0, r.Err);

        var model = DisclosureReader.Read(output);
        Assert.Equal(id, model.Template);
        Assert.Equal(template.Tables.Select(t => (t.Kind, (int?)t.Number, t.TitleFor(2026, "部门"))),
            model.Tables.Select(t => (t.Kind, t.Number, t.Title ?? "")));
        Assert.Equal(template.Sections.List.Select(s => s.Number), model.Sections.Select(s => s.Number));
        Assert.Equal(template.Glossary.Terms.Select(g => g.Term), model.Glossary.Select(g => g.Term));

        // One sheet per table, named by its number and title (cut to Excel's 31 characters), in the description's order.
        using var doc = SpreadsheetDocument.Open(output, false);
        var sheets = doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).Where(s => s.StartsWith('表')).ToList();
        Assert.Equal(template.Tables.Count, sheets.Count);
        Assert.All(template.Tables.Zip(sheets), p => Assert.StartsWith($"表{p.First.Number} ", p.Second));
    }

    [Fact]
    public void A_publication_is_completed_to_its_own_templates_tables()
    {
        var template = Template.Find("shanghai-budget")!;
        var blank = BlankDisclosure.Of(template, 2026, "示例局", department: true);
        var source = Path.Combine(Dir, "partial.json");
        File.WriteAllText(source, DisclosureJson.Serialize(blank with { Tables = blank.Tables.Take(4).ToList() }));
        var output = Path.Combine(Dir, "partial.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", source, "-o", output).Exit);
        Assert.Equal(template.Tables.Select(t => t.Kind), DisclosureReader.Read(output).Tables.Select(t => t.Kind));
    }
}
