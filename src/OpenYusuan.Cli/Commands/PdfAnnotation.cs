using OpenYusuan.Model.Findings;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace OpenYusuan.Cli.Commands;

/// <summary>A copy of the audited PDF with every finding that has a page and a box drawn on it: a rectangle round
/// the row or sentence (red for errors, orange for warnings, blue for notes) and the finding's number beside it,
/// the same number the text output gives, so a reviewer can go from the list to the page.</summary>
public static class PdfAnnotation
{
    public static byte[] Write(byte[] original, IReadOnlyList<Finding> findings)
    {
        using var source = PdfDocument.Open(original);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var byPage = findings.Select((f, i) => (Finding: f, Number: i + 1))
            .Where(x => x.Finding.Location is { Page: not null, Bbox.Count: 4 })
            .ToLookup(x => x.Finding.Location.Page!.Value);
        for (var n = 1; n <= source.NumberOfPages; n++)
        {
            var page = builder.AddPage(source, n);
            foreach (var (finding, number) in byPage[n])
            {
                var b = finding.Location.Bbox!;
                var (r, g, bl) = finding.Severity switch
                {
                    Severity.Error => ((byte)220, (byte)30, (byte)30),
                    Severity.Warning => ((byte)230, (byte)130, (byte)0),
                    _ => ((byte)40, (byte)90, (byte)200),
                };
                page.SetStrokeColor(r, g, bl);
                page.SetTextAndFillColor(r, g, bl);
                page.DrawRectangle(new PdfPoint(b[0] - 2, b[1] - 2), b[2] - b[0] + 4, b[3] - b[1] + 4, 1);
                page.AddText(number.ToString(), 7, new PdfPoint(Math.Max(2, b[0] - 4 - 4 * number.ToString().Length), b[3] - 5), font);
                page.ResetColor();
            }
        }
        return builder.Build();
    }
}
