using OpenYusuan.Model;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>What a person reads in a disclosure, as comparable text: every table cell (codes, names, projects,
/// figures, totals, notes), every section's title and text (whitespace aside: it is layout, and a PDF has none
/// of its own), the overview, the
/// glossary, the performance-target tables and the document's identity. Two models with the same text show the same document.</summary>
public static class ModelText
{
    /// <summary>The tables only: every cell, the totals and notes.</summary>
    public static string Tables(Disclosure d) => string.Join("\n", Of(d).Split('\n').SkipWhile(l => !l.StartsWith("==")).TakeWhile(l => !l.StartsWith("§ ") && !l.StartsWith("overview ")));

    public static string Of(Disclosure d)
    {
        var lines = new List<string> { $"{d.Entity} {d.Year} {d.Kind} {d.Scope} {d.Template} {d.Unit} {d.Published}" };
        static string Pairs(IReadOnlyDictionary<string, decimal>? v) => string.Join(" ", (v ?? new Dictionary<string, decimal>()).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={Same(kv.Value)}"));
        foreach (var t in d.Tables)
        {
            // A table that printed no number is rendered with its place (表N): the same table either way.
            lines.Add($"== {t.Kind} {t.Number ?? d.Tables.ToList().IndexOf(t) + 1} {t.Title} {t.Unit} [{string.Join(",", t.Columns ?? [])}] totals {Pairs(t.Totals)} income {(t.IncomeTotal is { } it ? Same(it) : null)} expense {Pairs(t.ExpenseTotals)} note {t.EmptyNote}");
            foreach (var r in (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []))
                lines.Add($"{r.Code ?? r.Item} {Flat(r.Name ?? r.Label ?? "")} {Flat(r.Project ?? "")} {r.Unit} | {Pairs(r.Values)}");
        }
        foreach (var s in d.Sections)
        {
            lines.Add($"§ {s.Number} {Flat(s.Title)}: {Flat(s.Text)}");
            foreach (var x in s.Subsections) lines.Add($"§ {s.Number}.{x.Number} {Flat(x.Title)}: {Flat(x.Text)}");
        }
        var o = d.Overview;
        lines.Add($"overview {string.Join("|", o.Functions.Select(Flat))} / {string.Join("|", o.Divisions)} / {string.Join("|", o.Units)} / " +
                  $"{o.Staffing?.Authorized} {o.Staffing?.Actual} {o.Staffing?.Active} {o.Staffing?.Retired} {o.Staffing?.RetiredCadre}");
        lines.AddRange(d.Glossary.Select(g => $"glossary {Flat(g.Term)}: {Flat(g.Text)}"));
        foreach (var p in d.Performance)
        {
            lines.Add($"performance {p.Kind} {Flat(p.Project ?? "")} {Flat(p.Owner ?? "")} {Flat(p.Contact ?? "")} {p.Amount} {p.Fiscal} {p.Other} {Flat(p.Goal ?? "")}");
            lines.AddRange(p.Indicators.Select(i => $"  {Flat(i.Level1 ?? "")}/{Flat(i.Level2 ?? "")}/{Flat(i.Level3 ?? "")} {Flat(i.Value ?? "")} {Flat(i.Basis ?? "")} {Flat(i.Prior ?? "")} {i.Weight} {Flat(i.Scoring ?? "")} {Flat(i.Evidence ?? "")}"));
        }
        return string.Join("\n", lines);
    }

    /// <summary>A figure as a number (25 and 25.00 are the same cell value; decimals are how a table prints it).</summary>
    private static decimal Same(decimal v) => v / 1.000000000000000000000000000000000m;

    // Whitespace is layout, not text: a PDF wraps lines where the page ends.
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", "");
}
