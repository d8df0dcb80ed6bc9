using OpenYusuan.Audit.Engine;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>YS0113: the consistent example explains every topic a department must disclose; with every word of one
/// topic replaced throughout, that topic is reported as not explained, and only that one.</summary>
public sealed class RequiredTopicRuleTests() : TempFolder("required-topics")
{
    private List<string> Missing(params (string From, string To)[] renames)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        foreach (var (from, to) in renames) text = text.Replace(from, to);
        var path = Path.Combine(Dir, $"topics-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return new Auditor().Audit(DisclosureReader.Read(path), path).Findings.Where(f => f.Rule == "YS0113").Select(f => f.Message).ToList();
    }

    [Fact]
    public void The_consistent_example_explains_every_topic() => Assert.Empty(Missing());

    [Fact]
    public void An_explanation_silent_on_procurement_is_reported()
    {
        var message = Assert.Single(Missing(("政府采购", "集中购置"), ("采购预算", "购置安排")));
        Assert.Contains("政府采购", message);
    }

    [Fact]
    public void An_explanation_silent_on_running_costs_is_not_reported()
    {
        // 机关运行经费 is only a 行政单位's: a school or hospital has none to explain.
        Assert.Empty(Missing(("机关运行", "日常运转")));
    }

    [Fact]
    public void An_explanation_silent_on_assets_is_reported()
    {
        var message = Assert.Single(Missing(("国有资产", "家当"), ("资产占用", "家当"), ("占用使用", "使用"), ("车辆", "公车")));
        Assert.Contains("国有资产占用", message);
    }
}
