using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>Every numeric cell of the hand-checked answer keys (../shared/truth) is read exactly from the
/// corpus texts: 000 tab-separated, 001 and 003 extracted from PDF.</summary>
public sealed class CorpusCellTests
{
    public static TheoryData<string> Documents => new() { "000", "001", "003" };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Every_answer_key_cell_is_read_exactly(string id)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var model = DisclosureReader.Read(SharedFiles.CorpusByPrefix(id + "_"));
        var facts = Fact.Load(SharedFiles.Truth(id));
        Assert.True(facts.Count > 150, $"answer key {id} has {facts.Count} facts");
        var wrong = facts.Where(f => f.Lookup(model) != f.Expected).Select(f => $"{f} → got {f.Lookup(model)?.ToString() ?? "nothing"}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The key covers every table kind the document prints.
        var kinds = facts.Select(f => f.Table).ToHashSet();
        Assert.Superset(model.Tables.Where(t => !t.IsEmpty).Select(t => t.Kind).ToHashSet(), kinds);
    }

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Three_public_table_keeps_every_item_row_even_when_empty(string id)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var rows = DisclosureReader.Read(SharedFiles.CorpusByPrefix(id + "_")).Table(TableKinds.ThreePublic)!.Rows!;
        Assert.Equal(["total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation"], rows.Select(r => r.Item!));
        Assert.Empty(rows.Single(r => r.Item == "abroad").Values);
    }

    [SkippableFact]
    public void Tab_separated_000_reads_each_table_kind()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.CorpusByPrefix("000_"));
        Assert.Equal(("阿图什市医疗保障局", 2024, "unit", "万元", "2024-02-28"), (d.Entity, d.Year!.Value, d.Scope, d.Unit, d.Published));
        Assert.Equal("xinjiang-2024", d.Template);
        Assert.Equal(1204.71m, d.Table(TableKinds.Summary)!.IncomeTotal);
        Assert.Equal(31.88m, Income(d.Table(TableKinds.Summary)!, "fiscal_carryover_general"));
        Assert.Equal(26.41m, Cell(d, TableKinds.Income, "2101599", "fiscal_carryover"));   // printed one column to the left
        Assert.Equal(10.87m, Cell(d, TableKinds.Expense, "2101501", "project"));
        Assert.Equal(1075.05m, d.Table(TableKinds.FiscalSummary)!.Expense!.Single(r => r.Code == "210").Values["general_budget"]);
        Assert.Equal(0.61m, Cell(d, TableKinds.GeneralBudgetExpense, "2101501", "project"));
        Assert.Equal(1.67m, Cell(d, TableKinds.BasicExpense, "30228", "public"));
        var project = d.Table(TableKinds.ProjectExpense)!.Rows!.Single(r => r.Project == "城居医疗地方财政补助");
        Assert.Equal(("2101599", "其他医疗保障管理事务支出", 687.44m), (project.Code, project.Name, project.Values["303"]));
        Assert.Equal(1.20m, d.Table(TableKinds.ThreePublic)!.Rows!.Single(r => r.Item == "vehicle_operation").Values["total"]);
        Assert.Equal(26.41m, d.Table(TableKinds.Carryover)!.Rows!.Single(r => r.Project!.StartsWith("2023")).Values["fiscal_project"]);
        Assert.DoesNotContain(d.Tables, t => t.Kind is TableKinds.GovFundExpense or TableKinds.StateCapitalExpense);
        Assert.Contains(d.Toc, e => e.Kind == TableKinds.GovFundExpense && e.Number == 8);
    }

    [SkippableFact]
    public void Pdf_extracted_001_reads_each_table_kind()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.CorpusByPrefix("001_"));
        Assert.Equal(("克拉玛依市乌尔禾区医疗保障局", "department"), (d.Entity, d.Scope));
        Assert.Equal(158.41m, d.Table(TableKinds.Summary)!.ExpenseTotals!["amount"]);
        Assert.Equal(149.37m, d.Table(TableKinds.Summary)!.Expense!.Single(r => r.Code == "210").Values["amount"]);
        Assert.Equal(80.00m, Cell(d, TableKinds.Income, "2101202", "general_budget"));
        Assert.Equal(80.00m, Cell(d, TableKinds.Expense, "21012", "project"));       // two figures: arithmetic says project
        Assert.Equal(66.63m, Cell(d, TableKinds.GeneralBudgetExpense, "21015", "basic"));
        Assert.Equal(35.80m, Cell(d, TableKinds.BasicExpense, "30231", "public"));
        Assert.Equal(0.43m, Cell(d, TableKinds.BasicExpense, "30305", "personnel"));
        var secret = d.Table(TableKinds.ProjectExpense)!.Rows!.Single(r => r.Project == "特定目标 3710003J");
        Assert.Equal(("2101502", "一般行政管理事务", 0.50m), (secret.Code, secret.Name, secret.Values["total"]));
        Assert.Equal(37.30m, d.Table(TableKinds.ThreePublic)!.Rows!.Single(r => r.Item == "total").Values["general_budget"]);
        var empty = d.Table(TableKinds.GovFundExpense)!;
        Assert.True(empty.IsEmpty);
        Assert.Contains("为空表", empty.EmptyNote);
        Assert.True(d.Table(TableKinds.Carryover)!.IsEmpty);
    }

    [SkippableFact]
    public void Pdf_extracted_003_rejoins_split_numbers_and_wrapped_names()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.CorpusByPrefix("003_"));
        Assert.Equal(110.10m, Cell(d, TableKinds.Income, "210", "fiscal_carryover"));     // "110.1" / "0"
        Assert.Equal(149.24m, d.Table(TableKinds.Income)!.Totals!["general_budget_transfer"]); // "149.2" / "4"
        Assert.Equal(79.06m, Cell(d, TableKinds.Income, "2101504", "fiscal_carryover"));
        Assert.Equal(135.00m, Cell(d, TableKinds.Income, "2101505", "general_budget_transfer"));
        Assert.Equal(380.44m, Cell(d, TableKinds.Expense, "2101599", "project"));
        var projects = d.Table(TableKinds.ProjectExpense)!.Rows!.Where(r => r.Project is not null).ToList();
        Assert.Equal(8, projects.Count);
        Assert.Contains(projects, r => r.Project == "干部保健费项目" && r.Name == "其他医疗保障管理事务支出" && r.Values["total"] == 5.00m);
        Assert.Contains(projects, r => r.Project == "2024 年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力建设部分）" && r.Code == "2101505");
        Assert.Equal(15.44m, Cell(d, TableKinds.BasicExpense, "30302", "personnel"));
        Assert.Equal(31.04m, d.Table(TableKinds.Carryover)!.Rows!.Single(r => r.Project == "2023 年中央财政医疗保障能力提升部分补助资金（第二批）").Values["fiscal_total"]);
    }

    [SkippableFact]
    public void Notes_list_the_corrections_the_reader_made()
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d000 = DisclosureReader.Read(SharedFiles.CorpusByPrefix("000_"));
        Assert.Equal([141, 142, 144, 148], d000.Notes.Where(n => n.Rule == "YS0904").Select(n => n.Location.Line!.Value));
        var d003 = DisclosureReader.Read(SharedFiles.CorpusByPrefix("003_"));
        Assert.Equal(["110.10", "110.10", "149.24", "110.10"], d003.Notes.Where(n => n.Rule == "YS0902").Select(n => n.Expected!));
        Assert.Contains(d003.Notes, n => n.Rule == "YS0906" && n.Expected == "其他医疗保障管理事务支出");
        Assert.Contains(d003.Notes, n => n.Rule == "YS0901" && n.Location.Table == TableKinds.Income);
        var d001 = DisclosureReader.Read(SharedFiles.CorpusByPrefix("001_"));
        Assert.Contains(d001.Notes, n => n.Rule == "YS0901" && n.Location.Table == TableKinds.Expense && n.Message.Contains("21012→“合计”、“项目支出”"));
        Assert.All(d000.Notes.Concat(d001.Notes).Concat(d003.Notes), n => Assert.NotEqual(Model.Findings.Severity.Error, n.Severity));
    }

    private static decimal? Cell(Disclosure d, string kind, string code, string column) =>
        d.Table(kind)!.Rows!.Single(r => r.Code == code && r.Project is null).Values.TryGetValue(column, out var v) ? v : null;

    private static decimal? Income(DisclosureTable t, string item) => t.Income!.Single(r => r.Item == item).Values["amount"];
}
