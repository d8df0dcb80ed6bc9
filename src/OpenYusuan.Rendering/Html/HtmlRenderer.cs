using System.Net;
using System.Text;
using OpenYusuan.Rendering.Plan;

namespace OpenYusuan.Rendering.Html;

/// <summary>One self-contained HTML page: headings, paragraphs and tables with proper header cells (th with scope
/// and colspan), amounts right-aligned, a print stylesheet (A4, header rows repeated on every page) and a layout
/// that reads on a phone (wide tables scroll inside their own box).</summary>
public static class HtmlRenderer
{
    public static byte[] Render(IReadOnlyList<Block> blocks, string title)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    var tag = $"h{Math.Min(h.Level + 1, 4)}";
                    sb.Append('<').Append(tag).Append('>').Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Warning ? "<p class=\"failed\" role=\"alert\">" : "<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(sb, t);
                    break;
                case Grid g:
                    sb.Append("<div class=\"scroll\"><table class=\"grid\">\n<tbody>\n");
                    foreach (var row in g.Rows)
                        sb.Append("<tr>").AppendJoin("", g.Cells(row).Select(c => c.Span > 1 ? $"<td colspan=\"{c.Span}\">{E(c.Text)}</td>" : $"<td>{E(c.Text)}</td>")).Append("</tr>\n");
                    sb.Append("</tbody>\n</table></div>\n");
                    break;
                case PageBreak:
                    sb.Append("<hr class=\"page\">\n");
                    break;
            }
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Table(StringBuilder sb, TableBlock t)
    {
        sb.Append("<section class=\"table\">\n");
        if (t.NumberLine is { } number) sb.Append("<p class=\"number\">").Append(E(number)).Append("</p>\n");
        sb.Append("<h3>").Append(E(t.Title)).Append("</h3>\n");
        sb.Append("<p class=\"meta\">").Append(E(t.Preparer)).Append("</p>\n");
        sb.Append("<p class=\"meta unit\">").Append(E(t.UnitLine)).Append("</p>\n");
        sb.Append("<div class=\"scroll\"><table>\n<thead>\n");
        foreach (var row in t.Header)
        {
            sb.Append("<tr>");
            foreach (var c in row)
                sb.Append(c.Span > 1 ? $"<th scope=\"colgroup\" colspan=\"{c.Span}\">" : "<th scope=\"col\">").Append(E(c.Text)).Append("</th>");
            sb.Append("</tr>\n");
        }
        sb.Append("</thead>\n<tbody>\n");
        foreach (var row in t.Body)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                sb.Append(i < t.Numeric.Count && t.Numeric[i] ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n");
        if (t.Note is { } note) sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        sb.Append("</section>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Style = """
        body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", serif; margin: 0; color: #111; line-height: 1.7 }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem }
        h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; text-align: center; font-size: 1.6rem }
        h2, h3, h4 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif }
        h2 { font-size: 1.3rem; margin-top: 2rem } h3 { font-size: 1.1rem } h4 { font-size: 1rem }
        p { text-indent: 2em; margin: .3rem 0 }
        .table h3 { text-align: center } .table p { text-indent: 0 } .number { font-weight: bold }
        .meta.unit { text-align: right }
        .scroll { overflow-x: auto }
        table { border-collapse: collapse; width: 100%; font-size: .85rem }
        th, td { border: 1px solid #333; padding: .15rem .35rem; vertical-align: middle }
        th { background: #f2f2f2; font-weight: bold; text-align: center }
        table.grid { margin: .5rem 0 }
        td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums }
        .failed { color: #b00020; border: 2px solid #b00020; padding: .5rem; font-weight: bold; text-indent: 0 }
        @media print {
          @page { size: A4; margin: 20mm 15mm }
          main { max-width: none; padding: 0 }
          .scroll { overflow: visible }
          thead { display: table-header-group }
          tr, .note { break-inside: avoid }
          h2 { break-before: page }
          hr.page { break-after: page; border: 0 }
        }
        """;
}
