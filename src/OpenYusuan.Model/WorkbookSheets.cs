namespace OpenYusuan.Model;

/// <summary>Sheets of an OpenYusuan workbook that hold working data rather than the publication: readers skip them.</summary>
public static class WorkbookSheets
{
    public const string PriorYear = "上年预算数与主要原因";
    public const string Projects = "项目情况";
    public const string Matters = "其他事项";
    public const string Performance = "绩效目标";

    public static bool IsWorking(string? name) => name is PriorYear or Projects or Matters or Performance;
}
