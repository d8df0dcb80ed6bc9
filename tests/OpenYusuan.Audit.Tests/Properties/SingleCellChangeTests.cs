using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Properties;

/// <summary>Property: in a consistent disclosure, changing any single table figure by more than rounding can
/// explain produces at least one error-level finding that points at that table. The consistent documents are
/// generated from the helper-written ones (example and variant fixtures), each scaled by several factors.</summary>
public sealed class SingleCellChangeTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var path in SharedFiles.VariantTexts().Prepend(SharedFiles.Example))
            foreach (var factor in new[] { 1, 3, 7 })
                foreach (var delta in new[] { "1.00", "-0.37" })
                    data.Add(Path.GetFileName(path), factor, delta);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Changing_any_single_cell_is_caught_in_its_table(string file, int factor, string delta)
    {
        var path = SharedFiles.VariantTexts().Prepend(SharedFiles.Example).Single(p => Path.GetFileName(p) == file);
        var document = CellMutations.Scale(DisclosureReader.Read(path), factor);
        var auditor = new Auditor();
        Assert.Equal(0, auditor.Audit(document, path).Summary.Error);
        var missed = new List<string>();
        var count = 0;
        foreach (var m in CellMutations.All(document, decimal.Parse(delta, System.Globalization.CultureInfo.InvariantCulture)))
        {
            count++;
            var report = auditor.Audit(m.Document, path);
            if (!report.Findings.Any(f => f.Severity == Severity.Error && f.Location.Table == m.Table)) missed.Add(m.Where);
        }
        Assert.True(count > 100, $"only {count} cells");
        Assert.True(missed.Count == 0, $"{missed.Count} of {count} changes not caught as an error in their table:\n" + string.Join("\n", missed.Take(30)));
    }
}
