using OpenYusuan.Model;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Cli;

/// <summary>`yusuan compare BUDGET FINAL` on a pair built from the corpus 决算 (普陀规划资源局 2024): its budget made from
/// its own 决算 figures, and the 决算 given a 年初预算数 column as many 决算 print it.</summary>
public sealed class CompareCommandTests() : TempFolder("compare")
{
    private (string Budget, string Final) Pair(Func<decimal, string, decimal> budgetOf)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var final = DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        var g = final.Table(TableKinds.FinalGeneralBudgetExpense)!;
        // The 决算 prints its 年初预算数 beside the 决算数; here they are the same figures.
        var withInitial = g with
        {
            Columns = [.. g.Columns, "initial_budget"],
            Rows = g.Rows!.Select(r => r with { Values = new Dictionary<string, decimal>(r.Values) { ["initial_budget"] = r.Values.GetValueOrDefault("total") } }).ToList(),
        };
        var budget = new Disclosure
        {
            Kind = "budget", Entity = final.Entity, Year = final.Year, Template = "national",
            Tables =
            [
                new DisclosureTable
                {
                    Kind = TableKinds.GeneralBudgetExpense, Title = "一般公共预算支出情况表", Unit = g.Unit, Columns = ["total", "basic", "project"],
                    Rows = g.Rows!.Select(r => r with { Values = new Dictionary<string, decimal> { ["total"] = budgetOf(r.Values.GetValueOrDefault("total"), r.Code ?? "") } }).ToList(),
                    Totals = new Dictionary<string, decimal>(),
                },
            ],
        };
        var b = Path.Combine(Dir, "budget.json");
        var f = Path.Combine(Dir, "final.json");
        File.WriteAllText(b, DisclosureJson.Serialize(budget));
        File.WriteAllText(f, DisclosureJson.Serialize(final with { Tables = final.Tables.Select(t => t == g ? withInitial : t).ToList() }));
        return (b, f);
    }

    [SkippableFact]
    public void A_budget_executed_as_planned_compares_line_by_line_at_one_hundred_percent()
    {
        var (b, f) = Pair((v, _) => v);
        var r = Yusuan.Run("compare", b, f);
        Assert.Equal(0, r.Exit);
        Assert.Contains("2080505\t机关事业单位基本养老保险缴费支出\t446.11\t446.11\t446.11\t0.00\t100.00%", r.Out);
        Assert.Contains("决算中的年初预算数与公开的预算一致", r.Out);
    }

    [SkippableFact]
    public void An_initial_budget_that_differs_from_the_published_budget_is_flagged_in_text_and_json()
    {
        var (b, f) = Pair((v, code) => code == "2080505" ? v + 10m : v);
        var text = Yusuan.Run("compare", b, f);
        Assert.Equal(1, text.Exit);
        Assert.Contains("2080505 预算 456.11，决算表年初预算 446.11", text.Out);
        var json = Yusuan.Run("compare", b, f, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        var line = doc.RootElement.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "2080505");
        Assert.Equal(("456.11", "446.11", "97.81", true), (line.GetProperty("budget").GetString(), line.GetProperty("final").GetString(),
            line.GetProperty("rate").GetString(), line.GetProperty("initial_differs").GetBoolean()));
        Assert.Equal(1, doc.RootElement.GetProperty("mismatches").GetInt32());
        // The same as a workbook: the line's figures are numbers, and it is marked.
        var xlsx = Path.Combine(Dir, "compare.xlsx");
        Assert.Equal(1, Yusuan.Run("compare", b, f, "--format", "xlsx", "-o", xlsx).Exit);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
        var rows = book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>());
        var cells = rows.Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToList())
            .Single(c => c.Count > 0 && c[0] == "2080505");
        Assert.Equal(["456.11", "446.11", "446.11", "-10.00", "97.81", "是"], cells.Skip(2).Select(v => decimal.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : v));
    }

    [SkippableFact]
    public void Documents_of_different_departments_or_the_wrong_order_are_refused_with_a_reason()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var other = Yusuan.Run("compare", SharedFiles.Corpus("budget-2024-putuo-wanli.pdf"), SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        Assert.Equal(2, other.Exit);
        Assert.Contains("不是同一部门", other.Err);
        var (b, f) = Pair((v, _) => v);
        var swapped = Yusuan.Run("compare", f, b);
        Assert.Equal(2, swapped.Exit);
        Assert.Contains("需要先给预算、再给决算", swapped.Err);
    }
}
