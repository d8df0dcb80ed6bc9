using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>决算 (final accounts): `template --kind final` gives the national 决算 template's nine tables and eleven
/// sections; `render --redraft` drafts the explanation from the tables — totals, shares, each 项 against its 年初预算,
/// “三公” against its budget — keeping what no table holds (uses, reasons, 年初预算 stated in the text).</summary>
public sealed class FinalDraftTests() : TempFolder("final")
{
    [Fact]
    public void A_blank_final_template_holds_the_nine_tables_and_eleven_sections()
    {
        var output = Path.Combine(Dir, "final.xlsx");
        var r = Yusuan.Run("template", "--year", "2025", "--kind", "final", "--entity", "示例局", "-o", output);
        Assert.True(r.Exit == 0, r.Err);
        var model = DisclosureReader.Read(output);
        Assert.Equal(("final", "万元", 9, 11), (model.Kind, model.Unit, model.Tables.Count, model.Sections.Count));
        Assert.All(model.Tables, t => Assert.True(TableKinds.IsFinal(t.Kind), t.Kind));
        Assert.Equal(11, model.Table(TableKinds.FinalSummary)!.Income!.Count);
        Assert.Equal(65, model.Table(TableKinds.FinalBasicExpense)!.Rows!.Count);
    }

    [SkippableFact]
    public void A_final_redrafted_states_the_tables_figures_and_keeps_what_they_cannot_give()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var source = SharedFiles.Corpus("final-2024-putuo-planning.pdf");
        var original = DisclosureReader.Read(source);
        var output = Path.Combine(Dir, "final.docx");
        var r = Yusuan.Run("render", source, "--to", "docx", "-o", output, "--redraft");
        Assert.True(r.Exit == 0, r.Out + r.Err);
        var model = DisclosureReader.Read(output);
        Assert.DoesNotContain(new Auditor().Audit(model, output).Findings, f => f.Severity == Severity.Error);

        // 二 and 三: the parts of the 收入/支出决算表 with their shares, as the publication (rightly) stated them.
        var income = model.Sections.Single(s => s.Number == 2).Claims.Single(c => c.Item == "fiscal_appropriation");
        Assert.Equal((9746.50m, 100.00m), (income.Amount!.Value, income.Share!.Value));
        var expense = model.Sections.Single(s => s.Number == 3).Claims;
        Assert.Equal((5377.64m, 55.10m, 4381.74m, 44.90m), (expense.Single(c => c.Item == "basic").Amount!.Value, expense.Single(c => c.Item == "basic").Share!.Value,
            expense.Single(c => c.Item == "project").Amount!.Value, expense.Single(c => c.Item == "project").Share!.Value));

        // 五(三): one statement per 项 of the table, each against the 年初预算 the publication gave it.
        var items = original.Table(TableKinds.FinalGeneralBudgetExpense)!.Rows!.Count(x => x.Code is { Length: 7 });
        var detail = model.Sections.Single(s => s.Number == 5).Subsections.Single(s => s.Number == 3).Text;
        Assert.Equal(items, detail.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+、")));
        Assert.Contains("事业单位医疗（项）。主要用于：事业单位医疗保险支出。年初预算为 196.40 万元，支出决算为 196.29 万元，完成年初预算的 99.94%", detail);

        // 七: “三公” against the budget printed beside it, and last year's change as the publication stated it.
        var three = model.Sections.Single(s => s.Number == 7).Subsections.Single(s => s.Number == 1).Text;
        Assert.Contains("年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%", three);
        Assert.Contains("比 2023 年度减少 0.15 万元，下降 27.78%", three);
        Assert.Contains("“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定", three);
        Assert.Contains("无政府性基金预算财政拨款收入和支出", model.Sections.Single(s => s.Number == 8).Text);
    }

    [SkippableFact]
    public void A_final_workbook_of_the_numbers_renders_a_drafted_document()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var original = DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        var numbers = Path.Combine(Dir, "numbers.json");
        File.WriteAllText(numbers, Model.Json.DisclosureJson.Serialize(original with { Sections = [] }));
        var workbook = Path.Combine(Dir, "numbers.xlsx");
        Assert.Equal(0, Yusuan.Run("workbook", numbers, "-o", workbook).Exit);
        var output = Path.Combine(Dir, "numbers.html");
        var r = Yusuan.Run("render", workbook, "--to", "html", "-o", output);
        Assert.True(r.Exit == 0, r.Out + r.Err);
        var model = DisclosureReader.Read(output);
        Assert.Equal(("final", 11), (model.Kind, model.Sections.Count));
        Assert.Contains("收入支出总计 9,859.38 万元", model.Sections.Single(s => s.Number == 1).Text);
        Assert.Contains("人员经费 4,884.09 万元", model.Sections.Single(s => s.Number == 6).Text);
        Assert.DoesNotContain(new Auditor().Audit(model, output).Findings, f => f.Severity == Severity.Error);
    }
}
