using System.Text;
using OpenYusuan.App.Reports;
using OpenYusuan.Model;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>A document shown as it was read, for formats the browser cannot draw as pages (text, HTML, DOCX, XLSX): its
/// numbered lines with those findings point at marked; and, for every format, the tables as parsed with the cells findings
/// are about marked.</summary>
public static class SourceView
{
    public static string Lines(byte[] bytes, IReadOnlyList<StoredFinding> findings)
    {
        if (SourceText.Lines(bytes) is not { } lines) return "<p>此文件（规范 JSON）没有原文版面可显示，见下方表格。</p>";
        var marked = findings.Where(f => f.Line is not null).GroupBy(f => f.Line!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var sb = new StringBuilder("<div class=\"source\" role=\"region\" aria-label=\"原文\" tabindex=\"0\">");
        for (var i = 0; i < lines.Count; i++)
        {
            var no = i + 1;
            if (marked.TryGetValue(no, out var at))
            {
                var sev = at.Any(f => f.Severity == "error") ? "error" : at.Any(f => f.Severity == "warning") ? "warning" : "info";
                sb.Append($"<mark class=\"line hit-{sev}\" id=\"L{no}\" title=\"{H.E(string.Join("；", at.Select(f => f.Rule + " " + f.Message)))}\"><span class=\"no\">{no}</span>{H.E(lines[i].Text)}</mark>");
            }
            else sb.Append($"<span class=\"line\" id=\"L{no}\"><span class=\"no\">{no}</span>{H.E(lines[i].Text)}</span>");
        }
        return sb.Append("</div>").ToString();
    }

    /// <summary>The parsed tables, one HTML table each (rows by line, columns as read), the cells a finding names marked.</summary>
    public static string Tables(IReadOnlyList<object?[]> cells, IReadOnlyList<StoredFinding> findings)
    {
        var hits = findings.Where(f => f.Table is not null && f.Column is not null)
            .GroupBy(f => (f.Table!, f.Row ?? "", f.Column!)).ToDictionary(g => g.Key, g => g.First());
        var sb = new StringBuilder();
        foreach (var table in cells.GroupBy(c => ((string)c[0]!, c[1])))
        {
            var kind = table.Key.Item1;
            var columns = table.Select(c => (string)c[6]!).Distinct().ToList();
            sb.Append($"<table class=\"parsed\"><caption>{H.E(TableKinds.ChineseName(kind))}</caption><thead><tr><th scope=\"col\">编码</th><th scope=\"col\">名称</th>");
            foreach (var col in columns) sb.Append($"<th scope=\"col\">{H.E(H.Column(kind, col))}</th>");
            sb.Append("</tr></thead><tbody>");
            foreach (var row in table.GroupBy(c => ((string)c[2]!, Convert.ToInt64(c[3], System.Globalization.CultureInfo.InvariantCulture))))
            {
                var first = row.First();
                var code = first[4] as string;
                var name = first[5] as string;
                sb.Append($"<tr><td>{H.E(code)}</td><th scope=\"row\">{H.E(name)}</th>");
                var values = row.ToDictionary(c => (string)c[6]!, c => (string)c[7]!);
                foreach (var col in columns)
                {
                    var hit = hits.GetValueOrDefault((kind, code ?? name ?? "", col)) ?? hits.GetValueOrDefault((kind, name ?? "", col));
                    sb.Append(hit is null ? $"<td class=\"num\">{H.E(values.GetValueOrDefault(col))}</td>"
                        : $"<td class=\"num hit-{H.E(hit.Severity)}\"><a href=\"#f-{H.E(hit.Key)}\" title=\"{H.E(hit.Rule + " " + hit.Message)}\">{H.E(values.GetValueOrDefault(col))}</a></td>");
                }
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table>");
        }
        return sb.Length == 0 ? "<p>未读出表格。</p>" : sb.ToString();
    }
}
