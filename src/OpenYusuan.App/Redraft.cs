using OpenYusuan.Model;
using OpenYusuan.Reading;
using OpenYusuan.Rendering;
using OpenYusuan.Rendering.Drafting;

namespace OpenYusuan.App;

/// <summary>The numeric sentences of a disclosure drafted again from its tables (`render --redraft`, the web app's
/// corrected disclosure): the draft is read back as any publication is, so its statements are audited as written.
/// <see cref="Conflicts"/> lists the statements that contradict themselves so that drafting would have to pick one
/// figure; the model is then left as it was.</summary>
public sealed record Redraft(Disclosure Model, IReadOnlyList<string> Changes, IReadOnlyList<string> Conflicts)
{
    /// <param name="sheets">A workbook's working sheets (上年预算数与主要原因, …), when the model came from one.</param>
    public static Redraft Of(Disclosure model, string name, WorkingSheets? sheets = null)
    {
        var drafter = new NarrativeDrafter(model, sheets);
        var drafted = drafter.Apply();
        var shown = DisclosureReader.Read(Renderer.Render(drafted, "html"), name);
        drafter.CompareWith(shown.Sections);
        return drafter.Conflicts.Count > 0
            ? new Redraft(model, [], drafter.Conflicts)
            : new Redraft(drafted with { Sections = shown.Sections }, drafter.Changes, []);
    }
}
