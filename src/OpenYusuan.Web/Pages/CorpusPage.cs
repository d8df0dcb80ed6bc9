using System.Text;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>The start page: the upload box, then the documents of the corpus with their status and finding counts,
/// searchable by name and filtered by region, year, kind and whether they have errors.</summary>
public static class CorpusPage
{
    public static IResult Show(HttpContext context, WebStore store, WebOptions options, CorpusFilter filter)
    {
        var viewer = Viewer.Of(context);
        var (documents, choices, failures) = store.Use(c =>
            (CorpusQueries.Documents(c, filter, viewer), CorpusQueries.Choices(c), viewer.SeesAll ? CorpusQueries.Failures(c) : []));
        var sb = new StringBuilder();
        sb.Append("<section class=\"upload\" aria-labelledby=\"upload-title\"><h2 id=\"upload-title\">上传公开文件</h2>")
          .Append($"<form id=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">{Forms.Token(context)}")
          .Append("<div id=\"drop\" class=\"drop\"><label for=\"files\">把文件拖到这里，或选择文件（PDF、DOCX、XLSX、HTML、文本；")
          .Append($"每次最多 {options.MaxUploadFiles} 个，每个不超过 {options.MaxUploadBytes / 1024 / 1024} MB）</label>")
          .Append("<input id=\"files\" name=\"files\" type=\"file\" multiple accept=\".pdf,.docx,.xlsx,.html,.htm,.txt,.json\"></div>")
          .Append("<button type=\"submit\">上传并审核</button>")
          .Append("<progress id=\"progress\" max=\"100\" value=\"0\" hidden aria-label=\"上传进度\"></progress><p id=\"upload-status\" role=\"status\" aria-live=\"polite\"></p>")
          .Append("<ul id=\"uploaded\"></ul></form></section>");
        sb.Append("<section aria-labelledby=\"corpus-title\"><h2 id=\"corpus-title\">文件库</h2><form method=\"get\" action=\"/\" class=\"filter\">")
          .Append($"<label>名称 <input type=\"search\" name=\"q\" value=\"{H.E(filter.Name)}\"></label> ")
          .Append(Select("region", "地区", choices.Regions.Select(r => (r, r)), filter.Region))
          .Append(Select("year", "年度", choices.Years.Select(y => (y.ToString(System.Globalization.CultureInfo.InvariantCulture), y + " 年")), filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
          .Append(Select("kind", "类型", [("budget", "预算"), ("final", "决算")], filter.Kind))
          .Append($"<label><input type=\"checkbox\" name=\"errors\" value=\"1\"{(filter.ErrorsOnly ? " checked" : "")}> 只看有错误的</label> ")
          .Append("<button type=\"submit\">查找</button></form>");
        sb.Append($"<p class=\"count\">{documents.Count} 份文件</p><div class=\"scroll\"><table class=\"corpus\"><thead><tr>")
          .Append("<th scope=\"col\">单位</th><th scope=\"col\">地区</th><th scope=\"col\">年度</th><th scope=\"col\">类型</th><th scope=\"col\">文件</th>")
          .Append("<th scope=\"col\">状态</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">提示</th></tr></thead><tbody>");
        foreach (var d in documents)
        {
            var entity = d.Entity is null ? "未识别" : $"<a href=\"/entities/{H.Url(d.Entity)}\">{H.E(d.Entity)}</a>";
            sb.Append($"<tr><td>{entity}</td><td>{H.E(d.Region)}</td><td>{d.Year}</td><td>{H.Kind(d.Kind)}</td>")
              .Append($"<td><a href=\"/documents/{H.E(d.Hash)}\">{H.E(d.Name)}</a></td>")
              .Append($"<td>{(d.Errors > 0 ? "<span class=\"sev-error\">未通过</span>" : "<span class=\"ok\">通过</span>")}</td>")
              .Append($"<td class=\"num\">{d.Errors}</td><td class=\"num\">{d.Warnings}</td><td class=\"num\">{d.Infos}</td></tr>");
        }
        sb.Append("</tbody></table></div></section>");
        if (failures.Count > 0)
        {
            sb.Append("<section><h2>未能读取的文件</h2><ul>");
            foreach (var f in failures) sb.Append($"<li>{H.E(Path.GetFileName((string)f[0]!))}：{H.E(f[1])}</li>");
            sb.Append("</ul></section>");
        }
        return Layout.Page(context, "公开文件审核", sb.ToString(), "<script src=\"/upload.js\" defer></script>");
    }

    private static string Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        var sb = new StringBuilder($"<label>{label} <select name=\"{name}\"><option value=\"\">全部</option>");
        foreach (var (value, text) in options) sb.Append($"<option value=\"{H.E(value)}\"{(value == selected ? " selected" : "")}>{H.E(text)}</option>");
        return sb.Append("</select></label> ").ToString();
    }
}
