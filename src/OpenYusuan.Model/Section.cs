namespace OpenYusuan.Model;

/// <summary>A numbered explanation section (一、…) or sub-section (（一）…) with its text.</summary>
public sealed record Section
{
    /// <summary>Ordinal as printed (二 → 2, （三） → 3); print order for unnumbered templates.</summary>
    public required int Number { get; init; }
    public required string Title { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<Section> Subsections { get; init; } = [];
    public Location? Loc { get; init; }
}
