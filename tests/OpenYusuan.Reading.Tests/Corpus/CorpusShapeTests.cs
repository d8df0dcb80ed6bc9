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

    // Wild layouts whose models carry what the spec does not list yet (docs/reading.md: the kinds tables.json adds,
    // four-sided 收支总表 with expense_by_economic, 三公 by unit × year, 整体绩效目标 tasks, columns kept as printed):
    // canonical JSON of them is itself an input that reads back to the same model.
    public static TheoryData<string> WildDocuments => new() { "budget-2022-c020-commerce-41cd3d.pdf", "budget-2017-jiangsu-3f400f.pdf" };

    [SkippableTheory]
    [MemberData(nameof(WildDocuments))]
    public void Wild_models_read_back_from_their_json(string name)
    {
        var model = DisclosureReader.Read(SharedFiles.Wild(name));
        var json = DisclosureJson.Serialize(model);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-wild-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var again = DisclosureReader.Read(path);
            Assert.NotEmpty(again.Tables);
            Assert.Equal(json, DisclosureJson.Serialize(again with { Source = model.Source }));
        }
        finally { File.Delete(path); }
    }
}
