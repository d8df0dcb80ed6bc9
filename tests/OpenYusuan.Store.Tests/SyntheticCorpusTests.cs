using OpenYusuan.App;
using OpenYusuan.App.Synthetic;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Store.Tests;

/// <summary>The synthetic corpus the store is measured on: varied, read back as written, clean where nothing was
/// seeded, and each seeded error found by the audit where it was seeded.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Generated_documents_read_back_with_their_entity_and_year_and_the_audit_finds_exactly_the_seeded_errors()
    {
        var corpus = new SyntheticCorpus(SyntheticCorpus.Example(SharedFiles.Example));
        var workflows = new DisclosureWorkflows();
        var items = Enumerable.Range(0, 12).Select(i => corpus.Make(i, errorShare: 0.5)).ToList();
        Assert.True(items.Select(i => i.Format).Distinct().Count() > 1);
        Assert.True(items.Select(i => i.Entity).Distinct().Count() == items.Count);
        Assert.Contains(items, i => i.SeededError is not null);
        Assert.Contains(items, i => i.SeededError is null);
        foreach (var item in items)
        {
            var checkedDocument = workflows.Check(new DocumentBytes(item.Name, item.Bytes));
            Assert.Equal(item.Entity, checkedDocument.Model.Entity);
            Assert.Equal(item.Year, checkedDocument.Model.Year);
            var errors = checkedDocument.Report.Findings.Where(f => f.Severity == Severity.Error).ToList();
            if (item.SeededError is null) Assert.True(errors.Count == 0, item.Name + ": " + string.Join(" | ", errors.Select(e => e.Message)));
            else
            {
                var code = item.SeededError.Split(' ')[1];
                Assert.Contains(errors, e => e.Location.Table == "general_budget_expense" && (e.Location.Row == code || e.Location.Row == code[..5] || e.Location.Row == code[..3] || e.Location.Row is null));
            }
        }
        var again = new SyntheticCorpus(SyntheticCorpus.Example(SharedFiles.Example)).Make(3);
        Assert.Equal((items[3].Name, items[3].Scale, items[3].Format), (again.Name, again.Scale, again.Format));
    }
}
