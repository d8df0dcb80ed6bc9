using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Hosting;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>Sign-in and sign-out (a cookie; accounts come from `yusuan users add`).</summary>
public static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext c, string? returnUrl) => Form(c, returnUrl, null)).AllowAnonymous();
        app.MapPost("/login", async (HttpContext c, WebStore store) =>
        {
            if (!await Forms.Valid(c)) return ErrorPages.BadToken(c);
            var form = await c.Request.ReadFormAsync();
            var returnUrl = form["returnUrl"].ToString();
            var account = store.Use(x => Accounts.SignIn(x, form["name"].ToString(), form["password"].ToString()));
            if (account is null) return Form(c, returnUrl, "用户名或密码不正确", 401);
            var claims = new List<Claim> { new(ClaimTypes.Name, account.Name), new(ClaimTypes.Role, account.Role) };
            if (account.Entity is not null) claims.Add(new Claim("entity", account.Entity));
            await c.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
            // Only a path of this site: an open redirect would send a signed-in user anywhere.
            return Results.Redirect(returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\') ? returnUrl : "/");
        }).AllowAnonymous();
        app.MapPost("/logout", async (HttpContext c) =>
        {
            if (!await Forms.Valid(c)) return ErrorPages.BadToken(c);
            await c.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        });
    }

    private static IResult Form(HttpContext c, string? returnUrl, string? error, int status = 200) => Layout.Page(c, "登录",
        (error is null ? "" : $"<p class=\"problem\" role=\"alert\">{H.E(error)}</p>") +
        $"<form method=\"post\" action=\"/login\" class=\"login\">{Forms.Token(c)}<input type=\"hidden\" name=\"returnUrl\" value=\"{H.E(returnUrl)}\">" +
        "<p><label for=\"name\">用户名</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required></p>" +
        "<p><label for=\"password\">密码</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>" +
        "<p><button type=\"submit\">登录</button></p></form><p class=\"hint\">账户由管理员在命令行添加：yusuan users add</p>", status: status);
}
