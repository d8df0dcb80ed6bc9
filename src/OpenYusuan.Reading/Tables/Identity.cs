namespace OpenYusuan.Reading.Tables;

/// <summary>A linear accounting identity over cells: Σ sign·cell = constant. Used to decide which column
/// an ambiguous figure belongs to; it says nothing about whether the document is right.</summary>
public sealed record Identity(IReadOnlyList<(int Row, int Column, int Sign)> Terms, decimal Constant, double Weight, string Kind)
{
    public IEnumerable<int> Rows => Terms.Select(t => t.Row).Distinct();
}
