using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>The tab-separated corpus text published as Word and Excel files (made at test time with the Open XML
/// SDK: paragraphs for lines, a table — or sheet rows, amounts as numbers — for tab-separated rows): the same cells
/// come out. Only the tab-separated text goes to a sheet: PDF-extracted lines are not what a spreadsheet holds.
/// The PDF form is the HTML page printed by headless Chromium: its ruled tables are read cell by cell (lattice).</summary>
public sealed class OfficeReadingTests
{
    [SkippableTheory]
    [InlineData("docx", "000")]
    [InlineData("docx", "001")]
    [InlineData("docx", "003")]
    [InlineData("docx-numbered", "000")]
    [InlineData("docx-numbered", "003")]
    [InlineData("xlsx", "000")]
    [InlineData("pdf", "000")]
    [InlineData("pdf", "001")]
    [InlineData("pdf", "003")]
    public void Office_file_reads_to_the_same_cells(string format, string key)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        Skip.If(format == "pdf" && PublishedForms.PdfUnavailable is not null, PublishedForms.PdfUnavailable);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.{format.Split('-')[0]}");
        File.WriteAllBytes(path, PublishedForms.Write(format, SharedFiles.CorpusByPrefix(key + "_")));
        try
        {
            var model = DisclosureReader.Read(path);
            Assert.Equal(format.Split('-')[0], model.Source!.Format);
            var wrong = Fact.Load(SharedFiles.Truth(key)).Where(f => f.Lookup(model) != f.Expected).Select(f => $"{f} → {f.Lookup(model)}").ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_zip_that_is_not_office_is_refused_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.docx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open())) w.Write("hello");
        try
        {
            var e = Assert.Throws<UnusableInputException>(() => DisclosureReader.Read(path));
            Assert.Contains("不是 DOCX 或 XLSX", e.Message);
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..40]);
            Assert.Throws<UnusableInputException>(() => DisclosureReader.Read(path));
        }
        finally { File.Delete(path); }
    }
}
