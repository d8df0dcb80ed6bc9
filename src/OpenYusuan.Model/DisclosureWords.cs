namespace OpenYusuan.Model;

/// <summary>How a disclosure names itself in print: 部门 or 单位, 预算 or 决算, and whether it follows the Shanghai layout.</summary>
public static class DisclosureWords
{
    public static string ScopeWord(this Disclosure d) => d.Scope == "department" ? "部门" : "单位";

    /// <summary>预算 or 决算 (final accounts), as titles and messages name the document.</summary>
    public static string KindWord(this Disclosure d) => d.Kind == "final" ? "决算" : "预算";

    public static bool IsShanghai(this Disclosure d) => d.Template?.StartsWith("shanghai", StringComparison.Ordinal) == true;
}
