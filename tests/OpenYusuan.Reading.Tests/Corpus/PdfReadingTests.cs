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
