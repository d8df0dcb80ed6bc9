namespace OpenYusuan.Model;

/// <summary>Sheets of an OpenYusuan workbook that hold working data rather than the publication (readers skip them), and
/// the column letters every workbook reader and writer names cells by.</summary>
public static class WorkbookSheets
{
    public const string PriorYear = "上年预算数与主要原因";
    public const string Projects = "项目情况";
    public const string Matters = "其他事项";
    public const string Performance = "绩效目标";

    public static bool IsWorking(string? name) => name is PriorYear or Projects or Matters or Performance;

    /// <summary>Column letters of a 0-based column index (0 → A, 27 → AB).</summary>
    public static string ColumnLetters(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
