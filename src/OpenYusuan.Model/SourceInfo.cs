namespace OpenYusuan.Model;

/// <summary>The file a model was read from; <see cref="Parts"/> lists the files read as one document (a publication
/// split into its explanation, tables and performance targets).</summary>
public sealed record SourceInfo(string Path, string Format, string Sha256)
{
    public IReadOnlyList<SourcePart>? Parts { get; init; }
    /// <summary>A PDF's page count.</summary>
    public int? Pages { get; init; }
    /// <summary>A PDF's pages with nothing on them: no text and no image.</summary>
    public IReadOnlyList<int>? BlankPages { get; init; }
}

/// <summary>One file of a document read from several.</summary>
public sealed record SourcePart(string Path, string Sha256);
