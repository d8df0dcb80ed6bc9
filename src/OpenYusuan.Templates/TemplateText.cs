using System.Text.RegularExpressions;

namespace OpenYusuan.Templates;

/// <summary>Fills the placeholders of a template's wording: {who} 部门/单位, {year}, {entity}, {title}.</summary>
public static partial class TemplateText
{
    public static string Fill(string text, int? year, string who, string? entity = null, string? title = null)
    {
        // Without a year, "{year}年" goes as a whole rather than leaving a bare 年.
        var s = year is { } y ? text.Replace("{year}", y.ToString()) : YearWord().Replace(text, "");
        s = s.Replace("{who}", who).Replace("{entity}", entity ?? "");
        return title is null ? s : s.Replace("{title}", title);
    }

    [GeneratedRegex(@"\{year\}\s*年?")]
    private static partial Regex YearWord();
}
