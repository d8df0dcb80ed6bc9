namespace OpenYusuan.Model;

/// <summary>Where something was printed in the source: a text line, or a PDF page and box, or a sheet cell.</summary>
public sealed record Location
{
    public int? Line { get; init; }
    public int? Page { get; init; }
    /// <summary>PDF points, x0 y0 x1 y1.</summary>
    public IReadOnlyList<double>? Bbox { get; init; }
    public string? Sheet { get; init; }
    public string? Cell { get; init; }

    public static Location AtLine(int line) => new() { Line = line };
}
