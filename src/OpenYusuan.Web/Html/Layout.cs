using System.Text;
using Microsoft.AspNetCore.Http;

namespace OpenYusuan.Web.Html;

/// <summary>The frame of every page: Chinese, phone-width, one stylesheet, a skip link and the navigation.</summary>
public static class Layout
{
    public static IResult Page(HttpContext context, string title, string body, string? script = null, int status = 200)
    {
        var viewer = Viewer.Of(context);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append($"<title>{H.E(title)} · OpenYusuan 开放预算</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body>")
          .Append("<a class=\"skip\" href=\"#main\">跳到正文</a><header class=\"top\"><nav aria-label=\"主导航\">")
          .Append("<a class=\"brand\" href=\"/\">OpenYusuan 开放预算</a> <a href=\"/\">文件库</a> <a href=\"/compare\">单位对比</a> <a href=\"/rules\">审核规则</a>");
        if (viewer.SignedIn)
            sb.Append($" <span class=\"who\">{H.E(viewer.Name)}（{H.E(viewer.RoleName)}）</span>")
              .Append($"<form method=\"post\" action=\"/logout\" class=\"inline\">{Forms.Token(context)}<button type=\"submit\">退出</button></form>");
        sb.Append($"</nav></header><main id=\"main\" tabindex=\"-1\"><h1>{H.E(title)}</h1>").Append(body).Append("</main>");
        if (script is not null) sb.Append(script);
        sb.Append("</body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
