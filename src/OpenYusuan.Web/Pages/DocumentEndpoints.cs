using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenYusuan.Model.Findings;
using OpenYusuan.Rendering;
using OpenYusuan.Store.Import;
using OpenYusuan.Web.Data;
using OpenYusuan.Web.Hosting;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Pages;

/// <summary>The routes under /documents/{hash}: the page, the original, the exports, reviews and re-reading. A document
/// a unit's user may not see is answered 404, as if it did not exist.</summary>
public static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{hash}", (HttpContext c, WebStore s, DocumentViews views, string hash, string? severity, string? rule) =>
            Visible(c, s, hash) is { } d ? DocumentPage.Show(c, s, views, d, severity, rule) : ErrorPages.NotFound(c));
        app.MapGet("/documents/{hash}/original", (HttpContext c, WebStore s, string hash) =>
            Visible(c, s, hash) is { } d && s.Use(x => DocumentQueries.Original(x, d.Hash)) is { } bytes
                ? Results.File(bytes, ContentType(d.Format), d.Format == "pdf" ? null : d.Name) : ErrorPages.NotFound(c));
        app.MapGet("/documents/{hash}/findings.{format}", (HttpContext c, WebStore s, string hash, string format) =>
        {
            if (Visible(c, s, hash) is not { } d) return ErrorPages.NotFound(c);
            var findings = s.Use(x => DocumentQueries.Findings(x, d.Hash));
            var stem = Path.GetFileNameWithoutExtension(d.Name) + "-审核发现";
            return format switch
            {
                "xlsx" => Results.File(FindingsExport.Xlsx(d, findings), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + ".xlsx"),
                "csv" => Results.File(FindingsExport.Csv(d, findings), "text/csv; charset=utf-8", stem + ".csv"),
                "json" => Results.File(FindingsExport.Json(d, findings), "application/json; charset=utf-8", stem + ".json"),
                _ => ErrorPages.NotFound(c),
            };
        });
        app.MapGet("/documents/{hash}/tables.xlsx", (HttpContext c, WebStore s, string hash) =>
            Visible(c, s, hash) is { } d && s.Use(x => DocumentWriter.Model(x, d.Hash)) is { } model
                ? Results.File(Renderer.Render(model, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Path.GetFileNameWithoutExtension(d.Name) + "-表格.xlsx")
                : ErrorPages.NotFound(c));
        app.MapGet("/documents/{hash}/render.{format}", (HttpContext c, WebStore s, string hash, string format) =>
        {
            if (format is not ("docx" or "pdf") || Visible(c, s, hash) is not { } d || s.Use(x => DocumentWriter.Model(x, d.Hash)) is not { } model)
                return ErrorPages.NotFound(c);
            var type = format == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return Results.File(Corrected(model, d.Name, format), type, Path.GetFileNameWithoutExtension(d.Name) + "-更正稿." + format);
        });
        app.MapPost("/documents/{hash}/reviews", async (HttpContext c, WebStore s, string hash) =>
        {
            if (!await Forms.Valid(c)) return ErrorPages.BadToken(c);
            if (Visible(c, s, hash) is not { } d) return ErrorPages.NotFound(c);
            var form = await c.Request.ReadFormAsync();
            if (!Reviews.Decide(s, d.Hash, form["key"].ToString(), form["decision"].ToString(), form["note"].ToString(), Viewer.Of(c).Name))
                return ErrorPages.NotFound(c);
            return Results.Redirect($"/documents/{d.Hash}#f-{form["key"]}");
        });
        app.MapPost("/documents/{hash}/reread", async (HttpContext c, WebStore s, UploadIntake intake, string hash) =>
        {
            if (!await Forms.Valid(c)) return ErrorPages.BadToken(c);
            if (Visible(c, s, hash) is not { } d || s.Use(x => DocumentQueries.Original(x, d.Hash)) is not { } bytes) return ErrorPages.NotFound(c);
            var outcome = intake.Reread(d.Hash, bytes);
            return outcome.Status == "failed" ? ErrorPages.Problem(c, 422, $"重新读取失败：{outcome.Reason}") : Results.Redirect($"/documents/{d.Hash}");
        });
    }

    /// <summary>The document, when it exists and the viewer may see it.</summary>
    public static StoredDocument? Visible(HttpContext c, WebStore s, string hash) =>
        hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) && s.Use(x => DocumentQueries.Document(x, hash)) is { } d && Viewer.Of(c).MaySee(d.Entity) ? d : null;

    private static string ContentType(string? format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>The disclosure written again from its tables, its numeric sentences redrafted from them (as `render
    /// --redraft`) unless the text contradicts itself; marked 未通过校验 when errors remain.</summary>
    private static byte[] Corrected(OpenYusuan.Model.Disclosure model, string name, string format)
    {
        model = OpenYusuan.App.Redraft.Of(model, name).Model;
        var errors = new OpenYusuan.App.DisclosureWorkflows().Audit(model, name).Findings.Count(f => f.Severity == Severity.Error);
        return Renderer.Render(model, format, failedCheck: errors > 0);
    }
}
