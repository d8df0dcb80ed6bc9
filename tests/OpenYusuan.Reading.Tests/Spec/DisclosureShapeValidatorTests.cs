using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace OpenYusuan.Reading.Tests.Spec;

// Tests of the validator itself, so that a green spec check on reader output means something.
public class DisclosureShapeValidatorTests
{
    // The spec's own snippets (Document, Table, two-sided Table, Section, PerformanceTable, a
    // Finding as a note), with its "..." placeholders filled in and one value picked where the
    // spec lists alternatives ("overall|project", "text|pdf|...").
    const string SpecDocument = """
    {
      "schema": "disclosure/1",
      "kind": "budget",
      "scope": "department",
      "consolidated": false,
      "template": "xinjiang-2024",
      "entity": "阿图什市医疗保障局",
      "year": 2024,
      "unit": "万元",
      "published": "2024-02-28",
      "toc": [ { "part": 2, "number": 8, "title": "政府性基金预算支出情况表" } ],
      "overview": { "functions": ["负责医疗保障工作"], "divisions": ["综合业务科", "基金监管科"],
                    "units": ["…本级", "…事业发展中心"],
                    "staffing": { "authorized": 25, "actual": 26, "active": 25,
                                  "retired": 1, "retired_cadre": 0,
                                  "changes": { "active": 0, "retired": 0 } } },
      "tables": [
        { "kind": "summary", "number": 1, "unit": "万元",
          "income": [ { "item": "general_budget", "label": "1. 一般公共预算拨款",
                        "values": { "amount": "1162.57" } } ],
          "expense": [ { "code": "210", "name": "卫生健康支出", "values": { "amount": "1111.72" } } ],
          "income_total": "1204.71", "expense_totals": { "amount": "1204.71" } },
        { "kind": "expense", "number": 3, "title": "单位支出总体情况表", "unit": "万元",
          "empty_note": null,
          "columns": ["total", "basic", "project"],
          "rows": [ { "code": "2101501", "name": "行政运行",
                      "values": { "total": "151.72", "basic": "140.85", "project": "10.87" },
                      "loc": { "page": 4, "line": 57, "bbox": [72.1, 540.2, 523.9, 552.0] } } ],
          "totals": { "total": "1204.71", "basic": "462.52", "project": "742.19" } }
      ],
      "sections": [
        { "number": 5, "title": "关于…一般公共预算当年拨款情况说明", "text": "...",
          "claims": [],
          "subsections": [ { "number": 2, "title": "一般公共预算当年拨款结构情况",
            "claims": [ { "subject": "社会保障和就业支出（类）", "code": "208",
                          "amount": "48.93", "share": "4.21", "loc": { "line": 420 } } ] } ] }
      ],
      "performance": [
        { "kind": "project", "project": "医保专线网费", "owner": "…", "contact": "…",
          "amount": "0.61", "fiscal": "0.61", "other": "0.00", "goal": "…",
          "indicators": [ { "level1": "产出指标", "level2": "数量指标", "level3": "医保专线数量",
                            "value": ">=1 条", "basis": "计划标准", "prior": null,
                            "weight": 9, "scoring": "按照正常比例赋分", "evidence": "工作资料" } ] }
      ],
      "glossary": [ { "term": "财政拨款", "text": "..." } ],
      "notes": [ { "rule": "YS0304", "severity": "error",
                   "message": "支出总体情况表 208 行项目支出应为空，实为 254.10",
                   "location": { "table": "expense", "row": "208", "column": "project", "page": 3 },
                   "expected": "0.00", "actual": "254.10" } ],
      "source": { "path": "path/as/given.txt", "format": "text",
                  "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" }
    }
    """;

    const string ExpenseRow = "tables[1].rows[0]";

    static JsonObject Doc() => JsonNode.Parse(SpecDocument)!.AsObject();

    static JsonObject Table(JsonObject doc, int i) => doc["tables"]![i]!.AsObject();

    static IReadOnlyList<string> Validate(JsonNode doc)
    {
        using var parsed = JsonDocument.Parse(doc.ToJsonString());
        return DisclosureShapeValidator.Validate(parsed.RootElement);
    }

    // Asserts the reported paths are exactly these, so a mutation is caught where it was made
    // and nothing else in the document is disturbed.
    static void AssertPaths(JsonNode doc, params string[] paths)
    {
        var violations = Validate(doc);
        var reported = violations.Select(v => v[..v.IndexOf(": ", StringComparison.Ordinal)]).Distinct().Order();
        Assert.True(reported.SequenceEqual(paths.Order()),
            $"expected [{string.Join(", ", paths)}], got:\n{string.Join("\n", violations)}");
    }

    static JsonObject ThreePublic(JsonArray rows, JsonObject? totals = null)
    {
        var t = new JsonObject { ["kind"] = "three_public", ["number"] = 7, ["unit"] = "万元",
                                 ["title"] = "“三公”经费支出情况表", ["rows"] = rows };
        if (totals != null) t["totals"] = totals;
        return t;
    }

    static JsonObject ItemRow(string item, string total) =>
        new() { ["item"] = item, ["values"] = new JsonObject { ["total"] = total, ["general_budget"] = total } };

    static JsonObject BasicExpense(string code) => new()
    {
        ["kind"] = "basic_expense", ["number"] = 5, ["unit"] = "万元", ["title"] = "一般公共预算基本支出情况表",
        ["rows"] = new JsonArray(new JsonObject { ["code"] = code, ["name"] = "基本工资",
            ["values"] = new JsonObject { ["total"] = "80.00", ["personnel"] = "80.00" } }),
        ["totals"] = new JsonObject { ["total"] = "80.00", ["personnel"] = "80.00" },
    };

    [Fact]
    public void SpecSnippets_AssembledIntoADocument_ValidateClean()
    {
        var violations = Validate(Doc());
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void SpecValueRules_NegativeAndKeptPrecision_AreValid()
    {
        var doc = Doc();
        var values = Table(doc, 1)["rows"]![0]!["values"]!.AsObject();
        values["basic"] = "-3.00";
        values["project"] = "0";
        values["total"] = "1.2";
        AssertPaths(doc);
    }

    [Fact]
    public void AmountWithThousandsSeparator_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["totals"]!["total"] = "1,204.71";
        AssertPaths(doc, "tables[1].totals.total");
    }

    [Fact]
    public void AmountWithFullWidthDigit_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["rows"]![0]!["values"]!["total"] = "１５１.72";
        AssertPaths(doc, $"{ExpenseRow}.values.total");
    }

    [Fact]
    public void NumericAmountInsteadOfString_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["rows"]![0]!["values"]!["total"] = 151.72m;
        Table(doc, 0)["income_total"] = 1204.71m;
        AssertPaths(doc, $"{ExpenseRow}.values.total", "tables[0].income_total");
    }

    [Fact]
    public void EmptyCellAsNull_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["rows"]![0]!["values"]!["project"] = null;
        AssertPaths(doc, $"{ExpenseRow}.values.project");
    }

    [Fact]
    public void UnknownTableKind_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["kind"] = "expenses";
        AssertPaths(doc, "tables[1].kind");
    }

    [Fact]
    public void FinalKindInABudgetDocument_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["kind"] = "final_expense";
        AssertPaths(doc, "tables[1].kind");
    }

    [Fact]
    public void UnknownColumnKey_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["rows"]![0]!["values"]!["personnel"] = "1.00";
        Table(doc, 0)["expense_totals"]!["total"] = "1204.71";
        AssertPaths(doc, $"{ExpenseRow}.values.personnel", "tables[0].expense_totals.total");
    }

    [Fact]
    public void UnknownSummaryIncomeItem_IsReported()
    {
        var doc = Doc();
        Table(doc, 0)["income"]![0]!["item"] = "general_budget_appropriation";
        AssertPaths(doc, "tables[0].income[0].item");
    }

    [Fact]
    public void BasicExpense_FiveDigitEconomicCode_IsValid()
    {
        var doc = Doc();
        doc["tables"]!.AsArray().Add(BasicExpense("30101"));
        AssertPaths(doc);
    }

    [Fact]
    public void BasicExpense_FourDigitCode_IsReported()
    {
        var doc = Doc();
        doc["tables"]!.AsArray().Add(BasicExpense("3010"));
        AssertPaths(doc, "tables[2].rows[0].code");
    }

    [Fact]
    public void BasicExpense_SevenDigitCode_IsReported()
    {
        var doc = Doc();
        doc["tables"]!.AsArray().Add(BasicExpense("3010101"));
        AssertPaths(doc, "tables[2].rows[0].code");
    }

    [Fact]
    public void FunctionalCode_OfFourDigits_IsReported()
    {
        var doc = Doc();
        Table(doc, 1)["rows"]![0]!["code"] = "2101";
        AssertPaths(doc, $"{ExpenseRow}.code");
    }

    [Fact]
    public void ThreePublic_WithTotalRow_IsValid()
    {
        var doc = Doc();
        doc["tables"]!.AsArray().Add(ThreePublic(new JsonArray(ItemRow("total", "3.00"), ItemRow("abroad", "3.00"))));
        AssertPaths(doc);
    }

    [Fact]
    public void ThreePublic_TotalInTotalsWithoutTotalRow_IsReported()
    {
        var doc = Doc();
        doc["tables"]!.AsArray().Add(ThreePublic(new JsonArray(ItemRow("abroad", "3.00")),
            new JsonObject { ["total"] = "3.00", ["general_budget"] = "3.00" }));
        AssertPaths(doc, "tables[2].totals", "tables[2].rows");
    }

    [Fact]
    public void WrongSchema_IsReported()
    {
        var doc = Doc();
        doc["schema"] = "disclosure/2";
        AssertPaths(doc, "schema");
    }

    [Fact]
    public void MissingEntity_IsReported()
    {
        var doc = Doc();
        doc.Remove("entity");
        AssertPaths(doc, "entity");
    }

    [Fact]
    public void BadSha256_IsReported()
    {
        var doc = Doc();
        doc["source"]!["sha256"] = "e3b0c442";
        AssertPaths(doc, "source.sha256");
        doc["source"]!["sha256"] = new string('g', 64);
        AssertPaths(doc, "source.sha256");
    }

    [Fact]
    public void PublishedNotIsoDate_IsReported()
    {
        var doc = Doc();
        doc["published"] = "2024年2月28日";
        AssertPaths(doc, "published");
    }

    [Fact]
    public void StaffCountNotInteger_IsReported()
    {
        var doc = Doc();
        doc["overview"]!["staffing"]!["actual"] = 26.5;
        doc["year"] = "2024";
        AssertPaths(doc, "overview.staffing.actual", "year");
    }

    [Fact]
    public void NoteWithUnknownSeverity_AndBadLoc_IsReported()
    {
        var doc = Doc();
        doc["notes"]![0]!["severity"] = "fatal";
        Table(doc, 1)["rows"]![0]!["loc"]!["bbox"] = new JsonArray(1, 2, 3);
        AssertPaths(doc, "notes[0].severity", $"{ExpenseRow}.loc.bbox");
    }
}
