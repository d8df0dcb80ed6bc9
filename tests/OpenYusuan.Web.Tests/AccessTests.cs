using Microsoft.Playwright;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>Accounts: a unit's user sees only its own entity's documents; without signing in nothing is shown.</summary>
[Collection("web")]
public sealed class AccessTests(WebServerFixture web)
{
    [SkippableFact]
    public async Task A_unit_user_cannot_open_another_entitys_document()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var own = await web.Corpus("budget-2024-putuo-wanli.pdf");
        var other = await web.Corpus("budget-2025-putuo-govoffice.pdf");
        var entity = web.EntityOf(own);
        Assert.NotEqual(entity, web.EntityOf(other));
        web.Store.Use(c => Accounts.Add(c, "danwei", WebServerFixture.UnitPassword, Viewer.Unit, entity));
        var context = await web.SignedIn("danwei", WebServerFixture.UnitPassword);
        var page = await context.NewPageAsync();
        var refused = await page.GotoAsync(other);
        Assert.Equal(404, refused!.Status);
        Assert.Contains("找不到此页面或文件，或您无权查看", await page.InnerTextAsync("main"));
        Assert.Equal(404, (await context.APIRequest.GetAsync(other + "/original")).Status);
        Assert.Equal(404, (await context.APIRequest.GetAsync(other + "/findings.json")).Status);
        Assert.Equal(200, (await page.GotoAsync(own))!.Status);
        await page.GotoAsync("/");
        var listed = await page.Locator("table.corpus tbody tr").AllInnerTextsAsync();
        Assert.NotEmpty(listed);
        Assert.All(listed, row => Assert.Contains(entity, row));
        // Nor may it bring another entity's document into the store.
        await page.SetInputFilesAsync("#files", OpenYusuan.Reading.Tests.Support.SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("#uploaded li")).ToContainTextAsync("您只能上传本单位");
        Assert.Equal(0, web.Store.Use(c => OpenYusuan.Store.Sql.Count(c, "SELECT COUNT(*) FROM web_uploads WHERE uploaded_by = 'danwei'")));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_signing_in_pages_lead_to_the_sign_in_and_unknown_paths_are_a_chinese_404()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.StartsWith(web.BaseUrl + "/login", page.Url);
        await page.GetByLabel("用户名").FillAsync(WebServerFixture.ReviewerName);
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确");
        var missing = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("页面不存在", await page.InnerTextAsync("h1"));
        await context.CloseAsync();
    }
}
