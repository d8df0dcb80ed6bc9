using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenYusuan.Web.Data;

namespace OpenYusuan.Web.Pages;

/// <summary>The entity page and the comparison of two entities.</summary>
public static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/entities/{name}", (HttpContext c, WebStore s, string name) => EntityPage.Show(c, s, name));
        app.MapGet("/compare", (HttpContext c, WebStore s, string? a, string? b) => ComparePage.Show(c, s, a, b));
    }
}
