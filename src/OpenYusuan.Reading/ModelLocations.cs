using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Reading;

/// <summary>Moves every location of a model read through the text pipeline from the line it was read on to where that
/// line stands in the original: a PDF's page and box, a workbook's sheet and cell. One walk over the model, so no
/// location-bearing part is forgotten by one format and not another.</summary>
internal static class ModelLocations
{
    /// <param name="at">The place of line n (1-based), or null to leave a location as it is.</param>
    public static Disclosure Relocate(Disclosure model, Func<int, Location?> at)
    {
        Location? Map(Location? loc) => loc?.Line is { } n && at(n) is { } place ? place : loc;
        FindingLocation MapF(FindingLocation f) => f.Line is { } n && at(n) is { } place
            ? f with { Line = place.Line, Page = place.Page, Bbox = place.Bbox, Sheet = place.Sheet, Cell = place.Cell }
            : f;
        Section MapS(Section s) => s with
        {
            Loc = Map(s.Loc), Claims = s.Claims.Select(c => c with { Loc = Map(c.Loc) }).ToList(),
            Subsections = s.Subsections.Select(MapS).ToList(), Marks = s.Marks?.Select(m => m with { Loc = Map(m.Loc)! }).ToList(),
        };
        IReadOnlyList<TableRow>? MapRows(IReadOnlyList<TableRow>? rows) => rows?.Select(r => r with { Loc = Map(r.Loc) }).ToList();
        return model with
        {
            Tables = model.Tables.Select(t => t with { Loc = Map(t.Loc), Rows = MapRows(t.Rows), Income = MapRows(t.Income), Expense = MapRows(t.Expense) }).ToList(),
            Sections = model.Sections.Select(MapS).ToList(),
            Performance = model.Performance.Select(p => p with
            {
                Loc = Map(p.Loc), Indicators = p.Indicators.Select(i => i with { Loc = Map(i.Loc) }).ToList(),
                Tasks = p.Tasks?.Select(t => t with { Loc = Map(t.Loc) }).ToList(),
            }).ToList(),
            Glossary = model.Glossary.Select(g => g with { Loc = Map(g.Loc) }).ToList(),
            Overview = model.Overview with { Staffing = model.Overview.Staffing is { } st ? st with { Loc = Map(st.Loc) } : null },
            Notes = model.Notes.Select(n => n with { Location = MapF(n.Location) }).ToList(),
        };
    }
}
