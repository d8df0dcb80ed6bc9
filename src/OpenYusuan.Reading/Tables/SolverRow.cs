namespace OpenYusuan.Reading.Tables;

/// <summary>A row as the column solver sees it: its figures in print order, the columns they may go to
/// (each candidate maps figure i to a column index, preserving order) and the level it sits at
/// (totals 0, 类 1, 款 2, 项 3, projects 4) for top-down resolution.</summary>
public sealed class SolverRow(IReadOnlyList<decimal?> values, int level, int[]? positional)
{
    public IReadOnlyList<decimal?> Values { get; } = values;
    public int Level { get; } = level;
    /// <summary>Column of each figure by its printed position, when the layout has cells.</summary>
    public int[]? Positional { get; } = positional;
    /// <summary>Index of the row this one adds up into (its 类 or 款, or the totals row), if any.</summary>
    public int? Parent { get; set; }
    public List<int[]> Candidates { get; } = [];
    public int[] Chosen { get; set; } = [];
    public decimal?[] Cells { get; set; } = [];
}
