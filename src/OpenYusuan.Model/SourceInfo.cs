namespace OpenYusuan.Model;

/// <summary>The file a model was read from.</summary>
public sealed record SourceInfo(string Path, string Format, string Sha256);
