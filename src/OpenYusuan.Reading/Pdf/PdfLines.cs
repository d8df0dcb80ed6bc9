using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Turns a PDF's text layer into lines laid out like the page: words grouped into lines by their
/// baseline, top to bottom, placed at the column their x position gives (one column per character width),
/// so the table readers see rows and the gaps between cells. Each line remembers its page and box.</summary>
public static class PdfLines
{
    public sealed record Line(int Page, string Text, double[] Bbox);

    public static IReadOnlyList<Line> Read(byte[] bytes)
    {
        using var document = OpenDocument(bytes);
        var lines = new List<Line>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            if (words.Count == 0) continue;
            var charWidth = Median(words.Select(w => w.BoundingBox.Width / Math.Max(1, w.Text.Length)));
            var height = Median(words.Select(w => w.BoundingBox.Height));
            var left = words.Min(w => w.BoundingBox.Left);
            foreach (var group in GroupByBaseline(words, Math.Max(1, height * 0.5)))
                lines.Add(Render(page.Number, group, charWidth, left));
            lines.Add(new Line(page.Number, "\f", [0, 0, 0, 0]));
        }
        return lines;
    }

    private static PdfDocument OpenDocument(byte[] bytes)
    {
        try { return PdfDocument.Open(bytes); }
        catch (Exception e) when (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || e.GetType().Name.Contains("Password"))
        {
            throw new UnusableInputException("PDF 已加密（需要密码），无法读取");
        }
        catch (Exception e)
        {
            throw new UnusableInputException($"PDF 文件损坏或不完整：{e.Message}");
        }
    }

    /// <summary>Words whose baselines are within half a line height of each other form one line, top first.</summary>
    private static IEnumerable<List<Word>> GroupByBaseline(List<Word> words, double tolerance)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var current = new List<Word>();
        double? baseline = null;
        foreach (var w in sorted)
        {
            if (baseline is { } b && Math.Abs(w.BoundingBox.Bottom - b) > tolerance)
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0) baseline = w.BoundingBox.Bottom;
            current.Add(w);
        }
        if (current.Count > 0) yield return current;
    }

    private static Line Render(int page, List<Word> words, double charWidth, double left)
    {
        var sb = new StringBuilder();
        foreach (var w in words.OrderBy(w => w.BoundingBox.Left))
        {
            var column = (int)Math.Round((w.BoundingBox.Left - left) / charWidth);
            if (sb.Length < column) sb.Append(' ', column - sb.Length);
            else if (sb.Length > 0) sb.Append(' ');
            sb.Append(w.Text);
        }
        return new Line(page, sb.ToString(), [
            Math.Round(words.Min(w => w.BoundingBox.Left), 1), Math.Round(words.Min(w => w.BoundingBox.Bottom), 1),
            Math.Round(words.Max(w => w.BoundingBox.Right), 1), Math.Round(words.Max(w => w.BoundingBox.Top), 1)]);
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Where(v => v > 0).Order().ToList();
        return list.Count == 0 ? 1 : list[list.Count / 2];
    }
}
