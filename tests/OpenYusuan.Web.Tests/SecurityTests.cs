using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>What a hostile upload or request cannot do: write outside the upload folder, pass the size limit, run a
/// script through a document's text, or post without the anti-forgery token.</summary>
[Collection("web")]
public sealed class SecurityTests(WebServerFixture web)
{
    private static async Task<string> Token(IPage page)
    {
        await page.GotoAsync("/");
        return (await page.Locator("#upload input[name=__RequestVerificationToken]").GetAttributeAsync("value"))!;
    }

    private static async Task<IAPIResponse> Post(IPage page, string name, byte[] bytes, string? token)
    {
        var form = page.Context.APIRequest.CreateFormData();
        if (token is not null) form.Set("__RequestVerificationToken", token);
        form.Append("files", new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = bytes });
        return await page.Context.APIRequest.PostAsync("/upload", new() { Multipart = form, Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
    }

    private static byte[] Example(string? extraLine = null)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        return Encoding.UTF8.GetBytes(extraLine is null ? text : InsertAfterFirstLine(text, extraLine));
    }

    private static string InsertAfterFirstLine(string text, string line)
    {
        var cut = text.IndexOf('\n') + 1;
        return text[..cut] + line + "\n" + text[cut..];
    }

    [SkippableFact]
    public async Task A_path_traversal_file_name_is_stored_under_a_generated_name_inside_the_upload_folder()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var page = await web.Reviewer.NewPageAsync();
        var bytes = Example("路径穿越测试");
        var response = await Post(page, "../../../../evil-traversal.txt", bytes, await Token(page));
        Assert.Equal(200, response.Status);
        var answer = JsonDocument.Parse(await response.TextAsync()).RootElement[0];
        Assert.Equal("evil-traversal.txt", answer.GetProperty("name").GetString());
        var hash = answer.GetProperty("url").GetString()!.Split('/')[^1];
        Assert.All(Directory.GetFiles(web.Options.UploadDir), f => Assert.Matches("^[0-9a-f]{64}\\.(pdf|txt|docx|xlsx|html|json)$", Path.GetFileName(f)));
        Assert.True(File.Exists(Path.Combine(web.Options.UploadDir, hash + ".txt")));
        Assert.Empty(Directory.GetFiles(web.Dir, "evil-traversal.txt", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(web.Options.UploadDir, "../../../../evil-traversal.txt"))));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task An_oversize_upload_is_refused_with_413_and_nothing_is_stored()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var page = await web.Reviewer.NewPageAsync();
        var before = web.Store.Use(c => Sql.Count(c, "SELECT COUNT(*) FROM stored_documents"));
        var big = new byte[WebServerFixture.MaxUploadBytes + 512 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(big, 0);
        var response = await Post(page, "big.pdf", big, await Token(page));
        Assert.Equal(413, response.Status);
        Assert.Contains("过大", JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(before, web.Store.Use(c => Sql.Count(c, "SELECT COUNT(*) FROM stored_documents")));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task A_script_in_an_uploaded_documents_text_and_name_is_shown_escaped()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var page = await web.Reviewer.NewPageAsync();
        const string script = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
        var response = await Post(page, "<img src=x onerror=window.__xss=3>.txt", Example(script), await Token(page));
        Assert.Equal(200, response.Status);
        var url = JsonDocument.Parse(await response.TextAsync()).RootElement[0].GetProperty("url").GetString()!;
        await page.GotoAsync(url);
        Assert.Contains(script, await page.Locator(".source").InnerTextAsync());
        Assert.Equal("<img src=x onerror=window.__xss=3>.txt", await page.InnerTextAsync("h1"));
        Assert.Equal(0, await page.Locator(".source script, .source img, h1 img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.__xss === undefined"));
        await page.GotoAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("window.__xss === undefined"));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus("budget-2024-putuo-wanli.pdf");
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync(url);
        var key = (await page.Locator("li.finding").Last.GetAttributeAsync("data-key"))!;
        var reviews = () => web.Store.Use(c => Sql.Count(c, "SELECT COUNT(*) FROM finding_reviews WHERE finding_key = $1", key));
        var before = reviews();
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("key", key);
        form.Set("decision", "accepted");
        var refused = await page.Context.APIRequest.PostAsync(url + "/reviews", new() { Form = form });
        Assert.Equal(400, refused.Status);
        Assert.Contains("防伪令牌", await refused.TextAsync());
        Assert.Equal(before, reviews());
        var upload = await Post(page, "example.txt", Example(), token: null);
        Assert.Equal(400, upload.Status);
        // With the token, a finding key of another document is not this document's to decide.
        var other = await web.Corpus("budget-2025-putuo-govoffice.pdf");
        var token = await page.Locator("li.finding form.review input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var foreign = page.Context.APIRequest.CreateFormData();
        foreign.Set("__RequestVerificationToken", token!);
        foreign.Set("key", key);
        foreign.Set("decision", "accepted");
        Assert.Equal(404, (await page.Context.APIRequest.PostAsync(other + "/reviews", new() { Form = foreign })).Status);
        Assert.Equal(before, reviews());
        await page.CloseAsync();
    }
}
