namespace OpenYusuan.Reading.Text;

/// <summary>One line of a text disclosure: its 1-based number, the text with markup removed,
/// and its tab-separated cells when the line has tabs.</summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<string>? Cells)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The text without any whitespace, for matching titles and labels that extraction spaced out.</summary>
    public string Compact { get; } = TextNormalizer.Compact(Text);
}
