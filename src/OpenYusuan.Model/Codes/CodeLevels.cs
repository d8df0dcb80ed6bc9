namespace OpenYusuan.Model.Codes;

/// <summary>How the codes of one classification nest: a code is refined by every longer code that begins with it (20101 by
/// 2010101, 301 by 30101).</summary>
public static class CodeLevels
{
    public static bool IsRefinedBy(string code, string other) => other.Length > code.Length && other.StartsWith(code, StringComparison.Ordinal);

    /// <summary>Whether one of <paramref name="printed"/> refines <paramref name="code"/>: a row printed below it.</summary>
    public static bool IsRefinedIn(string code, IEnumerable<string> printed) => printed.Any(c => IsRefinedBy(code, c));
}
