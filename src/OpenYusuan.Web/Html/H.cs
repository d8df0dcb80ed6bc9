using System.Net;

namespace OpenYusuan.Web.Html;

/// <summary>Every text a page shows goes through here: HTML-encoded, attribute-safe.</summary>
public static class H
{
    public static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public static string Url(string? value) => Uri.EscapeDataString(value ?? "");

    public static string Severity(string? severity) => severity switch { "error" => "错误", "warning" => "警告", "info" => "提示", _ => severity ?? "" };

    public static string Kind(string? kind) => kind switch { "budget" => "预算", "final" => "决算", _ => kind ?? "" };

    /// <summary>A column's Chinese name; the few keys the model's names leave as they are get a plain one.</summary>
    public static string Column(string? table, string column) => OpenYusuan.Model.ColumnNames.Of(table ?? "", column) is var name && name != column ? name
        : column switch { "total" => "合计", "amount" => "金额", "budget" => "预算数", "final" => "决算数", "initial_budget" => "年初预算数", _ => column };

    public static string Decision(string? decision) => decision switch { "accepted" => "已确认", "dismissed" => "已驳回", _ => "未处理" };
}
