using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Rendering.Plan;
using OpenYusuan.Templates;
using Xunit;

namespace OpenYusuan.Audit.Tests.Templates;

/// <summary>The completeness rules (YS0101 table missing, YS0102 section missing, YS0103 glossary missing) hold a
/// document to its template's description: every table, section and requirement below comes from the data files,
/// not from code.</summary>
public sealed class TemplateCompletenessTests
{
    public static TheoryData<string, int> RequiredTables()
    {
        var data = new TheoryData<string, int>();
        foreach (var t in Template.All.Where(t => t.Kind == "budget" && t.TablesRequired))
            foreach (var table in t.Tables) data.Add(t.Id, table.Number);
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredTables))]
    public void A_table_the_description_lists_is_reported_when_missing(string id, int number)
    {
        var template = Template.Find(id)!;
        var listed = template.Tables.Single(t => t.Number == number);
        var blank = BlankDisclosure.Of(template, 2026, "示例局", department: true);
        var d = blank with { Tables = blank.Tables.Where(t => t.Number != number).ToList() };

        var missing = new Auditor().Audit(d, "blank.json").Findings.Where(f => f.Rule == "YS0101").ToList();

        var f = Assert.Single(missing);
        Assert.Equal((listed.Kind, (int?)number), (f.Location.Table, f.Location.Number));
        Assert.Contains(listed.TitleFor(2026, "部门"), f.Message);
    }

    [Fact]
    public void A_template_that_requires_no_tables_reports_none_missing()
    {
        var xinjiang = BlankDisclosure.Of(Template.Find("xinjiang-2024")!, 2026, "示例局", department: false);
        var d = xinjiang with { Template = Template.Generic.Budget, Tables = xinjiang.Tables.Take(3).ToList() };
        Assert.DoesNotContain(new Auditor().Audit(d, "blank.json").Findings, f => f.Rule == "YS0101");
    }

    [Fact]
    public void A_fixed_section_is_reported_by_its_title_from_the_description()
    {
        var template = Template.Find("xinjiang-2024")!;
        var blank = BlankDisclosure.Of(template, 2026, "示例局", department: false);
        var last = template.Sections.List[^1];
        var d = blank with { Sections = blank.Sections.Where(s => s.Number != last.Number).ToList() };

        var f = Assert.Single(new Auditor().Audit(d, "blank.json").Findings, f => f.Rule == "YS0102");
        Assert.Equal(last.Number.ToString(), f.Location.Section);
        Assert.Contains($"{template.Sections.Part}", f.Message);
        Assert.Contains(last.Title, f.Message);
    }

    [Fact]
    public void Where_sections_are_not_fixed_only_a_gap_is_missing()
    {
        var template = Template.Find("shanghai-budget")!;
        Assert.False(template.Sections.Fixed);
        var blank = BlankDisclosure.Of(template, 2026, "示例局", department: true);
        var withoutLast = blank with { Sections = blank.Sections.Take(blank.Sections.Count - 1).ToList() };
        Assert.DoesNotContain(new Auditor().Audit(withoutLast, "blank.json").Findings, f => f.Rule == "YS0102");
        var gap = blank with { Sections = blank.Sections.Where(s => s.Number != 2).ToList() };
        Assert.Single(new Auditor().Audit(gap, "blank.json").Findings, f => f.Rule == "YS0102" && f.Location.Section == "2");
    }

    [Fact]
    public void The_glossary_is_required_where_the_description_says_so()
    {
        foreach (var template in Template.All.Where(t => t.Kind == "budget" && t.Sections.List.Count > 0))
        {
            var blank = BlankDisclosure.Of(template, 2026, "示例局", department: true);
            var findings = new Auditor().Audit(blank with { Glossary = [] }, "blank.json").Findings;
            Assert.Equal(template.Glossary.Required, findings.Any(f => f.Rule == "YS0103"));
        }
    }
}
