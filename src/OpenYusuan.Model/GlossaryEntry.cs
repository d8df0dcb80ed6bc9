namespace OpenYusuan.Model;

/// <summary>One term of 名词解释.</summary>
public sealed record GlossaryEntry(string Term, string Text)
{
    public Location? Loc { get; init; }
}
