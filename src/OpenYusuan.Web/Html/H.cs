using System.Net;

namespace OpenYusuan.Web.Html;

/// <summary>Every text a page shows goes through here: HTML-encoded, attribute-safe.</summary>
public static class H
{
    public static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public static string Url(string? value) => Uri.EscapeDataString(value ?? "");

    public static string Severity(string? severity) => severity switch { "error" => "错误", "warning" => "警告", "info" => "提示", _ => severity ?? "" };

    public static string Kind(string? kind) => kind switch { "budget" => "预算", "final" => "决算", _ => kind ?? "" };

    public static string Decision(string? decision) => decision switch { "accepted" => "已确认", "dismissed" => "已驳回", _ => "未处理" };
}
