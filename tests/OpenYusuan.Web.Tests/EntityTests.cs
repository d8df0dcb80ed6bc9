using Microsoft.Playwright;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>The corpus page and an entity's page with its ECharts charts.</summary>
[Collection("web")]
public sealed class EntityTests(WebServerFixture web)
{
    [SkippableFact]
    public async Task An_entity_page_draws_its_charts_and_years()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus("budget-2024-putuo-wanli.pdf");
        var entity = web.EntityOf(url);
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = entity, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(entity);
        foreach (var chart in new[] { "expense-class", "basic-project", "three-public", "income" })
            await Assertions.Expect(page.Locator($"#chart-{chart} canvas").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("echarts.getInstanceByDom(document.getElementById('chart-basic-project')).getOption().series.length === 2"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "历年预算：各表主要栏目（万元）" })).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_corpus_page_searches_by_name_and_filters_by_errors()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus("budget-2024-putuo-wanli.pdf");
        await web.Corpus("budget-2025-putuo-govoffice.pdf");
        var entity = web.EntityOf(url);
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("名称").FillAsync(entity);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="));
        var rows = page.Locator("table.corpus tbody tr");
        Assert.True(await rows.CountAsync() >= 1);
        foreach (var row in await rows.AllInnerTextsAsync()) Assert.Contains(entity, row);
        // The govoffice budget has no error: only documents with errors remain under the filter.
        await page.GotoAsync("/?errors=1");
        foreach (var cell in await page.Locator("table.corpus tbody tr td:nth-child(7)").AllInnerTextsAsync()) Assert.NotEqual("0", cell);
        await page.CloseAsync();
    }
}
