using System.Text.Json;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>Claims of the explanation against the answer keys, and the narrative problems the corpus texts
/// really contain, each with its numbers.</summary>
public sealed class CorpusNarrativeTests
{
    public static TheoryData<string> Documents => new() { "000", "001", "003" };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Every_claim_of_the_answer_key_is_extracted(string id)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var model = DisclosureReader.Read(SharedFiles.CorpusByPrefix(id + "_"));
        using var key = JsonDocument.Parse(File.ReadAllText(SharedFiles.Truth(id)));
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var fact in key.RootElement.GetProperty("narrative_facts").EnumerateArray())
        {
            if (!fact.TryGetProperty("amount", out var amount) || fact.TryGetProperty("part", out _)) continue;
            if (!new[] { "share", "change", "change_pct", "direction" }.Any(k => fact.TryGetProperty(k, out _))) continue;
            if (!fact.TryGetProperty("section", out var section)) continue;
            checkedCount++;
            var claims = model.Sections.Where(s => s.Number == section.GetInt32())
                .SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).ToList();
            bool Same(decimal? v, string k) => !fact.TryGetProperty(k, out var e) || v == decimal.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var ok = claims.Any(c => Same(c.Amount, "amount") && Same(c.Share, "share") && Same(c.Change, "change") && Same(c.ChangePct, "change_pct")
                && (!fact.TryGetProperty("direction", out var dir) || dir.GetString() == c.Direction)
                && (!fact.TryGetProperty("code", out var code) || code.GetString() == c.Code));
            if (!ok) wrong.Add($"§{section} {fact.GetProperty("subject")} {amount}");
        }
        Assert.True(checkedCount >= 20, $"only {checkedCount} key claims");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [SkippableFact]
    public void Claims_resolve_to_table_codes_and_items()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.CorpusByPrefix("000_"));
        var five = d.Sections.Single(s => s.Number == 5);
        var removed = five.Subsections[2].Claims.Single(c => c.Subject!.Contains("一般行政管理事务"));
        Assert.Equal(("2101502", 0.00m, 1.44m, "decrease", 100.00m, 1.44m), (removed.Code, removed.Amount!.Value, removed.Change!.Value, removed.Direction, removed.ChangePct!.Value, removed.Prior!.Value));
        var basic = five.Subsections[0].Claims.Single(c => c.Item == "basic");
        Assert.Equal((462.52m, 77.11m, 20.01m, 385.41m), (basic.Amount!.Value, basic.Change!.Value, basic.ChangePct!.Value, basic.Prior!.Value));
        Assert.StartsWith("本年度在职人员工资调增", basic.Reason);
        var three = d.Sections.Single(s => s.Number == 10).Claims;
        Assert.Equal(["total", "abroad", "vehicle_purchase", "vehicle_operation", "reception"], three.Select(c => c.Item!));
        Assert.All(three, c => Assert.Equal((0.00m, "increase"), (c.Change!.Value, c.Direction)));
        Assert.Equal("none", d.Sections.Single(s => s.Number == 2).Claims.Single(c => c.Item == "gov_fund").Direction);
    }

    [SkippableFact]
    public void Claims_keep_their_sentence_span_and_assets_their_fields()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.CorpusByPrefix("003_"));
        var two = d.Sections.Single(s => s.Number == 2);
        var transfer = two.Claims.Single(c => c.Item == "general_budget_transfer");
        Assert.StartsWith("上级一般公共预算安排的转移支付资金 149.24 万元", two.Text[transfer.Span![0]..transfer.Span[1]]);
        var matters = d.Sections.Single(s => s.Number == 12).Subsections.SelectMany(s => s.Claims).ToList();
        Assert.Equal("2", matters.Single(c => c.Item == "vehicles").Fields!["count"]);
        Assert.Equal(("0.00", 0.00m), (matters.Single(c => c.Item == "buildings").Fields!["area_m2"], matters.Single(c => c.Item == "buildings").Amount!.Value));
        Assert.Equal(23.07m, matters.Single(c => c.Item == "furniture").Amount);
        Assert.Equal(202.00m, matters.Single(c => c.Item == "other_assets").Amount);
        Assert.Equal("0", matters.First(c => c.Item == "equipment_over_100").Fields!["count"]);
        Assert.Contains(matters, c => c.Item == "planned_equipment_over_50");
    }

    private static List<Finding> Narrative(string id)
    {
        var path = SharedFiles.CorpusByPrefix(id + "_");
        return new Auditor().Audit(DisclosureReader.Read(path), path).Findings.Where(f => f.Rule[..4] is "YS04" or "YS05" or "YS07").ToList();
    }

    [SkippableFact]
    public void Doc001_running_costs_without_cars_growth_from_zero_reason_contradicting_figures_and_procurement()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var all = Narrative("001").Where(x => x.Severity != Severity.Info).ToList();
        var vehicles = all[0];
        Assert.Equal(("YS0405", "three_public", "vehicle_operation", "35.80", "12"),
            (vehicles.Rule, vehicles.Location.Table, vehicles.Location.Row, vehicles.Actual, vehicles.Location.Section));
        var subsidy = Assert.Single(all, x => x.Rule == "YS0413");
        Assert.Equal(("project_expense", "2101202", "城乡居民医疗保险财政补贴", "59.50–72.62 万元", "80.00"),
            (subsidy.Location.Table, subsidy.Location.Row, subsidy.Location.Project, subsidy.Expected, subsidy.Actual));
        var f = all.Skip(1).Where(x => x.Rule != "YS0413").ToList();
        Assert.Equal(["YS0504", "YS0505", "YS0403"], f.Select(x => x.Rule));
        Assert.Equal(("5", 3, 857), (f[0].Location.Section, f[0].Location.Subsection!.Value, f[0].Location.Line!.Value));
        Assert.Contains("一般行政管理事务", f[0].Message);
        Assert.Contains("2023年无此项预算经费", f[1].Message);
        Assert.Contains("3.45", f[1].Message);
        Assert.Equal(("12", Severity.Error, "0.63"), (f[2].Location.Section, f[2].Severity, f[2].Actual));
    }

    [SkippableFact]
    public void Doc003_growth_from_zero_and_a_malformed_number_and_shares_off_by_rounding()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var all = Narrative("003");
        var raised = all.Where(x => x.Severity != Severity.Info).ToList();
        Assert.Equal(["YS0504", "YS0701"], raised.Select(x => x.Rule));
        Assert.Contains("医疗保障政策管理", raised[0].Message);
        Assert.Equal(("7", "第7部分的“1..75万元”不是合法的数字"), (raised[1].Location.Section, raised[1].Message));
        var sum = Assert.Single(all, x => x.Rule == "YS0502");
        Assert.Equal((Severity.Info, "100.01"), (sum.Severity, sum.Actual));
    }

    [SkippableFact]
    public void Doc000_carryover_growth_from_zero_weights_on_one_indicator_and_a_target_a_hundred_times_short()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var raised = Narrative("000").Where(x => x.Severity != Severity.Info).ToList();
        Assert.Equal(["YS0504", "YS0409", "YS0416"], raised.Select(x => x.Rule));
        // 七 says 补贴人数 229146 人; the project's target says 医疗保险补助人数 >=2291 人 (000-03).
        Assert.Equal(("12", 4, 616, "229146 人", ">=2291人"), (raised[2].Location.Section, raised[2].Location.Subsection!.Value,
            raised[2].Location.Line!.Value, raised[2].Expected, raised[2].Actual));
        Assert.Equal(("2", 364), (raised[0].Location.Section, raised[0].Location.Line!.Value));
        Assert.Contains("财政拨款结转", raised[0].Message);
        Assert.Equal(("12", 4, "90、0、0、0、0、0、0、0"), (raised[1].Location.Section, raised[1].Location.Subsection!.Value, raised[1].Actual));
        Assert.Contains("7 个指标分值为 0", raised[1].Message);
    }
}
