using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>A reviewer who drops the HTML page, the Word file or the workbook of a disclosure gets the same findings
/// as for its text: same rules, same places in the tables, same arithmetic (only line numbers may differ).</summary>
public sealed class PublishedFormsFindingsTests
{
    private static List<string> Findings(string path) =>
        new Auditor().Audit(DisclosureReader.Read(path), path).Findings
            .Select(f => $"{f.Rule} {f.Severity} {f.Location.Table}/{f.Location.Row}/{f.Location.Column}/{f.Location.Section} {f.Expected} {f.Actual}")
            .Order().ToList();

    [SkippableTheory]
    [InlineData("000", "html")]
    [InlineData("000", "docx")]
    [InlineData("000", "xlsx")]
    [InlineData("001", "html")]
    [InlineData("001", "docx")]
    [InlineData("003", "html")]
    [InlineData("003", "docx")]
    [InlineData("000", "docx-numbered")]
    [InlineData("001", "docx-numbered")]
    [InlineData("003", "docx-numbered")]
    [InlineData("000", "docx-wrapped")]
    [InlineData("000", "pdf")]
    [InlineData("001", "pdf")]
    [InlineData("003", "pdf")]
    public void Same_findings_as_the_text(string key, string format)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        Skip.If(format == "pdf" && PublishedForms.PdfUnavailable is not null, PublishedForms.PdfUnavailable);
        var text = SharedFiles.CorpusByPrefix(key + "_");
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.{format.Split('-')[0]}");
        File.WriteAllBytes(path, PublishedForms.Write(format, text));
        try
        {
            var expected = Findings(text);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Findings(path));
        }
        finally { File.Delete(path); }
    }
}
