using Microsoft.Playwright;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>The main pages as a reviewer sees them, on a desktop and on a phone: each renders (the PDF drawn, the charts
/// drawn) and the phone page fits its screen's width. The screenshots go to a temporary folder, or to the one
/// YUSUAN_SCREENSHOTS names — docs/ and the README's are made so
/// (`YUSUAN_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/OpenYusuan.Web.Tests --filter Screenshots`).</summary>
[Collection("web")]
public sealed class ScreenshotTests(WebServerFixture web)
{
    [SkippableFact]
    public async Task Screenshots_of_the_main_pages()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var folder = Environment.GetEnvironmentVariable("YUSUAN_SCREENSHOTS") is { Length: > 0 } given ? given
            : Path.Combine(Path.GetTempPath(), $"yusuan-screens-{Guid.NewGuid():N}");
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
        // On a phone nothing runs off to the side: the page is no wider than the screen.
        Assert.InRange(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth"), 1, 391);
        foreach (var (name, width) in new[] { ("corpus.png", 1400), ("document.png", 1400), ("entity.png", 1400), ("document-phone.png", 390) })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(folder, name));
            // PNG: the IHDR chunk's width, big-endian, at byte 16.
            Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        }
    }
}
