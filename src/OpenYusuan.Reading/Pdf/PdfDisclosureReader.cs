using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Reads a PDF disclosure: its text layer laid out as lines (<see cref="PdfLines"/>), read by the text
/// pipeline, then every location moved from the line to its page and box.</summary>
public static class PdfDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default)
    {
        var lines = PdfLines.Read(bytes, out var pages, out var blank, cancel);
        if (lines.All(l => l.IsBlank))
            throw new UnusableInputException("PDF 没有文本层（可能是扫描件），无文本层，需先 OCR");
        var model = TextDisclosureReader.Read(lines, null, bytes, path, "pdf", cancel);
        Location? Map(Location? loc) => loc?.Line is { } n && n >= 1 && n <= lines.Count
            ? new Location { Page = lines[n - 1].Page ?? 0, Bbox = lines[n - 1].Bbox }
            : loc;
        FindingLocation MapF(FindingLocation f) => f.Line is { } n && n >= 1 && n <= lines.Count
            ? f with { Line = null, Page = lines[n - 1].Page ?? 0, Bbox = lines[n - 1].Bbox }
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
            Notes = model.Notes.Select(n => n with { Location = MapF(n.Location), Message = n.Message }).ToList(),
            Source = model.Source is { } src ? src with { Pages = pages, BlankPages = blank.Count > 0 ? blank : null } : null,
        };
    }
}
