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
