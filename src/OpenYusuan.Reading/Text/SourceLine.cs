namespace OpenYusuan.Reading.Text;

/// <summary>One line of a text disclosure: its 1-based number, the text with markup removed,
/// and its tab-separated cells when the line has tabs. <paramref name="Indent"/> is how many blanks preceded the
/// text: in text laid out from a PDF it says which column a line starts in.</summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<string>? Cells, int Indent = 0)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The text without any whitespace, for matching titles and labels that extraction spaced out.</summary>
    public string Compact { get; } = TextNormalizer.Compact(Text);

    /// <summary>Where each cell lies across the page, left to right, when the format says (a PDF's ruled cells, in
    /// points). Tab-separated text leaves this null: its cell index is its position. A merged cell's box covers the
    /// finer columns it spans; the padded cells it covers repeat its box.</summary>
    public IReadOnlyList<CellBox>? Boxes { get; init; }

    /// <summary>The PDF page the line is on, and its box (x0 y0 x1 y1, points), when read from a PDF.</summary>
    public int? Page { get; init; }
    public double[]? Bbox { get; init; }

    /// <summary>Which ruled grid of the PDF the line is a row of (numbered through the document): a table split over
    /// pages, or printed as two grids on one page, comes in several.</summary>
    public int? Grid { get; init; }

    /// <summary>The horizontal extent of cell <paramref name="i"/>: its box where known, else its index.</summary>
    public CellBox BoxOf(int i) => Boxes is { } b && i < b.Count ? b[i] : new CellBox(i, i + 1);

    /// <summary>A line made from cells (a table row read from a format that knows its cells), normalized as
    /// <see cref="LineSplitter"/> normalizes tab-separated text.</summary>
    public static SourceLine FromCells(int number, IReadOnlyList<string> cells, IReadOnlyList<CellBox>? boxes = null)
    {
        var clean = cells.Select(c => TextNormalizer.StripMarkup(TextNormalizer.NormalizeDigits(c)).Replace('\u3000', ' ')).ToList();
        var text = string.Join(' ', clean).Trim();
        return new SourceLine(number, text, clean) { Boxes = boxes };
    }
}

/// <summary>A cell's horizontal extent on its page (PDF points, or cell indices for tab-separated text).</summary>
public readonly record struct CellBox(double Left, double Right)
{
    public double Center => (Left + Right) / 2;
    public double Width => Right - Left;
}
