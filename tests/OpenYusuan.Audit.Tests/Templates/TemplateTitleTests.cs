using System.Text;
using OpenYusuan.Rendering;
using OpenYusuan.Rendering.Plan;
using OpenYusuan.Templates;
using Xunit;

namespace OpenYusuan.Audit.Tests.Templates;

/// <summary>A table the model holds without a title is rendered under the title its template's description prints.</summary>
public sealed class TemplateTitleTests
{
    [Fact]
    public void An_untitled_table_is_rendered_under_its_templates_title()
    {
        var template = Template.Find("shanghai-budget")!;
        var blank = BlankDisclosure.Of(template, 2025, "示例局", department: true);
        var d = blank with { Tables = blank.Tables.Select(t => t with { Title = null }).ToList() };

        var html = Encoding.UTF8.GetString(Renderer.Render(d, "html"));

        foreach (var t in template.Tables) Assert.Contains(t.TitleFor(2025, "部门"), html);
        Assert.Equal("2025年部门财务收支预算总表", TablePlan.TitleOf(d, d.Tables[0]));
    }
}
