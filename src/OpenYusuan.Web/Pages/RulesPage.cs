using System.Text;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>The rule catalogue (as docs/rules.md), each rule at the anchor of its id, which findings link to.</summary>
public static class RulesPage
{
    private static string? _body;

    public static IResult Show(HttpContext c) => Layout.Page(c, "审核规则", _body ??= Body());

    private static string Body()
    {
        var sb = new StringBuilder("<dl class=\"rules\">");
        foreach (var r in RuleCatalog.All)
            sb.Append($"<dt id=\"{H.E(r.Id.ToLowerInvariant())}\" tabindex=\"-1\">{H.E(r.Id)} {H.E(r.Title)} <span class=\"sev-{H.E(r.DefaultSeverity.ToString().ToLowerInvariant())}\">{H.Severity(r.DefaultSeverity.ToString().ToLowerInvariant())}</span></dt>")
              .Append($"<dd><p>消息：{H.E(r.Template)}</p><p>为什么：{H.E(r.Why)}</p><p>如何修改：{H.E(r.Fix)}</p><p>示例：{H.E(r.Example)}</p></dd>");
        return sb.Append("</dl>").ToString();
    }
}
