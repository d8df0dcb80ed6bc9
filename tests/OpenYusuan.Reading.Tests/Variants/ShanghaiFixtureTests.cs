using System.Globalization;
using System.Text.Json;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Variants;

/// <summary>A hand-made disclosure in the Shanghai template (9 tables in 元, titled explanation: 部门预算编制说明,
/// 其他相关情况说明, 项目经费情况说明), written by a helper in the layout `pdftotext -layout` gives for the real
/// ones: every cell and every numeric statement is read.</summary>
public sealed class ShanghaiFixtureTests
{
    private static readonly string Text = SharedFiles.Fixture("Shanghai", "sh2025-dept.txt");
    private static readonly string Expected = SharedFiles.Fixture("Shanghai", "sh2025-dept.expected.json");

    [Fact]
    public void Every_cell_is_read()
    {
        var model = DisclosureReader.Read(Text);
        var wrong = Fact.Load(Expected).Where(f => f.Lookup(model) != f.Expected).Select(f => $"{f} → got {f.Lookup(model)}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} cells wrong:\n" + string.Join("\n", wrong.Take(40)));
        Assert.Equal(("shanghai-budget", "元", 9), (model.Template, model.Unit, model.Tables.Count));
    }

    [Fact]
    public void Every_numeric_statement_is_a_claim()
    {
        var model = DisclosureReader.Read(Text);
        var claims = model.Sections.SelectMany(s => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims))).ToList();
        using var doc = JsonDocument.Parse(File.ReadAllText(Expected));
        var missing = new List<string>();
        foreach (var c in doc.RootElement.GetProperty("claims").EnumerateArray())
        {
            decimal? Dec(string k) => c.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? decimal.Parse(v.GetString()!, CultureInfo.InvariantCulture) : null;
            var amount = Dec("amount");
            if (amount is null) continue;
            var ok = claims.Any(x => x.Amount == amount && (Dec("change") is not { } ch || x.Change == ch) && (Dec("change_pct") is not { } p || x.ChangePct == p)
                && (!c.TryGetProperty("direction", out var d) || d.ValueKind != JsonValueKind.String || d.GetString() == x.Direction
                    // "事业收入0万元": a zero amount needs no 未安排 wording.
                    || (d.GetString() == "none" && amount == 0)));
            if (!ok) missing.Add($"{c.GetProperty("section_title")} {c.GetProperty("subject")} {amount} {Dec("change")} {Dec("change_pct")}");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
