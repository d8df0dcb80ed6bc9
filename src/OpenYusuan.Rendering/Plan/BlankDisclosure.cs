using OpenYusuan.Model;
using OpenYusuan.Templates;

namespace OpenYusuan.Rendering.Plan;

/// <summary>The empty disclosure a workbook template is made from, built from the template's description
/// (src/OpenYusuan.Templates/Data/templates): every table it lists, with its printed title, columns and the lines it
/// prints whatever the unit, the explanation sections with placeholders, and its standard 名词解释.</summary>
public static class BlankDisclosure
{
    /// <summary>The names `yusuan template --template` accepts: the budget templates a blank workbook is made from.</summary>
    public static IReadOnlyList<string> Templates =>
        Template.All.Where(t => t.Workbook && t.Kind == "budget").SelectMany(t => t.Aliases.Prepend(t.Id)).ToList();

    /// <summary>The template a blank budget workbook follows unless told otherwise.</summary>
    public const string DefaultTemplate = "xinjiang";

    /// <summary>What `--template` offers, from the descriptions: xinjiang（11 张表，万元）或 shanghai（9 张表，元）.</summary>
    public static string TemplateChoices => string.Join("或 ", Template.All.Where(t => t.Workbook && t.Kind == "budget")
        .OrderBy(t => t != Template.Find(DefaultTemplate)).Select(t => $"{t.Aliases.FirstOrDefault() ?? t.Id}（{t.Tables.Count} 张表，{t.Unit}）"));

    /// <summary>The blank of a document's own template when a workbook is made from it, else of the default one: the
    /// tables a filled workbook is completed to.</summary>
    public static Disclosure For(Disclosure d) =>
        Budget(d.Year ?? DateTime.Today.Year, d.Entity ?? "",
            Template.Find(d.Template) is { Workbook: true, Kind: "budget" } t ? t.Id : DefaultTemplate, d.Scope == "department");

    public static Disclosure Budget(int year, string entity, string template, bool department) =>
        Of(Template.Find(template) ?? throw new ArgumentException($"unknown template {template}", nameof(template)), year, entity, department);

    /// <summary>The blank 决算 of the national template: nine tables in 万元, eleven explanation sections.</summary>
    public static Disclosure Final(int year, string entity, bool department) =>
        Of(Template.For(Template.Generic.Final, "final"), year, entity, department);

    public static Disclosure Of(Template template, int year, string entity, bool department)
    {
        var who = department ? "部门" : "单位";
        return new Disclosure
        {
            Kind = template.Kind, Scope = department ? "department" : "unit", Template = template.Id,
            Entity = entity, Year = year, Unit = template.Unit,
            Tables = template.Tables.Select(t => Table(t, t.TitleFor(year, who), t.Unit ?? template.Unit)).ToList(),
            Glossary = template.Glossary.Terms.ToList(),
            Sections = Sections(template.Sections, year, entity, who),
        };
    }

    /// <summary>The template's sections with its placeholder (a section with sub-sections leaves its own text empty);
    /// a sub-section starts with its guidance where the template gives one.</summary>
    private static List<Section> Sections(TemplateSections sections, int year, string entity, string who) =>
        sections.List.Select(s => new Section
        {
            Number = s.Number,
            Title = TemplateText.Fill(s.Heading ?? sections.Heading, year, who, entity, TemplateText.Fill(s.Title, year, who)),
            Text = s.Subsections.Count > 0 ? "" : sections.Placeholder,
            Subsections = s.Subsections.Select((sub, i) => new Section
            {
                Number = i + 1, Title = TemplateText.Fill(sub.Title, year, who), Text = sub.Text ?? sections.Placeholder,
            }).ToList(),
        }).ToList();

    /// <summary>A blank table: no figures, with the lines its template prints (the income lines and every 类 of a
    /// two-sided table, the items of the “三公” table, the economic lines of the 决算 基本支出表).</summary>
    private static DisclosureTable Table(TemplateTable t, string title, string unit)
    {
        var twoSided = TableKinds.IsTwoSided(t.Kind);
        var economic = Model.Codes.ClassificationList.Economic;
        return new DisclosureTable
        {
            Kind = t.Kind, Number = t.Number, Title = title, Unit = unit, Columns = TableKinds.ColumnOrder(t.Kind),
            Rows = twoSided ? null
                : t.Items.Count > 0 ? t.Items.Select(l => new TableRow { Item = l.Item, Name = l.Label }).ToList()
                : t.Codes.Select(c => new TableRow { Code = c, Name = economic.Find(c)?.Name ?? "" }).ToList(),
            Income = twoSided ? Lines(t.Income) : null,
            Expense = twoSided ? [.. Classes(), .. Lines(t.ExpenseLines)] : null,
            Totals = new Dictionary<string, decimal>(), ExpenseTotals = twoSided ? new Dictionary<string, decimal>() : null,
        };
    }

    private static List<TableRow> Lines(IEnumerable<TemplateLine> lines) => lines.Select(l => new TableRow { Item = l.Item, Label = l.Label }).ToList();

    /// <summary>Every 类 of the functional classification, in code order: the expense side of a blank two-sided table.</summary>
    private static List<TableRow> Classes() => Model.Codes.ClassificationList.Functional.Entries.Where(e => e.Code.Length == 3)
        .OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => new TableRow { Code = e.Code, Name = e.Name }).ToList();
}
