using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace OpenYusuan.Web.Pages;

public static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder app) { }
}
