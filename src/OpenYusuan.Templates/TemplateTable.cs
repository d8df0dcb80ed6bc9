using System.Text.Json.Serialization;
namespace OpenYusuan.Templates;

/// <summary>A table as a template prints it: its number, kind (spec/disclosure-json.md), title, and the lines the
/// template prints whatever the unit (a blank workbook starts from them).</summary>
public sealed class TemplateTable
{
    public required int Number { get; init; }

    public required string Kind { get; init; }

    /// <summary>The printed title; {who} stands for 部门 or 单位, {year} for the budget year.</summary>
    public required string Title { get; init; }

    /// <summary>Other titles the template's documents print for this table (TableFamily reads every one as this kind).</summary>
    [JsonInclude] public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>The unit when it differs from the template's.</summary>
    public string? Unit { get; init; }

    /// <summary>The income side of a two-sided table, line by line.</summary>
    [JsonInclude] public IReadOnlyList<TemplateLine> Income { get; internal set; } = [];

    /// <summary>Lines printed on the expense side after every 类 of the functional classification (决算: 本年支出合计 …).</summary>
    [JsonInclude] public IReadOnlyList<TemplateLine> ExpenseLines { get; internal set; } = [];

    /// <summary>Rows that are items, not codes (the “三公” table).</summary>
    [JsonInclude] public IReadOnlyList<TemplateLine> Items { get; internal set; } = [];

    /// <summary>Rows by economic code, named from the classification list (决算 基本支出表).</summary>
    [JsonInclude] public IReadOnlyList<string> Codes { get; internal set; } = [];

    public string? Note { get; init; }

    /// <summary>The printed title for a document of that year and scope.</summary>
    public string TitleFor(int? year, string who) => TemplateText.Fill(Title, year, who);
}
