using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Examples;

/// <summary>The bundled example (README's first command) reads completely and without any correction.</summary>
public sealed class ExampleTests
{
    private static readonly string Path = System.IO.Path.Combine(SharedFiles.RepoRoot, "examples", "example-budget-2025.txt");

    [Fact]
    public void Example_reads_completely_without_corrections()
    {
        var d = DisclosureReader.Read(Path);
        Assert.Empty(d.Notes);
        Assert.Equal(("示例市财政局", 2025, "unit", "2025-02-26"), (d.Entity, d.Year!.Value, d.Scope, d.Published));
        Assert.Equal(TableKinds.Budget, d.Tables.Select(t => t.Kind));
        Assert.Equal(Enumerable.Range(1, 11), d.Tables.Select(t => t.Number!.Value));
        Assert.Equal(Enumerable.Range(1, 12), d.Sections.Select(s => s.Number));
        Assert.Equal(5, d.Performance.Count);
        Assert.All(d.Performance, p => Assert.Equal(90m, p.Indicators.Sum(i => i.Weight ?? 0)));
        Assert.Equal(8, d.Glossary.Count);
        Assert.Equal((32, 36, 30, 6, 0), (d.Overview.Staffing!.Authorized!.Value, d.Overview.Staffing.Actual!.Value,
            d.Overview.Staffing.Active!.Value, d.Overview.Staffing.Retired!.Value, d.Overview.Staffing.RetiredCadre!.Value));
        Assert.Equal(862.30m, d.Table(TableKinds.Summary)!.IncomeTotal);
    }

    [Fact]
    public void Parse_text_summary_of_the_example_is_stable()
    {
        var result = Yusuan.Run("parse", Path, "--format", "text");
        Assert.Equal(0, result.Exit);
        Snapshot.Match("parse-example.txt", result.Out.Replace(Path, "examples/example-budget-2025.txt"));
    }
}
