using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenYusuan.Web.Html;

namespace OpenYusuan.Web.Hosting;

/// <summary>Every error a user can meet, as a Chinese page with the right status and never a stack trace.</summary>
public static class ErrorPages
{
    public static IResult NotFound(HttpContext c) => Problem(c, 404, "找不到此页面或文件，或您无权查看。");

    public static IResult BadToken(HttpContext c) => Problem(c, 400, "表单已过期或缺少防伪令牌，请刷新页面后重试。");

    public static IResult Problem(HttpContext c, int status, string message) =>
        Layout.Page(c, Title(status), $"<p class=\"problem\" role=\"alert\">{H.E(message)}</p><p><a href=\"/\">返回文件库</a></p>", status: status);

    private static string Title(int status) => status switch
    {
        400 => "请求有误", 401 => "请先登录", 403 => "无权访问", 404 => "页面不存在", 405 => "不支持的操作", 413 => "文件过大", 422 => "无法处理",
        _ => status >= 500 ? "服务器内部错误" : "出错了",
    };

    /// <summary>Unhandled exceptions and bare status codes (a body too large for Kestrel, a wrong method) become Chinese pages.</summary>
    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = c => Problem(c, StatusCodes.Status500InternalServerError, "服务器处理请求时出错，已记录；请稍后重试。").ExecuteAsync(c),
            StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : 500,
        });
        app.UseStatusCodePages(c => c.HttpContext.Response.HasStarted ? Task.CompletedTask
            : Problem(c.HttpContext, c.HttpContext.Response.StatusCode, c.HttpContext.Response.StatusCode switch
            {
                413 => "上传的文件超过大小上限。",
                404 => "找不到此页面或文件，或您无权查看。",
                405 => "此地址不支持这种请求。",
                _ => "请求无法处理。",
            }).ExecuteAsync(c.HttpContext));
    }
}
