namespace OpenYusuan.Rendering.Drafting;

/// <summary>The working sheets of an OpenYusuan workbook (上年预算数与主要原因, 项目情况): what the drafter takes its
/// inputs from and what `workbook` and `template` write for the officer to fill in.</summary>
public sealed record WorkingSheets(PriorYear? PriorYear, ProjectSheet? Projects, MattersSheet? Matters = null)
{
    public static WorkingSheets? FromWorkbook(string path)
    {
        var (prior, projects, matters) = (PriorYear.FromWorkbook(path), ProjectSheet.FromWorkbook(path), MattersSheet.FromWorkbook(path));
        return prior is null && projects is null && matters is null ? null : new WorkingSheets(prior, projects, matters);
    }

    /// <summary>The sheets as a drafter filled them: every subject and project its sentences used.</summary>
    public static WorkingSheets Of(NarrativeDrafter drafter) =>
        new(new PriorYear(drafter.Subjects), new ProjectSheet(drafter.ProjectsDrafted), new MattersSheet(drafter.MattersDrafted));
}
