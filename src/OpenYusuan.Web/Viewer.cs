using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace OpenYusuan.Web;

/// <summary>Who is looking: a reviewer sees every document; a unit's user only its own entity's. Without accounts (served
/// on localhost without --auth) everyone is a reviewer.</summary>
public sealed record Viewer(string Name, string Role, string? Entity, bool SignedIn)
{
    public const string Reviewer = "reviewer";
    public const string Unit = "unit";

    public static readonly Viewer Local = new("本机", Reviewer, null, false);

    public bool SeesAll => Role == Reviewer;

    public string RoleName => Role == Reviewer ? "审核人" : $"单位用户：{Entity}";

    public bool MaySee(string? entity) => SeesAll || (entity is not null && string.Equals(entity, Entity, StringComparison.Ordinal));

    public static Viewer Of(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return Local;
        return new Viewer(user.Identity.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? Unit, user.FindFirstValue("entity"), true);
    }
}
