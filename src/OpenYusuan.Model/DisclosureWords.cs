namespace OpenYusuan.Model;

/// <summary>How a disclosure names itself in print: 部门 or 单位, and whether it follows the Shanghai layout.</summary>
public static class DisclosureWords
{
    public static string ScopeWord(this Disclosure d) => d.Scope == "department" ? "部门" : "单位";

    public static bool IsShanghai(this Disclosure d) => d.Template?.StartsWith("shanghai", StringComparison.Ordinal) == true;
}
