using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenYusuan.Store;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Hosting;
using OpenYusuan.Web.Pages;

namespace OpenYusuan.Web;

/// <summary>`yusuan serve`: builds the web application over an open store. The store is opened before the server starts,
/// so that a store another process holds is reported before any port is opened.</summary>
public static class WebServer
{
    public static WebApplication Build(WebOptions options, YusuanStore store)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes * options.MaxUploadFiles + 1024 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // A refused token or a key kept unencrypted on disk is expected here, not worth a warning on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error).AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
        // Keys beside the store, so that sign-ins and forms survive a restart.
        builder.Services.AddDataProtection().SetApplicationName("openyusuan").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(options.UploadDir)!, "keys")));
        builder.Services.Configure<FormOptions>(f => { f.MultipartBodyLengthLimit = options.MaxUploadBytes * options.MaxUploadFiles + 1024 * 1024; f.ValueCountLimit = 200; });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WebStore(store));
        builder.Services.AddSingleton<UploadIntake>();
        builder.Services.AddSingleton<DocumentViews>();
        builder.Services.AddAntiforgery(a => { a.Cookie.Name = "yusuan-af"; a.Cookie.SameSite = SameSiteMode.Strict; a.FormFieldName = "__RequestVerificationToken"; });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = "yusuan-auth";
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.LoginPath = "/login";
            c.ReturnUrlParameter = "returnUrl";
            c.ExpireTimeSpan = TimeSpan.FromHours(12);
        });
        builder.Services.AddAuthorization(a =>
        {
            if (options.AccountsRequired) a.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        var app = builder.Build();
        // While it runs, `import` refused the store is told where to upload instead.
        string? marker = null;
        app.Lifetime.ApplicationStarted.Register(() => marker = ServeMarker.Write(options));
        app.Lifetime.ApplicationStopping.Register(() => ServeMarker.Remove(marker));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            await next();
        });
        ErrorPages.Use(app);
        // pdf.js's modules, packed CMaps and standard fonts are types the default map does not know.
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".bcmap"] = "application/octet-stream";
        types.Mappings[".pfb"] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
        app.UseAuthentication();
        app.UseAuthorization();
        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext c, WebStore s, WebOptions o, string? q, string? region, string? year, string? kind, string? errors) =>
            CorpusPage.Show(c, s, o, new CorpusFilter(q, region, int.TryParse(year, out var y) ? y : null, kind, errors == "1")));
        app.MapGet("/rules", RulesPage.Show);
        UploadEndpoint.Map(app);
        DocumentEndpoints.Map(app);
        SignInEndpoints.Map(app);
        EntityEndpoints.Map(app);
        // Unknown paths: a Chinese page with 404 (the fallback is anonymous, so a signed-out visitor gets 404, not a sign-in).
        app.MapFallback(ErrorPages.NotFound).AllowAnonymous();
    }

    /// <summary>Runs until stopped (Ctrl+C), telling where it listens.</summary>
    public static int Run(WebOptions options, TextWriter stdout, TextWriter stderr)
    {
        YusuanStore store;
        try { store = YusuanStore.Open(options.Store); }
        catch (StoreException e)
        {
            stderr.WriteLine($"yusuan: {e.Message}");
            return 2;
        }
        try
        {
            using var app = Build(options, store);
            if (options.AccountsRequired && !store.Connection.Rows(null, "SELECT 1 FROM web_users LIMIT 1").Any())
                stderr.WriteLine("yusuan: 需要登录但还没有任何账户：请先运行 yusuan users add 用户名 --role reviewer 添加账户");
            app.Start();
            stdout.WriteLine($"yusuan serve：正在提供网页服务 {string.Join(" ", app.Urls)}（存储 {options.Store.Describe()}；{(options.AccountsRequired ? "需要登录" : "仅本机访问，无需登录")}），按 Ctrl+C 停止");
            app.WaitForShutdown();
            return 0;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"yusuan: 无法在 {options.Urls} 上提供服务：{e.Message}");
            return 2;
        }
        finally
        {
            store.Dispose();
        }
    }
}
