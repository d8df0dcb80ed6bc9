using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenYusuan.Web.Html;

/// <summary>The anti-forgery token every form carries, and its check on every POST.</summary>
public static class Forms
{
    public static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{H.E(tokens.FormFieldName)}\" value=\"{H.E(tokens.RequestToken)}\">";
    }

    /// <summary>False (and the caller answers 400) when the form or header token is missing or wrong.</summary>
    public static async Task<bool> Valid(HttpContext context) =>
        await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
}
