namespace OpenYusuan.Reading.Text;

/// <summary>One line of a text disclosure: its 1-based number, the text with markup removed,
/// and its tab-separated cells when the line has tabs. <paramref name="Indent"/> is how many blanks preceded the
/// text: in text laid out from a PDF it says which column a line starts in.</summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<string>? Cells, int Indent = 0)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The text without any whitespace, for matching titles and labels that extraction spaced out.</summary>
    public string Compact { get; } = TextNormalizer.Compact(Text);
}
