using System.Text.Json.Serialization;
using OpenYusuan.Model;

namespace OpenYusuan.Templates;

/// <summary>A template's 名词解释: whether it must be printed, and the standard terms a blank starts with.</summary>
public sealed class TemplateGlossary
{
    public bool Required { get; init; }

    public string? Source { get; init; }

    [JsonInclude] public IReadOnlyList<GlossaryEntry> Terms { get; internal set; } = [];
}
