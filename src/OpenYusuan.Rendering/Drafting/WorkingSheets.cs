namespace OpenYusuan.Rendering.Drafting;

/// <summary>The working sheets of an OpenYusuan workbook (上年预算数与主要原因, 项目情况, 其他事项, 绩效目标): what the
/// drafter takes its inputs from and what `workbook` and `template` write for the officer to fill in.</summary>
public sealed record WorkingSheets(PriorYear? PriorYear, ProjectSheet? Projects, MattersSheet? Matters = null, PerformanceSheet? Performance = null)
{
    /// <summary>The working sheets a workbook has (the file opened once), or null when it has none.</summary>
    public static WorkingSheets? FromWorkbook(string path)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var prior = SheetRows.Read(doc, Model.WorkbookSheets.PriorYear, PriorYear.Header.Length) is { } p ? PriorYear.FromRows(p) : null;
        var projects = SheetRows.Read(doc, Model.WorkbookSheets.Projects, ProjectSheet.Header.Length) is { } j ? ProjectSheet.FromRows(j) : null;
        var matters = SheetRows.Read(doc, Model.WorkbookSheets.Matters, MattersSheet.Header.Length) is { } m ? MattersSheet.FromRows(m) : null;
        var performance = SheetRows.Read(doc, Model.WorkbookSheets.Performance, PerformanceSheet.Header.Length) is { } t && PerformanceSheet.FromRows(t) is { Targets.Count: > 0 } filled ? filled : null;
        return prior is null && projects is null && matters is null && performance is null ? null : new WorkingSheets(prior, projects, matters, performance);
    }

    /// <summary>The sheets as a drafter filled them: every subject and project its sentences used.</summary>
    public static WorkingSheets Of(NarrativeDrafter drafter) =>
        new(new PriorYear(drafter.Subjects, drafter.IsFinal), new ProjectSheet(drafter.ProjectsDrafted), new MattersSheet(drafter.MattersDrafted),
            new PerformanceSheet(drafter.TargetsDrafted));
}
