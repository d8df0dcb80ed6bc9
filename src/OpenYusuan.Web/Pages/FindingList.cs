using System.Text;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Model;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>A document's findings as a list beside the page: severity, rule (linked to its page in the catalogue), where,
/// the message, the figures compared, and the reviewer's form to accept or dismiss it with a note.</summary>
public static class FindingList
{
    public static string Write(HttpContext context, StoredDocument document, IReadOnlyList<StoredFinding> findings)
    {
        var sb = new StringBuilder("<ol class=\"findings\" id=\"findings\">");
        foreach (var f in findings)
        {
            var box = f.Box is { } b && f.Page is { } p ? $" data-page=\"{p}\" data-box=\"{string.Join(",", b.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))}\"" : "";
            sb.Append($"<li class=\"finding sev-{H.E(f.Severity)}{(f.Decision is null ? "" : " reviewed-" + H.E(f.Decision))}\" id=\"f-{H.E(f.Key)}\" data-key=\"{H.E(f.Key)}\" data-rule=\"{H.E(f.Rule)}\"{box}{(f.Line is { } l ? $" data-line=\"{l}\"" : "")}>");
            sb.Append($"<p class=\"head\"><span class=\"sev\">{H.Severity(f.Severity)}</span> <a class=\"rule\" href=\"/rules#{H.E(f.Rule.ToLowerInvariant())}\">{H.E(f.Rule)}</a> ");
            sb.Append($"<span class=\"where\">{H.E(Where(f))}</span></p>");
            sb.Append($"<p class=\"message\">{H.E(f.Message)}</p>");
            if (Arithmetic(f) is { } arithmetic) sb.Append($"<p class=\"arith\">{H.E(arithmetic)}</p>");
            if (f.Box is not null) sb.Append("<button type=\"button\" class=\"show\">在页面上显示</button> ");
            else if (f.Line is not null) sb.Append($"<a class=\"show-line\" href=\"#L{f.Line}\">在原文中显示</a> ");
            sb.Append($"<span class=\"decision\">{H.Decision(f.Decision)}{(f.Note is { } n ? "：" + H.E(n) : "")}</span>");
            sb.Append($"<form method=\"post\" action=\"/documents/{H.E(document.Hash)}/reviews\" class=\"review\">{Forms.Token(context)}")
              .Append($"<input type=\"hidden\" name=\"key\" value=\"{H.E(f.Key)}\">")
              .Append($"<label>处理意见 <input name=\"note\" maxlength=\"2000\" value=\"{H.E(f.Note)}\"></label> ")
              .Append("<button type=\"submit\" name=\"decision\" value=\"accepted\">确认问题</button> ")
              .Append("<button type=\"submit\" name=\"decision\" value=\"dismissed\">驳回</button>")
              .Append(f.Decision is null ? "" : " <button type=\"submit\" name=\"decision\" value=\"open\">撤销</button>")
              .Append("</form></li>");
        }
        if (findings.Count == 0) sb.Append("<li class=\"none\">没有符合条件的审核发现。</li>");
        return sb.Append("</ol>").ToString();
    }

    public static string Where(StoredFinding f)
    {
        var parts = new List<string>();
        if (f.Page is { } page) parts.Add($"第 {page} 页");
        if (f.Table is { } table) parts.Add(TableKinds.ChineseName(table));
        if (f.Row is { } row) parts.Add(row);
        if (f.Column is { } col) parts.Add(H.Column(f.Table, col));
        if (f.Section is { } section) parts.Add($"第 {section} 部分");
        if (f.Line is { } line && f.Page is null) parts.Add($"第 {line} 行");
        return string.Join(" · ", parts);
    }

    public static string? Arithmetic(StoredFinding f) =>
        f.Expected is null && f.Actual is null ? null : $"应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}";
}
