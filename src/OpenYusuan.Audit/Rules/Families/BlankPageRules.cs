using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0710: pages of a PDF with neither text nor image (the reader lists them); a run of consecutive blank
/// pages is one finding, at its first page.</summary>
public sealed class BlankPageRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.BlankPage.Id];

    public void Run(AuditContext context)
    {
        if (context.Document.Source?.BlankPages is not { Count: > 0 } blank) return;
        var pages = blank.Distinct().Order().ToList();
        for (var i = 0; i < pages.Count;)
        {
            var end = i;
            while (end + 1 < pages.Count && pages[end + 1] == pages[end] + 1) end++;
            var shown = end == i ? pages[i].ToString() : $"{pages[i]}–{pages[end]}";
            context.Report(RuleCatalog.BlankPage, new FindingLocation { Page = pages[i] },
                new Dictionary<string, string> { ["pages"] = shown });
            i = end + 1;
        }
    }
}
