using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Properties;

/// <summary>Property on the corpus 决算 (普陀区规划资源局 2024, as published): its tables audit without an error, and changing any
/// single figure of its tables by more than rounding explains gives an error in that table — the 决算's identities
/// (总表 lines, the nine tables against each other, sums, hierarchies and rows) bind every cell.</summary>
public sealed class FinalCellChangeTests
{
    [SkippableTheory]
    [InlineData("1.00")]
    [InlineData("-0.37")]
    public void Changing_any_single_cell_of_the_final_accounts_is_caught_in_its_table(string delta)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var path = SharedFiles.Corpus("final-2024-putuo-planning.pdf");
        var document = DisclosureReader.Read(path);
        var auditor = new Auditor();
        // As published its real errors are all in its text (p.22–24: YS0401 amounts, YS0604/YS0605 names): none in its tables.
        var published = auditor.Audit(document, path).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.All(published, f => Assert.Contains(f.Rule, new[] { "YS0401", "YS0604", "YS0605" }));
        var missed = new List<string>();
        var count = 0;
        foreach (var m in CellMutations.All(document, decimal.Parse(delta, System.Globalization.CultureInfo.InvariantCulture)))
        {
            count++;
            var report = auditor.Audit(m.Document, path);
            if (!report.Findings.Any(f => f.Severity == Severity.Error && f.Location.Table == m.Table && f.Rule != "YS0401")) missed.Add(m.Where);
        }
        Assert.True(count > 100, $"only {count} cells");
        Assert.True(missed.Count == 0, $"{missed.Count} of {count} changes not caught as an error in their table:\n" + string.Join("\n", missed.Take(30)));
    }
}
