using System.Text.Json;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The hand-made Shanghai-template disclosure (titled explanation, tables in 元, text in 万元) has exactly
/// three planted narrative errors: each is caught with its numbers, and nothing else is raised.</summary>
public sealed class ShanghaiAuditTests
{
    private static readonly string Text = Path.Combine(SharedFiles.RepoRoot, "tests", "OpenYusuan.Reading.Tests", "Fixtures", "Shanghai", "sh2025-dept.txt");

    [Fact]
    public void Planted_errors_are_caught_and_nothing_else()
    {
        var report = new Auditor().Audit(DisclosureReader.Read(Text), Text);
        var raised = report.Findings.Where(f => f.Severity != Severity.Info).ToList();
        using var key = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Text, null) + ".expected.json"));
        Assert.Equal(key.RootElement.GetProperty("planted_errors").GetArrayLength(), raised.Count);
        var yoy = Assert.Single(raised, f => f.Rule == "YS0503");
        Assert.Equal(("12.60", "16.20"), (yoy.Expected, yoy.Actual));
        Assert.Contains("上年应为 254 万元", yoy.Message);
        var amount = Assert.Single(raised, f => f.Rule == "YS0401");
        Assert.Equal(("106.13", "116.13", "three_public", "operating_costs"), (amount.Expected, amount.Actual, amount.Related![0].Table, amount.Related[0].Row));
        var procurement = Assert.Single(raised, f => f.Rule == "YS0403");
        Assert.Equal(("≤ 150", "165"), (procurement.Expected, procurement.Actual));
    }
}
