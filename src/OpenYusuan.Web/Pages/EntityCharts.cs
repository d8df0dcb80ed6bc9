using System.Text;
using System.Text.Json;
using OpenYusuan.Model;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>The chart specifications an entity page hands to ECharts (wwwroot/entity.js draws them): categories are
/// "year kind" (2025 预算, 2024 决算), one series per label; the execution chart adds the rate on a second axis.</summary>
public static class EntityCharts
{
    public sealed record Series(string Name, IReadOnlyList<decimal?> Data, string Type = "bar", bool Stack = false, int Axis = 0);

    public sealed record Chart(string Id, string Title, IReadOnlyList<string> Categories, IReadOnlyList<Series> Series, string Unit = "万元");

    public static IReadOnlyList<Chart> Of(IReadOnlyDictionary<string, List<EntityFigures.Point>> figures) =>
    [
        Grouped("expense-class", "支出按功能分类（类）", figures["class"], stack: true),
        Grouped("basic-project", "基本支出与项目支出", figures["split"], stack: true),
        Grouped("three-public", "“三公”经费", figures["three"].Select(p => p with { Label = ColumnNames.Of(p.Label) }).ToList(), stack: false),
        Grouped("income", "收入来源", figures["income"], stack: true),
        Execution(figures["execution"]),
    ];

    private static string Category(EntityFigures.Point p) => $"{p.Year} {H.Kind(p.Kind)}";

    private static Chart Grouped(string id, string title, List<EntityFigures.Point> points, bool stack)
    {
        var categories = points.OrderBy(p => p.Year).ThenBy(p => p.Kind, StringComparer.Ordinal).Select(Category).Distinct().ToList();
        var series = points.GroupBy(p => p.Label).Select(g => new Series(g.Key,
            categories.Select(c => g.Where(p => Category(p) == c).Select(p => (decimal?)p.Value).FirstOrDefault()).ToList(), Stack: stack)).ToList();
        return new Chart(id, title, categories, series);
    }

    /// <summary>Budget and 决算 of 一般公共预算财政拨款支出 by year, and the execution rate where both are stored.</summary>
    private static Chart Execution(List<EntityFigures.Point> points)
    {
        var years = points.Select(p => p.Year).Distinct().Order().ToList();
        decimal? Of(int year, string label) => points.Where(p => p.Year == year && p.Label == label).Select(p => (decimal?)p.Value).FirstOrDefault();
        var budget = years.Select(y => Of(y, "预算数")).ToList();
        var final = years.Select(y => Of(y, "决算数")).ToList();
        var rate = years.Select((_, i) => budget[i] is > 0 && final[i] is { } f ? Math.Round(f / budget[i]!.Value * 100, 1) : (decimal?)null).ToList();
        return new Chart("execution", "预算执行率（一般公共预算财政拨款支出）", years.Select(y => y + " 年").ToList(),
            [new Series("预算数", budget), new Series("决算数", final), new Series("执行率（%）", rate, "line", Axis: 1)]);
    }

    public static string Html(IReadOnlyList<Chart> charts)
    {
        var sb = new StringBuilder(Hosting.Vendor.ECharts ? "" : $"<p class=\"problem\" role=\"alert\">{H.E(Hosting.Vendor.Missing)}无法画图表。</p>");
        sb.Append("<div class=\"charts\">");
        foreach (var c in charts)
            sb.Append($"<figure><figcaption>{H.E(c.Title)}（{H.E(c.Unit)}）</figcaption>")
              .Append(c.Categories.Count == 0 ? "<p>库中没有可画的数据。</p>" : $"<div class=\"chart\" id=\"chart-{H.E(c.Id)}\" role=\"img\" aria-label=\"{H.E(c.Title)}图表\"></div>")
              .Append("</figure>");
        // System.Text.Json escapes <, > and &, so names from documents cannot end the script element.
        return sb.Append($"</div><script type=\"application/json\" id=\"charts\">{JsonSerializer.Serialize(charts, JsonOptions)}</script>").ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
