using System.Net;
using System.Text;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Reports;

/// <summary>A self-contained HTML page per document: the findings on the left, the document's text on the
/// right with every line numbered (a PDF's lines under their page headings); a finding links to its line and to the table cells it was compared with,
/// and the lines that findings point at are highlighted.</summary>
public static class HtmlReport
{
    public static string Write(IReadOnlyList<(AuditReport Report, IReadOnlyList<ShownLine>? Lines)> documents)
    {
        var sb = new StringBuilder();
        sb.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>OpenYusuan 审核报告</title>
            <style>
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
            header{padding:.6em 1em;background:#123;color:#fff} header h1{font-size:1.1em;margin:0}
            article{display:flex;gap:1em;padding:1em;border-bottom:1px solid #ccc;align-items:flex-start}
            .findings{flex:0 0 40%;max-height:90vh;overflow:auto;position:sticky;top:0}
            .text{flex:1;max-height:90vh;overflow:auto;font-family:"Noto Sans Mono CJK SC",monospace;font-size:13px;white-space:pre-wrap}
            .finding{border-left:4px solid #999;padding:.3em .6em;margin:.4em 0;background:#fafafa}
            .error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1e88e5}
            .sev{font-weight:bold}.error .sev{color:#c62828}.warning .sev{color:#b26a00}.info .sev{color:#1565c0}
            .line{display:block;padding-left:4.5em;text-indent:-4.5em}.line .no{display:inline-block;width:4em;color:#999;text-align:right;margin-right:.5em;text-indent:0}
            .line.hit-error{background:#fdecea}.line.hit-warning{background:#fff4e0}.line.hit-info{background:#e8f1fc}
            .line:target{outline:2px solid #123;background:#ffeb3b}
            .summary{margin:.3em 0 .8em}
            .page{display:block;margin:.8em 0 .3em;padding:.1em .5em;background:#eef;color:#334;font-family:sans-serif}
            @media (max-width:800px){article{flex-direction:column}.findings,.text{flex:none;max-height:none;width:100%}}
            @media print{.findings,.text{max-height:none;overflow:visible}}
            </style></head><body>
            <header><h1>OpenYusuan 审核报告</h1></header>
            """);
        for (var d = 0; d < documents.Count; d++)
            Document(sb, d, documents[d].Report, documents[d].Lines);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Document(StringBuilder sb, int doc, AuditReport report, IReadOnlyList<ShownLine>? lines)
    {
        // A PDF's findings are placed by page and box: on the line of that page the box stands on, else the page's first.
        var pages = lines is null ? null
            : Enumerable.Range(0, lines.Count).Where(i => lines[i].Page is not null && lines[i].Text.Length > 0).ToLookup(i => lines[i].Page!.Value);
        int? LineOf(FindingLocation at)
        {
            if (at.Line is { } l) return l;
            if (at.Page is not { } page || lines is null) return null;
            var onPage = pages![page].ToList();
            if (onPage.Count == 0) return null;
            if (at.Bbox is [_, var bottom, _, var top])
            {
                var middle = (bottom + top) / 2;
                foreach (var i in onPage)
                    if (lines[i].Box is [_, var b, _, var t] && middle >= b - 1 && middle <= t + 1) return i + 1;
            }
            return onPage[0] + 1;
        }
        string H(string? s) => WebUtility.HtmlEncode(s ?? "");
        string Anchor(int line) => $"d{doc}-L{line}";
        var s = report.Summary;
        sb.Append($"<article><section class=\"findings\" aria-label=\"审核发现\"><h2>{H(report.Entity)} {report.Year}</h2>");
        sb.Append($"<p class=\"summary\">{H(report.Document)}：{s.Error} 个错误，{s.Warning} 个警告，{s.Info} 条提示（运行 {s.RulesRun} 条规则）</p>");
        // Errors first, then warnings, then notes; in print order within each.
        foreach (var f in report.Findings.OrderByDescending(f => f.Severity).ThenBy(f => LineOf(f.Location) ?? int.MaxValue))
        {
            var cls = f.Severity.ToString().ToLowerInvariant();
            var label = f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
            sb.Append($"<div class=\"finding {cls}\"><span class=\"sev\">{label}</span> <a href=\"docs/rules.md#{f.Rule.ToLowerInvariant()}\">{f.Rule}</a> ");
            if (LineOf(f.Location) is { } l && lines is not null)
                sb.Append(f.Location.Page is { } pg ? $"<a href=\"#{Anchor(l)}\">第 {pg} 页</a> " : $"<a href=\"#{Anchor(l)}\">第 {l} 行</a> ");
            sb.Append(H(f.Message));
            var related = (f.Related ?? []).Where(r => LineOf(r) is not null && lines is not null).ToList();
            if (related.Count > 0)
                sb.Append("<br>对照：" + string.Join("、", related.Select(r => $"<a href=\"#{Anchor(LineOf(r)!.Value)}\">{H(r.Table is { } kind ? TableKinds.ChineseName(kind) : "")} {H(r.Row)} {H(r.Column is { } col ? ColumnNames.Of(r.Table ?? "", col) : "")}（{(r.Page is { } rp ? $"第 {rp} 页" : $"第 {r.Line} 行")}）</a>")));
            sb.Append("</div>");
        }
        sb.Append("</section><section class=\"text\" aria-label=\"原文\">");
        if (lines is null) sb.Append("<p>（输入为 JSON 模型，没有原文可显示；问题按表格、行、列和部分列出）</p>");
        else
        {
            var hits = report.Findings.Where(f => LineOf(f.Location) is not null)
                .GroupBy(f => LineOf(f.Location)!.Value).ToDictionary(g => g.Key, g => g.Min(f => f.Severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 }));
            int? page = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var no = i + 1;
                if (lines[i].Page is { } p && p != page)
                {
                    page = p;
                    sb.Append($"<span class=\"page\">第 {p} 页</span>");
                }
                var hit = hits.TryGetValue(no, out var sev) ? $" hit-{(sev == 0 ? "error" : sev == 1 ? "warning" : "info")}" : "";
                sb.Append($"<span class=\"line{hit}\" id=\"{Anchor(no)}\"><span class=\"no\">{no}</span>{H(lines[i].Text.Replace('\t', ' '))}</span>");
            }
        }
        sb.Append("</section></article>\n");
    }
}

/// <summary>One line of the document as it was read, and for a PDF the page and box it stands in.</summary>
public sealed record ShownLine(string Text, int? Page = null, IReadOnlyList<double>? Box = null);
