using Microsoft.Playwright;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>The screenshots in docs/ (README): taken only when YUSUAN_SCREENSHOTS names the folder to write them to
/// (`YUSUAN_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/OpenYusuan.Web.Tests --filter Screenshots`).</summary>
[Collection("web")]
public sealed class ScreenshotTests(WebServerFixture web)
{
    [SkippableFact]
    public async Task Screenshots_of_the_main_pages()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var folder = Environment.GetEnvironmentVariable("YUSUAN_SCREENSHOTS");
        Skip.If(string.IsNullOrEmpty(folder), "YUSUAN_SCREENSHOTS 未设置：不生成截图");
        Directory.CreateDirectory(folder);
        var url = await web.Corpus("budget-2024-putuo-wanli.pdf");
        await web.Corpus("final-2024-putuo-planning.pdf");
        await web.Corpus("budget-2025-putuo-govoffice.pdf");
        var page = await web.Reviewer.NewPageAsync();
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "corpus.png") });
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("#pdf[data-rendered]", new() { Timeout = 60_000 });
        await page.Locator("li.finding[data-box] .show").First.ClickAsync();
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "document.png") });
        await page.GotoAsync("/entities/" + Uri.EscapeDataString(web.EntityOf(url)));
        await page.Locator("#chart-basic-project canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(1200);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "entity.png") });
        var phone = await web.Reviewer.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(url);
        await phone.WaitForSelectorAsync("#pdf[data-rendered]", new() { Timeout = 60_000 });
        await phone.ScreenshotAsync(new() { Path = Path.Combine(folder, "document-phone.png") });
        Assert.True(File.Exists(Path.Combine(folder, "document-phone.png")));
    }
}
