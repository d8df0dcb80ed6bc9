using System.Text;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Store;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>Two entities side by side, year by year: total, basic and project spending, “三公” and execution, with one
/// chart of each's spending.</summary>
public static class ComparePage
{
    public static IResult Show(HttpContext context, WebStore store, string? a, string? b)
    {
        var viewer = Viewer.Of(context);
        var entities = store.Use(c => c.Rows(null, "SELECT DISTINCT entity FROM documents WHERE entity IS NOT NULL ORDER BY entity").Select(r => (string)r[0]!).ToList())
            .Where(viewer.MaySee).ToList();
        var sb = new StringBuilder("<form method=\"get\" action=\"/compare\" class=\"filter\"><datalist id=\"entities\">");
        foreach (var e in entities) sb.Append($"<option value=\"{H.E(e)}\">");
        sb.Append($"</datalist><label>单位甲 <input name=\"a\" list=\"entities\" value=\"{H.E(a)}\" required></label> ")
          .Append($"<label>单位乙 <input name=\"b\" list=\"entities\" value=\"{H.E(b)}\" required></label> <button type=\"submit\">对比</button></form>");
        var chosen = new[] { a, b }.Where(e => !string.IsNullOrWhiteSpace(e) && entities.Contains(e!)).Select(e => e!).Distinct().ToList();
        if (chosen.Count == 2)
        {
            var figures = chosen.ToDictionary(e => e, e => store.Use(c => EntityPage.Figures(c, e)));
            var rows = chosen.SelectMany(e => Lines(e, figures[e])).OrderBy(r => r.Year).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Entity, StringComparer.Ordinal).ToList();
            sb.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">年度</th><th scope=\"col\">类型</th><th scope=\"col\">单位</th><th scope=\"col\">基本支出</th><th scope=\"col\">项目支出</th><th scope=\"col\">支出合计</th><th scope=\"col\">“三公”经费</th></tr></thead><tbody>");
            foreach (var r in rows)
                sb.Append($"<tr><td>{r.Year}</td><td>{H.Kind(r.Kind)}</td><td><a href=\"/entities/{H.Url(r.Entity)}\">{H.E(r.Entity)}</a></td><td class=\"num\">{r.Basic}</td><td class=\"num\">{r.Project}</td><td class=\"num\">{r.Basic + r.Project}</td><td class=\"num\">{r.ThreePublic}</td></tr>");
            sb.Append("</tbody></table></div>");
            var categories = rows.Select(r => $"{r.Year} {H.Kind(r.Kind)}").Distinct().ToList();
            var chart = new EntityCharts.Chart("compare", "支出合计对比", categories, chosen.Select(e => new EntityCharts.Series(e,
                categories.Select(c => rows.Where(r => r.Entity == e && $"{r.Year} {H.Kind(r.Kind)}" == c).Select(r => (decimal?)(r.Basic + r.Project)).FirstOrDefault()).ToList())).ToList());
            sb.Append(EntityCharts.Html([chart]));
        }
        else if (a is not null || b is not null) sb.Append("<p class=\"problem\" role=\"alert\">请选择库中两个不同的单位。</p>");
        return Layout.Page(context, "单位对比", sb.ToString(), "<script src=\"/lib/echarts/echarts.min.js\" defer></script><script src=\"/entity.js\" defer></script>");
    }

    private sealed record Line(string Entity, int Year, string Kind, decimal Basic, decimal Project, decimal ThreePublic);

    private static IEnumerable<Line> Lines(string entity, Dictionary<string, List<EntityFigures.Point>> f) =>
        f["split"].GroupBy(p => (p.Year, p.Kind)).Select(g => new Line(entity, g.Key.Year, g.Key.Kind,
            g.Where(p => p.Label == "基本支出").Sum(p => p.Value), g.Where(p => p.Label == "项目支出").Sum(p => p.Value),
            f["three"].Where(p => p.Year == g.Key.Year && p.Kind == g.Key.Kind && p.Label == "total").Sum(p => p.Value)));
}
