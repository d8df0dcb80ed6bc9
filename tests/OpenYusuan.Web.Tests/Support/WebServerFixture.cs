using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store;
using OpenYusuan.Web;
using OpenYusuan.Web.Data;

namespace OpenYusuan.Web.Tests.Support;

/// <summary>One real `serve` (Kestrel on a free 127.0.0.1 port, accounts on, a temp DuckDB store) and one headless Debian
/// Chromium driven by Playwright, shared by every test of the collection. Without /usr/bin/chromium the tests skip.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ReviewerName = "shenhe";
    public const string ReviewerPassword = "reviewer-pass-1";
    public const string UnitPassword = "unit-pass-123";
    public const long MaxUploadBytes = 1024 * 1024;

    public static string? Missing => File.Exists(Chromium) ? null : $"{Chromium} 不存在（Debian 包 chromium，./run-tests 以 root 运行时会安装），跳过浏览器测试";

    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-web-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private readonly Dictionary<string, string> _uploaded = new(StringComparer.Ordinal);

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IBrowserContext Reviewer { get; private set; } = null!;
    public WebOptions Options { get; private set; } = null!;
    public WebStore Store => _app!.Services.GetRequiredService<WebStore>();
    public string Dir => _dir;

    public async Task InitializeAsync()
    {
        if (Missing is not null) return;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Options = new WebOptions { Urls = BaseUrl, Db = Path.Combine(_dir, "store", "yusuan.duckdb"), Auth = true, MaxUploadBytes = MaxUploadBytes, MaxUploadFiles = 5 };
        var store = YusuanStore.Open(Options.Store);
        Accounts.Add(store.Connection, ReviewerName, ReviewerPassword, Viewer.Reviewer, null);
        _app = WebServer.Build(Options, store);
        await _app.StartAsync();
        // The whole suite runs its projects side by side on two cores: waits are generous, never a sleep.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Reviewer = await SignedIn(ReviewerName, ReviewerPassword);
    }

    /// <summary>A browser context signed in as the given account.</summary>
    public async Task<IBrowserContext> SignedIn(string name, string password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, AcceptDownloads = true, Locale = "zh-CN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Uploads a file through the page's upload form (as a user would) and returns its document's path.</summary>
    public async Task<string> Upload(IPage page, string path)
    {
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#files", path);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        var link = page.Locator("#uploaded li a");
        await link.First.WaitForAsync(new() { Timeout = 60_000 });
        return (await link.First.GetAttributeAsync("href"))!;
    }

    /// <summary>A corpus file uploaded once by the reviewer (later calls reuse it); skips the test without ../shared.</summary>
    public async Task<string> Corpus(string name)
    {
        Xunit.Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        lock (_uploaded) if (_uploaded.TryGetValue(name, out var known)) return known;
        var page = await Reviewer.NewPageAsync();
        var url = await Upload(page, SharedFiles.Corpus(name));
        await page.CloseAsync();
        lock (_uploaded) _uploaded[name] = url;
        return url;
    }

    /// <summary>The stored entity of a document path (/documents/HASH).</summary>
    public string EntityOf(string documentUrl) =>
        Store.Use(c => (string)Sql.Scalar(c, null, "SELECT entity FROM documents WHERE hash = $1", documentUrl.Split('/')[^1])!);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            var store = Store;
            await _app.StopAsync();
            await _app.DisposeAsync();
            store.Dispose();
        }
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebServerFixture>;
