using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>Documents written by helpers from the spec (the bundled example and the variant fixtures) are
/// consistent: the auditor must not cry wolf on them. And audit of the parse JSON equals audit of the file.</summary>
public sealed class ConsistentDocumentTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { SharedFiles.Example };
        foreach (var f in SharedFiles.VariantTexts()) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Consistent_document_yields_no_error_or_warning(string path)
    {
        var report = new Auditor().Audit(DisclosureReader.Read(path), path);
        var raised = report.Findings.Where(f => f.Severity != Severity.Info).Select(f => $"{f.Rule} {f.Message}").ToList();
        Assert.True(raised.Count == 0, string.Join("\n", raised));
        Assert.True(report.Summary.RulesRun >= 25);
    }

    public static TheoryData<string> AllTexts()
    {
        var data = Documents();
        if (SharedFiles.Shared is not null)
            foreach (var id in new[] { "000", "001", "003" }) data.Add(SharedFiles.CorpusByPrefix(id + "_"));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Auditing_the_parse_json_gives_the_same_findings(string path)
    {
        var model = DisclosureReader.Read(path);
        var json = Path.Combine(Path.GetTempPath(), $"yusuan-audit-{Guid.NewGuid():N}.json");
        File.WriteAllText(json, DisclosureJson.Serialize(model));
        try
        {
            var direct = new Auditor().Audit(model, path);
            var viaJson = new Auditor().Audit(DisclosureReader.Read(json), path);
            Assert.Equal(Describe(direct), Describe(viaJson));
        }
        finally { File.Delete(json); }
    }

    private static List<string> Describe(AuditReport r) =>
        r.Findings.Select(f => System.Text.Json.JsonSerializer.Serialize(f, DisclosureJson.Compact)).ToList();
}
