using OpenYusuan.Reading.Tables;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

/// <summary>Figures that lost their empty neighbours are put into columns by the arithmetic.</summary>
public sealed class ColumnSolverTests
{
    // Columns: 0 合计, 1 基本支出, 2 项目支出.
    [Fact]
    public void Children_follow_the_parent_columns_jointly()
    {
        var s = new ColumnSolver(3, 0.01m);
        s.AddRowRule(0, 1, 2);
        var total = s.AddRow(new SolverRow([100m, 60m, 40m], 0, null));
        var a = s.AddRow(new SolverRow([60m, 60m], 1, null));
        var b = s.AddRow(new SolverRow([40m, 40m], 1, null));
        foreach (var c in new[] { 0, 1, 2 })
            s.AddIdentity(new Identity([(total, c, 1), (a, c, -1), (b, c, -1)], 0, 1, "tree"));
        s.Rows[a].Parent = total;
        s.Rows[b].Parent = total;
        s.Solve();
        Assert.Equal([0, 1], s.Rows[a].Chosen);
        Assert.Equal([0, 2], s.Rows[b].Chosen);
    }

    [Fact]
    public void A_row_of_many_figures_in_a_wide_table_is_placed_within_a_bound()
    {
        // 13 figures without positions in 27 columns: 20 million placements, all tied (no identity). The search keeps a
        // bounded number of them (a fuzzed PDF took 7 s and 1.4 GB here before the bound).
        var s = new ColumnSolver(27, 0.01m);
        var row = s.AddRow(new SolverRow(Enumerable.Repeat<decimal?>(1m, 6).Concat(Enumerable.Repeat<decimal?>(2m, 7)).ToList(), 0, null));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        s.Solve();
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - before, 0, 200L << 20);
        Assert.InRange(s.Rows[row].Candidates.Count, 1, 4096);
        Assert.Equal(13, s.Rows[row].Chosen.Length);
    }

    [Fact]
    public void A_figure_repeated_in_another_table_settles_the_column()
    {
        var s = new ColumnSolver(3, 0.01m);
        s.AddRowRule(0, 1, 2);
        var total = s.AddRow(new SolverRow([5m, 5m], 0, null));
        s.AddIdentity(new Identity([(total, 2, 1)], 5m, 1, "anchor"));
        s.Solve();
        Assert.Equal([0, 2], s.Rows[total].Chosen);
    }

    [Fact]
    public void Printed_positions_win_ties()
    {
        var s = new ColumnSolver(3, 0.01m);
        s.AddRowRule(0, 1, 2);
        var row = s.AddRow(new SolverRow([5m, 5m], 1, [0, 2]));
        s.Solve();
        Assert.Equal([0, 2], s.Rows[row].Chosen);
    }
}
