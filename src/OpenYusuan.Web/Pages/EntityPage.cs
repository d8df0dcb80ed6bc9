using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Model;
using OpenYusuan.Store;
using OpenYusuan.Store.Queries;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>One entity over the years: its documents, charts, each table's lines side by side with the change (budgets
/// and 决算 apart), and the 决算 against the budget of every year that has both.</summary>
public static class EntityPage
{
    public static IResult Show(HttpContext context, WebStore store, string entity)
    {
        var viewer = Viewer.Of(context);
        if (!viewer.MaySee(entity)) return Hosting.ErrorPages.NotFound(context);
        var documents = store.Use(c => CorpusQueries.Documents(c, new CorpusFilter(null, null, null, null, false), viewer, 5000))
            .Where(d => d.Entity == entity).ToList();
        if (documents.Count == 0) return Hosting.ErrorPages.NotFound(context);
        var sb = new StringBuilder($"<p class=\"meta\">{H.E(documents[0].Region ?? "地区未知")} · {documents.Count} 份文件 · <a href=\"/compare?a={H.Url(entity)}\">与另一单位对比</a></p><ul>");
        foreach (var d in documents)
            sb.Append($"<li><a href=\"/documents/{H.E(d.Hash)}\">{d.Year} 年{H.Kind(d.Kind)}：{H.E(d.Name)}</a>（错误 {d.Errors}，警告 {d.Warnings}）</li>");
        sb.Append("</ul><h2>图表</h2>").Append(EntityCharts.Html(EntityCharts.Of(store.Use(c => Figures(c, entity)))));
        foreach (var kind in new[] { "budget", "final" }.Where(k => documents.Any(d => d.Kind == k)))
        {
            var history = store.Use(_ => Try(() => EntityHistory.Of(store.Store, entity, kind)));
            if (history is null) continue;
            sb.Append($"<h2>历年{H.Kind(kind)}：各表主要栏目（万元）</h2><div class=\"scroll\">").Append(Table(history.Lines, history.Years)).Append("</div>");
        }
        foreach (var year in documents.GroupBy(d => d.Year).Where(g => g.Key is not null && g.Any(d => d.Kind == "budget") && g.Any(d => d.Kind == "final")).Select(g => g.Key!.Value).Order())
        {
            var comparison = store.Use(_ => Try(() => StoredComparison.Of(store.Store, entity, year)));
            if (comparison is null) continue;
            sb.Append($"<h2>{year} 年决算与预算对比（万元）</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">表</th><th scope=\"col\">编码</th><th scope=\"col\">名称</th><th scope=\"col\">预算数</th><th scope=\"col\">决算中的年初预算数</th><th scope=\"col\">决算数</th><th scope=\"col\">差额</th><th scope=\"col\">执行率</th></tr></thead><tbody>");
            foreach (var l in comparison.Lines)
                sb.Append($"<tr{(l.InitialDiffers ? " class=\"hit-error\"" : "")}><td>{H.E(TableKinds.ChineseName(l.Table))}</td><td>{H.E(l.Code)}</td><td>{H.E(l.Name)}</td><td class=\"num\">{l.Budget}</td><td class=\"num\">{l.Initial}</td><td class=\"num\">{l.Final}</td><td class=\"num\">{l.Difference}</td><td class=\"num\">{(l.Rate is { } r ? r + "%" : "")}</td></tr>");
            sb.Append("</tbody></table></div>");
        }
        return Layout.Page(context, entity, sb.ToString(), "<script src=\"/lib/echarts/echarts.min.js\" defer></script><script src=\"/entity.js\" defer></script>");
    }

    public static Dictionary<string, List<EntityFigures.Point>> Figures(System.Data.Common.DbConnection c, string entity) => new()
    {
        ["class"] = EntityFigures.ExpenseByClass(c, entity), ["split"] = EntityFigures.BasicProject(c, entity),
        ["three"] = EntityFigures.ThreePublic(c, entity), ["income"] = EntityFigures.IncomeBySource(c, entity),
        ["execution"] = EntityFigures.Execution(c, entity),
    };

    private static T? Try<T>(Func<T> query) where T : class
    {
        try { return query(); }
        catch (StoreException) { return null; }
    }

    private static string Table(ResultTable lines, IReadOnlyList<int> years)
    {
        var sb = new StringBuilder("<table><thead><tr><th scope=\"col\">表</th><th scope=\"col\">编码/项目</th><th scope=\"col\">名称</th>");
        foreach (var y in years) sb.Append($"<th scope=\"col\">{y}</th>");
        sb.Append("<th scope=\"col\">变化</th><th scope=\"col\">变化率</th></tr></thead><tbody>");
        foreach (var row in lines.Rows)
        {
            sb.Append($"<tr><td>{H.E(TableKinds.ChineseName((string)row[0]!))}</td><td>{H.E(row[1])}</td><td>{H.E(row[2])}</td>");
            for (var i = 3; i < row.Length; i++)
                sb.Append($"<td class=\"num\">{H.E(row[i] is decimal d ? d.ToString("0.##", CultureInfo.InvariantCulture) : row[i])}{(i == row.Length - 1 && row[i] is not null ? "%" : "")}</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }
}
