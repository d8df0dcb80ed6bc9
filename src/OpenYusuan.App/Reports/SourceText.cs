using OpenYusuan.Audit.Reports;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Html;
using OpenYusuan.Reading.Office;
using OpenYusuan.Reading.Pdf;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.App.Reports;

/// <summary>The document as it was read, for reports that show it beside the findings: a text as its lines; a PDF as the
/// lines laid out from each page, with their page and box; DOCX, XLSX and HTML as the lines they were flattened to (one
/// per paragraph, a table row as its cells). Null for canonical JSON, which has no printed form.</summary>
public static class SourceText
{
    public static IReadOnlyList<ShownLine>? Lines(string path) => Lines(File.ReadAllBytes(path));

    public static IReadOnlyList<ShownLine>? Lines(byte[] bytes)
    {
        IEnumerable<string> Plain(IEnumerable<string> lines) => lines.Select(l => l.Replace('\t', ' '));
        return FormatDetector.Detect(bytes) switch
        {
            "text" => Plain(TextDecoder.Decode(bytes).Text.Replace("\r\n", "\n").Split('\n')).Select(l => new ShownLine(l)).ToList(),
            "pdf" => PdfLines.Read(bytes).Select(l => new ShownLine(l.Cells is { } cells ? string.Join("  ", cells) : l.Text, l.Page, l.Bbox)).ToList(),
            "zip" when IsWord(bytes) => Plain(DocxDisclosureReader.Lines(bytes)).Select(l => new ShownLine(l)).ToList(),
            "zip" => Plain(XlsxDisclosureReader.Lines(bytes)).Select(l => new ShownLine(l)).ToList(),
            "html" => Plain(HtmlDisclosureReader.Lines(bytes)).Select(l => new ShownLine(l)).ToList(),
            _ => null,
        };
    }

    // Only documents already read come here: the package is a DOCX or an XLSX.
    private static bool IsWord(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false));
        return zip.GetEntry("word/document.xml") is not null;
    }
}
