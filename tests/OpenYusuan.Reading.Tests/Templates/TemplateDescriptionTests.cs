using System.Text;
using OpenYusuan.Templates;
using Xunit;

namespace OpenYusuan.Reading.Tests.Templates;

/// <summary>The template descriptions (src/OpenYusuan.Templates/Data/templates/*.json) load, agree with the table
/// family's titles, and cover every id the readers put into a model's <c>template</c>.</summary>
public sealed class TemplateDescriptionTests
{
    [Theory]
    [InlineData("xinjiang-2024", 11, "万元", 12)]
    [InlineData("xinjiang-2022", 9, "万元", 0)]
    [InlineData("shanghai-budget", 9, "元", 3)]
    [InlineData("national-final", 9, "万元", 11)]
    [InlineData("national", 0, "万元", 0)]
    public void Every_id_the_readers_emit_has_a_description(string id, int tables, string unit, int sections)
    {
        var t = Template.Find(id);
        Assert.NotNull(t);
        Assert.Equal((id, tables, unit, sections), (t.Id, t.Tables.Count, t.Unit, t.Sections.List.Count));
    }

    [Fact]
    public void Tables_are_numbered_in_order_once_per_kind()
    {
        foreach (var t in Template.All)
        {
            Assert.Equal(Enumerable.Range(1, t.Tables.Count), t.Tables.Select(x => x.Number));
            Assert.Equal(t.Tables.Count, t.Tables.Select(x => x.Kind).Distinct().Count());
        }
    }

    [Fact]
    public void Every_title_and_alias_is_read_as_its_kind_by_the_family()
    {
        foreach (var t in Template.All)
            foreach (var table in t.Tables)
                foreach (var title in table.Aliases.Prepend(table.TitleFor(2026, "部门")).Append(table.TitleFor(null, "单位")))
                    Assert.True(TableFamily.KindOfTitle(title, t.Kind == "final") == table.Kind, $"{t.Id}: {title} is not read as {table.Kind}");
    }

    [Fact]
    public void Ids_and_aliases_are_unique()
    {
        var names = Template.All.SelectMany(t => t.Aliases.Prepend(t.Id)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("xinjiang-2024", Template.Find("xinjiang")!.Id);
        Assert.Equal("shanghai-budget", Template.Find("shanghai")!.Id);
    }

    [Fact]
    public void A_document_naming_no_known_template_is_held_to_the_generic_one()
    {
        Assert.Equal("national", Template.For("guangzhou-2019", "budget").Id);
        Assert.Equal("national-final", Template.For(null, "final").Id);
        Assert.False(Template.For(null, "budget").TablesRequired);
    }

    [Fact]
    public void A_misspelt_key_is_an_error()
    {
        var json = """{"id": "x", "tabels": []}""";
        var e = Assert.Throws<InvalidDataException>(() => Template.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));
        Assert.Contains("tabels", e.Message);
    }

    [Fact]
    public void Wording_placeholders_are_filled()
    {
        var shanghai = Template.Find("shanghai-budget")!;
        Assert.Equal("2026年部门财务收支预算总表", shanghai.Tables[0].TitleFor(2026, "部门"));
        Assert.Equal("部门财务收支预算总表", shanghai.Tables[0].TitleFor(null, "部门"));
        Assert.Equal("单位收支总体情况表", Template.Find("xinjiang-2024")!.Tables[0].TitleFor(2026, "单位"));
    }
}
