namespace OpenYusuan.Reading.Tables;

/// <summary>A table row as collected from the text, before its figures are put into columns.</summary>
public sealed class RawRow
{
    public required int Line { get; init; }
    /// <summary>Normalized code (类 3, 款 5, 项 7 digits), when printed.</summary>
    public string? Code { get; set; }
    /// <summary>Text pieces in print order (wrapped name and project lines).</summary>
    public List<string> Pieces { get; } = [];
    /// <summary>Text printed between the previous row's figures and this row's code: the end of the previous
    /// name, the start of this one, or both (a wrapped name cell is centred on its row).</summary>
    public List<string> Lead { get; } = [];
    /// <summary>Text seen inside a repeated page header after this row: kept only if it completes the row's name.</summary>
    public List<string> Orphans { get; } = [];
    /// <summary>Separate name and project cells, when the layout has cells.</summary>
    public string? NameCell { get; set; }
    public string? ProjectCell { get; set; }
    public List<RawValue> Values { get; } = [];
    public bool IsTotal { get; set; }
    /// <summary>Line of the last figure, for rejoining a number split over two lines.</summary>
    public int LastValueLine { get; set; }

    public string Text => string.Concat(Pieces.Select(p => p.Trim()));
}
