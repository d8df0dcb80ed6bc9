using System.Text.Json;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading.Tests.Spec;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>`parse --format json` output has the keys and shapes the spec makes a contract (the validator
/// was written from spec/disclosure-json.md alone), and canonical JSON reads back into the same model.</summary>
public sealed class CorpusShapeTests
{
    public static TheoryData<string> Documents => new() { "000", "001", "003" };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Parse_json_matches_the_spec_shape(string id)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var result = Yusuan.Run("parse", SharedFiles.CorpusByPrefix(id + "_"), "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var violations = DisclosureShapeValidator.Validate(doc.RootElement);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Canonical_json_is_itself_an_input(string id)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var model = DisclosureReader.Read(SharedFiles.CorpusByPrefix(id + "_"));
        var json = DisclosureJson.Serialize(model);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{id}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var again = DisclosureReader.Read(path);
            Assert.Equal("json", again.Source!.Format);
            Assert.Equal(json, DisclosureJson.Serialize(again with { Source = model.Source }));
        }
        finally { File.Delete(path); }
    }
}
