using System.Text.Json.Serialization;
namespace OpenYusuan.Templates;

/// <summary>A template's explanation (情况说明): how its sections are checked and the sections a blank starts with.</summary>
public sealed class TemplateSections
{
    /// <summary>fixed: every listed section must be printed under its number; gaps: only a number missing between the
    /// printed ones is (the numbering may begin in the overview part, as in many regions).</summary>
    [JsonInclude] public string Check { get; internal set; } = "gaps";

    /// <summary>What a finding calls the explanation (第三部分, 情况说明).</summary>
    [JsonInclude] public string Part { get; internal set; } = "情况说明";

    /// <summary>The printed heading of a section; {title}, {entity}, {year} are filled in.</summary>
    [JsonInclude] public string Heading { get; internal set; } = "{title}";

    /// <summary>The text a blank section starts with.</summary>
    [JsonInclude] public string Placeholder { get; internal set; } = "【请填写本部分内容】";

    [JsonInclude] public IReadOnlyList<TemplateSection> List { get; internal set; } = [];

    public bool Fixed => Check == "fixed";

    public TemplateSection? Find(int number) => List.FirstOrDefault(s => s.Number == number);
}
