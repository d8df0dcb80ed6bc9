using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Hosting;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>POST /upload: one or many files (multipart), each taken into the store; answers JSON to the page's script
/// and a page to a plain form post.</summary>
public static class UploadEndpoint
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/upload", async (HttpContext c, UploadIntake intake, WebOptions options) =>
    {
        if (!await Forms.Valid(c)) return ErrorPages.BadToken(c);
        var form = await c.Request.ReadFormAsync();
        var files = form.Files;
        var wantsJson = c.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (files.Count == 0) return Refuse(c, wantsJson, 400, "没有收到文件");
        if (files.Count > options.MaxUploadFiles) return Refuse(c, wantsJson, 400, $"一次最多上传 {options.MaxUploadFiles} 个文件，收到 {files.Count} 个");
        if (files.FirstOrDefault(f => f.Length > options.MaxUploadBytes) is { } big)
            return Refuse(c, wantsJson, 413, $"{UploadIntake.SafeName(big.FileName)} 过大（{big.Length / 1024 / 1024} MB），上限 {options.MaxUploadBytes / 1024 / 1024} MB");
        var viewer = Viewer.Of(c);
        var results = new List<UploadResult>();
        foreach (var file in files)
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            results.Add(await Task.Run(() => intake.Take(file.FileName, stream.ToArray(), viewer)));
        }
        if (wantsJson)
            return Results.Json(results.Select(r => new
            {
                name = r.Name, status = r.Status, reason = r.Reason, url = r.Hash is null || r.Status is "failed" or "refused" ? null : $"/documents/{r.Hash}",
            }), statusCode: results.All(r => r.Status is "failed" or "refused") ? 422 : 200);
        var list = string.Join("", results.Select(r => r.Hash is not null && r.Status is not ("failed" or "refused")
            ? $"<li><a href=\"/documents/{H.E(r.Hash)}\">{H.E(r.Name)}</a>：已入库</li>" : $"<li>{H.E(r.Name)}：{H.E(r.Reason)}</li>"));
        return Layout.Page(c, "上传结果", $"<ul>{list}</ul><p><a href=\"/\">返回文件库</a></p>");
    });

    private static IResult Refuse(HttpContext c, bool json, int status, string message) =>
        json ? Results.Json(new { error = message }, statusCode: status) : ErrorPages.Problem(c, status, message);
}
