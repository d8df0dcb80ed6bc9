using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>`yusuan consolidate`: the 汇总 of units' disclosures sums every table by code and column, lists the units,
/// adds up the staffing, and — the identities being linear — is as consistent as its units; it can be audited
/// and rendered like any disclosure.</summary>
public sealed class ConsolidateTests() : TempFolder("consolidate")
{
    [Fact]
    public void Consistent_units_sum_to_a_consistent_department()
    {
        var output = Path.Combine(Dir, "dept.json");
        // Two units that happen to print the same figures: two files (the same file twice is refused as counted twice).
        var twin = Path.Combine(Dir, "twin-unit.txt");
        File.Copy(SharedFiles.Example, twin);
        var r = Yusuan.Run("consolidate", SharedFiles.Example, twin, "--entity", "示例市财政局（汇总）", "-o", output);
        Assert.True(r.Exit == 0, r.Err);
        var unit = DisclosureReader.Read(SharedFiles.Example);
        var dept = DisclosureReader.Read(output);
        Assert.Equal(("示例市财政局（汇总）", "department", true), (dept.Entity, dept.Scope, dept.Consolidated));
        Assert.Equal([unit.Entity!, unit.Entity!], dept.Overview.Units);
        Assert.Equal(2 * unit.Overview.Staffing!.Actual, dept.Overview.Staffing!.Actual);
        foreach (var t in unit.Tables)
        {
            var d = dept.Table(t.Kind)!;
            Assert.All(t.Totals ?? new Dictionary<string, decimal>(), kv => Assert.Equal(2 * kv.Value, d.Totals![kv.Key]));
            Assert.Equal(2 * t.IncomeTotal, d.IncomeTotal);
        }
        Assert.StartsWith("部门", dept.Table(TableKinds.Summary)!.Title);
        var findings = new Auditor().Audit(dept, output).Findings.Where(f => f.Severity != Severity.Info).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
    }

    [SkippableFact]
    public void Two_real_units_sum_by_code_and_render()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var a = SharedFiles.CorpusByPrefix("000_");
        var b = SharedFiles.CorpusByPrefix("003_");
        var output = Path.Combine(Dir, "two.json");
        Assert.Equal(0, Yusuan.Run("consolidate", a, b, "--entity", "两局（汇总）", "-o", output).Exit);
        var (ma, mb, dept) = (DisclosureReader.Read(a), DisclosureReader.Read(b), DisclosureReader.Read(output));
        decimal Of(Disclosure d, string code) => d.Table(TableKinds.Expense)!.Rows!.Where(r => r.Code == code).Sum(r => r.Values.GetValueOrDefault("total"));
        foreach (var code in new[] { "210", "21015", "2101501", "208" })
            Assert.Equal(Of(ma, code) + Of(mb, code), Of(dept, code));
        Assert.Equal(ma.Table(TableKinds.Income)!.Totals!["total"] + mb.Table(TableKinds.Income)!.Totals!["total"], dept.Table(TableKinds.Income)!.Totals!["total"]);
        var html = Path.Combine(Dir, "two.html");
        Assert.Equal(0, Yusuan.Run("render", output, "--to", "html", "-o", html, "--force").Exit);
        // The 汇总 has no narrative of its own: render drafts it; the tables come back cell for cell.
        Assert.Equal(ModelText.Tables(dept), ModelText.Tables(DisclosureReader.Read(html)));
    }

    [SkippableFact]
    public void Units_in_different_money_units_are_refused_by_name()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var r = Yusuan.Run("consolidate", SharedFiles.Example, SharedFiles.Corpus("budget-2025-putuo-govoffice.pdf"), "--entity", "x");
        Assert.Equal(2, r.Exit);
        Assert.Contains("金额单位不一致", r.Err);
    }
}
