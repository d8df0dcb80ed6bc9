using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Reads a PDF disclosure: its text layer laid out as lines (<see cref="PdfLines"/>), read by the text
/// pipeline, then every location moved from the line to its page and box.</summary>
public static class PdfDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default)
    {
        var lines = PdfLines.Read(bytes, out var pages, out var blank, cancel);
        if (lines.All(l => l.IsBlank))
            throw new UnusableInputException("PDF 没有文本层（可能是扫描件），无文本层，需先 OCR");
        var model = TextDisclosureReader.Read(lines, null, bytes, path, "pdf", cancel);
        var placed = ModelLocations.Relocate(model, n => n >= 1 && n <= lines.Count ? new Location { Page = lines[n - 1].Page ?? 0, Bbox = lines[n - 1].Bbox } : null);
        return placed with
        {
            Source = model.Source is { } src ? src with { Pages = pages, BlankPages = blank.Count > 0 ? blank : null } : null,
        };
    }
}
