using System.Text.RegularExpressions;

namespace OpenYusuan.Cli;

/// <summary>System.CommandLine writes its help headings and its parse errors in English (its resources have no Chinese,
/// and the build is culture-invariant). A finance officer reads Chinese: the headings and the errors a user can cause
/// are put into Chinese here, in one table; anything not listed passes through unchanged.</summary>
public static partial class ChineseWording
{
    private static readonly (Regex Pattern, string Chinese)[] Help =
    [
        (new(@"^Description:$", RegexOptions.Multiline), "说明："),
        (new(@"^Usage:$", RegexOptions.Multiline), "用法："),
        (new(@"^Arguments:$", RegexOptions.Multiline), "参数："),
        (new(@"^Options:$", RegexOptions.Multiline), "选项："),
        (new(@"^Commands:$", RegexOptions.Multiline), "命令："),
        (new(@"\[default: ([^\]]*)\]"), "[默认：$1]"),
        (new(@"\(REQUIRED\)"), "（必填）"),
        (new(@"\[options\]"), "[选项]"),
        (new(@"\[command\]"), "[命令]"),
        (new(@"Show help and usage information"), "显示帮助和用法"),
        (new(@"Show version information"), "显示版本号"),
    ];

    private static readonly (Regex Pattern, string Chinese)[] Errors =
    [
        (new(@"^Required command was not provided\.$"), "没有给出命令"),
        (new(@"^Required argument missing for command: '([^']*)'\.?$"), "命令 $1 缺少必需的参数（文件）"),
        (new(@"^Option '([^']*)' is required\.$"), "缺少必需的选项 $1"),
        (new(@"^Unrecognized command or argument '([^']*)'\.?$"), "无法识别的命令或参数“$1”"),
        (new(@"^Cannot parse argument '([^']*)' for option '([^']*)' as expected type 'System\.Int32'\.?$"), "选项 $2 的值“$1”不是整数"),
        (new(@"^Cannot parse argument '([^']*)' for option '([^']*)' as expected type '[^']*'\.?$"), "选项 $2 的值“$1”格式不对"),
        (new(@"^Cannot parse argument '([^']*)' for command '([^']*)' as expected type '[^']*'\.?$"), "命令 $2 的参数“$1”格式不对"),
        (new(@"^Argument '([^']*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline), "取值“$1”无效，可选：$2"),
        (new(@"^Option '([^']*)' expects a single argument but (\d+) were provided\.$"), "选项 $1 只能给一个值，却给了 $2 个"),
        (new(@"^Required argument missing for option: '([^']*)'\.?$"), "选项 $1 缺少取值"),
    ];

    /// <summary>A help screen with its headings and System.CommandLine's own phrases in Chinese.</summary>
    public static string OfHelp(string help) => Help.Aggregate(help, (text, r) => r.Pattern.Replace(text, r.Chinese));

    /// <summary>A parse error in Chinese (the choices of "Must be one of" listed with 、).</summary>
    public static string OfError(string message)
    {
        foreach (var (pattern, chinese) in Errors)
            if (pattern.IsMatch(message))
            {
                var text = pattern.Replace(message, chinese);
                return Choices().Replace(text, m => string.Join("、", m.Value.Split(['\n', '\t', '\r', '\''], StringSplitOptions.RemoveEmptyEntries)));
            }
        return message;
    }

    [GeneratedRegex(@"(?<=可选：)[\s\S]*$")]
    private static partial Regex Choices();
}
