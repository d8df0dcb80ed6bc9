using System.Text.Json.Serialization;
namespace OpenYusuan.Templates;

/// <summary>A numbered explanation section (or a sub-section, numbered by its place) of a template.</summary>
public sealed class TemplateSection
{
    public int Number { get; init; }

    /// <summary>The title as findings name it; may hold {who} and {year}.</summary>
    public required string Title { get; init; }

    /// <summary>The printed heading when it differs from the template's (十二、其他重要事项的情况说明 has no 关于… prefix).</summary>
    public string? Heading { get; init; }

    /// <summary>The guidance a blank sub-section starts with, when not the template's placeholder.</summary>
    public string? Text { get; init; }

    [JsonInclude] public IReadOnlyList<TemplateSection> Subsections { get; internal set; } = [];

    public string? Note { get; init; }
}
