using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenYusuan.Reading;

/// <summary>What went wrong, in Chinese, for the failures that come from .NET or a library in English: file access,
/// JSON syntax, a PDF's structure. The English detail is for developers and is shown only with YUSUAN_DEBUG=1.</summary>
public static partial class FailureWording
{
    public static string Of(Exception e) => e switch
    {
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径中的目录不存在",
        UnauthorizedAccessException => "没有访问权限（或该路径是一个目录）",
        PathTooLongException => "路径太长",
        JsonException j => $"JSON 格式错误{(j.LineNumber is { } line ? $"（第 {line + 1} 行第 {(j.BytePositionInLine ?? 0) + 1} 个字符附近）" : "")}",
        IOException io when DiskFull().IsMatch(io.Message) => "磁盘空间不足",
        IOException => "读写出错",
        _ => "内容无法解析",
    } + Detail(e);

    public static string Detail(Exception e) =>
        Environment.GetEnvironmentVariable("YUSUAN_DEBUG") == "1" ? $"（{e.GetType().Name}：{e.Message}）" : "";

    [GeneratedRegex("No space left|not enough space", RegexOptions.IgnoreCase)]
    private static partial Regex DiskFull();
}
