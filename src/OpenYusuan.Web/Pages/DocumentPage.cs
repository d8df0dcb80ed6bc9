using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>A document with its findings beside it: a PDF drawn page by page in the browser (pdf.js) with each finding's
/// box on its page; other formats as their lines; the parsed tables with the cells findings name marked.</summary>
public static class DocumentPage
{
    public static IResult Show(HttpContext context, WebStore store, DocumentViews views, StoredDocument d, string? severity, string? rule)
    {
        var view = views.Of(d);
        var all = store.Use(c => DocumentQueries.WithReviews(c, d.Hash, view.Findings));
        var shown = all.Where(f => (string.IsNullOrEmpty(severity) || f.Severity == severity) && (string.IsNullOrEmpty(rule) || f.Rule == rule)).ToList();
        var h = H.E(d.Hash);
        var sb = new StringBuilder();
        sb.Append($"<p class=\"meta\">{H.E(d.Entity ?? "未识别单位")} · {d.Year} 年{H.Kind(d.Kind)} · {H.E(d.Format)} · {d.Pages} 页 · ")
          .Append($"<span class=\"sev-error\">错误 {d.Errors}</span>，<span class=\"sev-warning\">警告 {d.Warnings}</span>，提示 {d.Infos}");
        if (d.Entity is not null) sb.Append($" · <a href=\"/entities/{H.Url(d.Entity)}\">单位历年情况</a>");
        sb.Append("</p><nav class=\"actions\" aria-label=\"导出\">导出审核发现：")
          .Append($"<a href=\"/documents/{h}/findings.xlsx\" download>XLSX</a> <a href=\"/documents/{h}/findings.csv\" download>CSV</a> <a href=\"/documents/{h}/findings.json\" download>JSON</a>")
          .Append($" · 解析出的表格：<a href=\"/documents/{h}/tables.xlsx\" download>XLSX</a>")
          .Append($" · 生成更正稿：<a href=\"/documents/{h}/render.docx\" download>DOCX</a> <a href=\"/documents/{h}/render.pdf\" download>PDF</a>")
          .Append($" · <a href=\"/documents/{h}/original\">原文件</a>")
          .Append($"<form method=\"post\" action=\"/documents/{h}/reread\" class=\"inline\">{Forms.Token(context)}<button type=\"submit\">重新读取并审核</button></form></nav>");
        sb.Append("<div class=\"review-layout\"><section class=\"side\" aria-label=\"审核发现\">")
          .Append(Filter(d, all, severity, rule))
          .Append($"<p class=\"count\">显示 {shown.Count} / {all.Count} 条审核发现</p>")
          .Append(FindingList.Write(context, d, shown))
          .Append("</section><section class=\"doc\" aria-label=\"文件\">");
        string? script = null;
        if (d.Format == "pdf" && !Hosting.Vendor.PdfJs)
            sb.Append($"<p class=\"problem\" role=\"alert\">{H.E(Hosting.Vendor.Missing)}无法在页面上显示 PDF；审核发现见左侧，原文件可下载。</p>");
        else if (d.Format == "pdf")
        {
            sb.Append($"<div id=\"pdf\" data-src=\"/documents/{h}/original\" aria-live=\"polite\"><p class=\"loading\">正在显示 PDF 页面…</p></div>")
              .Append("<div id=\"detail\" role=\"dialog\" aria-modal=\"false\" aria-labelledby=\"detail-title\" hidden></div>");
            var boxes = all.Where(f => f.Box is not null && f.Page is not null).Select(f => new
            {
                key = f.Key, rule = f.Rule, severity = f.Severity, severityName = H.Severity(f.Severity), page = f.Page, box = f.Box,
                message = f.Message, arithmetic = FindingList.Arithmetic(f), where = FindingList.Where(f),
            });
            // System.Text.Json escapes <, > and & by default, so the data cannot close the script element.
            script = $"<script type=\"application/json\" id=\"boxes\">{JsonSerializer.Serialize(boxes)}</script><script type=\"module\" src=\"/document.js\"></script>";
        }
        else sb.Append("<h2>原文</h2>").Append(view.Lines);
        sb.Append("<details class=\"tables\"").Append(d.Format == "pdf" ? "" : " open").Append("><summary>解析出的表格（标出审核发现所指的单元格）</summary>")
          .Append(view.Tables).Append("</details></section></div>");
        return Layout.Page(context, d.Name, sb.ToString(), script);
    }

    private static string Filter(StoredDocument d, IReadOnlyList<StoredFinding> all, string? severity, string? rule)
    {
        var sb = new StringBuilder($"<form method=\"get\" action=\"/documents/{H.E(d.Hash)}\" class=\"filter\"><label>级别 <select name=\"severity\"><option value=\"\">全部</option>");
        foreach (var s in new[] { "error", "warning", "info" })
            sb.Append($"<option value=\"{s}\"{(s == severity ? " selected" : "")}>{H.Severity(s)}（{all.Count(f => f.Severity == s)}）</option>");
        sb.Append("</select></label> <label>规则 <select name=\"rule\"><option value=\"\">全部</option>");
        foreach (var r in all.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            sb.Append($"<option value=\"{H.E(r.Key)}\"{(r.Key == rule ? " selected" : "")}>{H.E(r.Key)}（{r.Count()}）</option>");
        return sb.Append("</select></label> <button type=\"submit\">筛选</button></form>").ToString();
    }
}
