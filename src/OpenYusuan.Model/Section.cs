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
    /// <summary>Where each stretch of <see cref="Text"/> was printed (one mark per source line), in text order.</summary>
    public IReadOnlyList<TextMark>? Marks { get; init; }

    /// <summary>The print location of character <paramref name="at"/> of the text, or the section's own.</summary>
    public Location? LocAt(int at)
    {
        if (Marks is not { Count: > 0 } marks) return Loc;
        var found = Loc;
        foreach (var m in marks)
        {
            if (m.At > at) break;
            found = m.Loc;
        }
        return found;
    }
}
