using OpenYusuan.Model;
using OpenYusuan.Rendering.Docx;
using OpenYusuan.Rendering.Html;
using OpenYusuan.Rendering.Plan;

namespace OpenYusuan.Rendering;

/// <summary>Renders a disclosure model to a document format (`render --to`).</summary>
public static class Renderer
{
    public static readonly string[] Formats = ["html", "docx", "xlsx", "pdf"];

    /// <summary><paramref name="sheets"/> adds the working sheets (上年预算数与主要原因, 项目情况) to a workbook.</summary>
    public static byte[] Render(Disclosure d, string format, bool failedCheck = false, Drafting.WorkingSheets? sheets = null)
    {
        var blocks = DocumentPlan.Build(d, failedCheck);
        return format switch
        {
            "html" => HtmlRenderer.Render(blocks, $"{d.Entity}{d.KindWord()}公开"),
            "docx" => DocxRenderer.Render(blocks),
            "xlsx" => Xlsx.XlsxRenderer.Render(blocks, sheets),
            "pdf" => Pdf.PdfRenderer.Render(blocks),
            _ => throw new ArgumentException($"不支持的输出格式 {format}"),
        };
    }
}
