namespace OpenYusuan.Model.Findings;

/// <summary>An audit finding, or a reader's note about a correction it made (same shape).</summary>
public sealed record Finding
{
    public required string Rule { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public FindingLocation Location { get; init; } = new();
    public string? Expected { get; init; }
    public string? Actual { get; init; }
    public IReadOnlyList<FindingLocation>? Related { get; init; }
}
