using System.Text.Json;
using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Variants;

/// <summary>Layouts the corpus does not contain (the 2022 template, 汇总 documents, 元 without separators,
/// 7-digit codes, blank 类 cells, full-width digits), written as fixtures by someone who had not seen the
/// reader, from the corpus README and the spec. Each fixture's expected cells must come out exactly.</summary>
public sealed class VariantFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SharedFiles.Fixture("Variants"), "*.expected.json").Order())
            data.Add(Path.GetFileName(f)[..^".expected.json".Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Variant_reads_every_expected_cell(string name)
    {
        var model = DisclosureReader.Read(SharedFiles.Fixture("Variants", name + ".txt"));
        var expectedPath = SharedFiles.Fixture("Variants", name + ".expected.json");
        var wrong = Fact.Load(expectedPath).Where(f => f.Lookup(model) != f.Expected)
            .Select(f => $"{f} → got {f.Lookup(model)?.ToString() ?? "nothing"}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} cells wrong:\n" + string.Join("\n", wrong.Take(40)));

        using var doc = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var e = doc.RootElement;
        Assert.Equal(e.GetProperty("unit").GetString(), model.Unit);
        if (e.TryGetProperty("entity", out var entity)) Assert.Equal(entity.GetString(), model.Entity);
        if (e.TryGetProperty("year", out var year)) Assert.Equal(year.GetInt32(), model.Year);
        if (e.TryGetProperty("scope", out var scope)) Assert.Equal(scope.GetString(), model.Scope);
        if (e.TryGetProperty("consolidated", out var consolidated)) Assert.Equal(consolidated.GetBoolean(), model.Consolidated);
        if (e.TryGetProperty("tables", out var tables))
            Assert.Equal(tables.EnumerateArray().Select(t => t.GetString()!).Order(), model.Tables.Select(t => t.Kind).Order());
        if (e.TryGetProperty("empty_tables", out var empty))
            foreach (var kind in empty.EnumerateArray().Select(t => t.GetString()!))
                Assert.True(model.Table(kind) is { IsEmpty: true, EmptyNote: not null }, $"{kind} should be an empty table with its note");
        if (e.TryGetProperty("units", out var units))
            Assert.Equal(units.EnumerateArray().Select(u => u.GetString()!), model.Overview.Units);
        if (e.TryGetProperty("staffing", out var staffing))
        {
            var s = model.Overview.Staffing!;
            Assert.Equal(staffing.GetProperty("actual").GetInt32(), s.Actual);
            Assert.Equal(staffing.GetProperty("active").GetInt32(), s.Active);
            Assert.Equal(staffing.GetProperty("retired").GetInt32(), s.Retired);
        }
    }
}
