using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>PDFs read through their text layer (PdfPig), laid out as lines and read by the text pipeline; every
/// location carries its page and box. A first step of the PDF reader: tables of the Shanghai budgets read whole.</summary>
public sealed class PdfReadingTests
{
    [SkippableTheory]
    [InlineData("budget-2025-putuo-govoffice.pdf", "上海市普陀区人民政府办公室", "91016775.35", "24606775.35")]
    [InlineData("budget-2024-putuo-wanli.pdf", "上海市普陀区人民政府万里街道办事处", "156211123", "99706020")]
    public void Shanghai_budget_pdf_tables_are_read_whole(string pdf, string entity, string total, string basic)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.Corpus(pdf));
        Assert.Equal(("pdf", entity, "shanghai-budget", Units.Yuan), (d.Source!.Format, d.Entity, d.Template, d.Unit));
        Assert.Equal(9, d.Tables.Count);
        Assert.Equal(decimal.Parse(total), d.Table(TableKinds.Summary)!.IncomeTotal);
        Assert.Equal(decimal.Parse(total), d.Table(TableKinds.Income)!.Totals!["total"]);
        Assert.Equal(decimal.Parse(basic), d.Table(TableKinds.GeneralBudgetExpense)!.Totals!["basic"]);
        Assert.Equal(decimal.Parse(basic), d.Table(TableKinds.BasicExpense)!.Totals!["total"]);
        var row = d.Table(TableKinds.Expense)!.Rows!.First(r => r.Code is { Length: 7 });
        Assert.True(row.Loc!.Page > 1 && row.Loc.Bbox is { Count: 4 } && row.Loc.Line is null);
        Assert.Contains(d.Sections, s => s.Title.Contains("预算编制说明") && s.Claims.Any(c => c.Code is { Length: 7 }));
    }

    // One or more cells of every table of each Shanghai budget PDF, checked by hand against the printed pages:
    // kind, row (code or item; "#total" for the totals, "#income" for the income total), column, value.
    public static TheoryData<string, string> EveryTable() => new()
    {
        { "budget-2025-putuo-govoffice.pdf", """
            summary general_budget amount 91016775.35
            summary 201 amount 82096797.42
            summary #income amount 91016775.35
            income 2010302 total 46140000.00
            income 2010302 fiscal_subtotal 46140000.00
            expense 2010301 total 12029501.84
            expense 2010301 basic 11919501.84
            expense 2010301 project 110000.00
            fiscal_summary 208 total 4213779.28
            fiscal_summary 208 general_budget 4213779.28
            general_budget_expense 221 total 3609125.22
            general_budget_expense #total project 66410000.00
            basic_expense 30101 personnel 2540192.00
            basic_expense 30217 public 185000.00
            three_public total total 867.50
            three_public abroad total 839.00
            three_public reception total 28.50
            three_public operating_costs total 213.28
            """ },
        { "budget-2024-putuo-wanli.pdf", """
            summary #income amount 156211123
            income 2010507 total 257700
            income 2080505 fiscal_subtotal 4608515
            expense 2080505 basic 4608515
            fiscal_summary #total total 156211123
            general_budget_expense 2010507 project 257700
            general_budget_expense #total basic 99706020
            basic_expense 30102 personnel 16623810
            basic_expense 30217 public 13500
            three_public total total 47.91
            three_public vehicle_purchase total 25
            three_public vehicle_operation total 21.56
            three_public operating_costs total 443.18
            """ },
    };

    [SkippableTheory]
    [MemberData(nameof(EveryTable))]
    public void Every_table_of_a_shanghai_budget_pdf_has_its_printed_cells(string pdf, string cells)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var d = DisclosureReader.Read(SharedFiles.Corpus(pdf));
        var wrong = new List<string>();
        foreach (var line in cells.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (kind, row, column, want) = line.Split(' ') is [var k, var r, var c, var v] ? (k, r, c, decimal.Parse(v)) : throw new FormatException(line);
            var t = d.Table(kind)!;
            decimal? got = row switch
            {
                "#income" => t.IncomeTotal,
                "#total" => (t.IsTwoSided ? t.ExpenseTotals : t.Totals)!.GetValueOrDefault(column),
                _ => (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []).Single(x => (x.Code ?? x.Item) == row).Values.GetValueOrDefault(column),
            };
            if (got != want) wrong.Add($"{line} → {got}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // Every table is there, and the two tables without figures carry their 空表 note.
        Assert.Equal(TableKinds.Budget.Except([TableKinds.ProjectExpense, TableKinds.Carryover]).Order(), d.Tables.Select(t => t.Kind).Order());
        Assert.All(d.Tables.Where(t => t.Kind is TableKinds.GovFundExpense or TableKinds.StateCapitalExpense), t => Assert.Contains("为空表", t.EmptyNote));
    }

    [Fact]
    public void A_pdf_without_text_layer_asks_for_ocr()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-scan-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            var r = Yusuan.Run("parse", path);
            Assert.Equal(2, r.Exit);
            Assert.Contains("无文本层，需先 OCR", r.Err);
        }
        finally { File.Delete(path); }
    }
}
