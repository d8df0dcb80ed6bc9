namespace OpenYusuan.Templates;

/// <summary>A fixed line of a table: the spec's item key and the label the template prints for it.</summary>
public sealed record TemplateLine(string Item, string Label);
