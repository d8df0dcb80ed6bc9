namespace OpenYusuan.Model;

/// <summary>Where a stretch of a section's text was printed: from character <see cref="At"/> of the text on, until
/// the next mark. Lets a finding about a phrase anywhere in the text carry its line, page and box.</summary>
public sealed record TextMark(int At, Location Loc);
