using OpenYusuan.Audit.Engine;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Engine;

/// <summary>The registry is the single source of rule ids, and docs/rules.md is generated from it.</summary>
public sealed class RuleCatalogTests
{
    private static readonly Dictionary<string, string> Ranges = new()
    {
        ["completeness"] = "YS01", ["table"] = "YS02", ["cross"] = "YS03", ["narrative"] = "YS04",
        ["percent"] = "YS05", ["codes"] = "YS06", ["text"] = "YS07", ["year"] = "YS08", ["input"] = "YS09",
    };

    [Fact]
    public void Every_rule_has_a_unique_id_in_its_category_range_and_a_complete_entry()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.Matches(@"^YS\d{4}$", r.Id);
            Assert.StartsWith(Ranges[r.Category], r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title + r.Why + r.Fix + r.Example) || new[] { r.Title, r.Why, r.Fix, r.Example, r.Template }.Any(string.IsNullOrWhiteSpace), r.Id);
        });
    }

    [Fact]
    public void A_subject_printed_in_quotes_is_quoted_once()
    {
        var d = new RuleDescriptor("YS0000", "narrative", Severity.Error, "t", "第{section}部分“{subject}”写作“{what}”", "w", "f", "e");
        Assert.Equal("第1部分“教育支出（类）”写作“”", d.Format(new Dictionary<string, string> { ["section"] = "1", ["subject"] = "“教育支出（类）”", ["what"] = "" }));
        // A quote mark as the subject itself stays quoted.
        Assert.Equal("第1部分“””写作“x”", d.Format(new Dictionary<string, string> { ["section"] = "1", ["subject"] = "”", ["what"] = "x" }));
    }

    [Fact]
    public void Every_rule_a_family_reports_is_in_the_catalogue()
    {
        foreach (var id in Auditor.Families.SelectMany(f => f.Rules)) Assert.NotNull(RuleCatalog.Find(id));
        foreach (var id in typeof(OpenYusuan.Model.Findings.RuleIds).GetFields().Select(f => (string)f.GetValue(null)!))
            Assert.NotNull(RuleCatalog.Find(id));
    }

    [Fact]
    public void Docs_rules_md_is_generated_from_the_registry()
    {
        var path = Path.Combine(SharedFiles.RepoRoot, "docs", "rules.md");
        var generated = RuleDocs.Markdown();
        Assert.All(RuleCatalog.All, r => Assert.Contains($"### {r.Id}", File.ReadAllText(path)));
        Assert.True(File.ReadAllText(path) == generated, "docs/rules.md is out of date: run ./yusuan rules --format markdown > docs/rules.md");
    }
}
