using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenYusuan.App;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Store.Import;

/// <summary>A checked document as the rows the store keeps: the document, its cells in long form (one row per printed
/// figure), sections, claims, findings (each with its stable key) and reading notes.</summary>
public sealed class DocumentRows
{
    public static readonly string[] CellColumns = ["document", "table_kind", "table_no", "money_unit", "side", "line", "code", "item", "name", "project", "sub_unit", "col", "value_text", "value"];
    public static readonly string[] SectionColumns = ["document", "path", "number", "title", "body"];
    public static readonly string[] ClaimColumns = ["document", "section", "ordinal", "subject", "code", "item", "project", "topic", "amount", "share", "change", "change_pct", "direction", "prior", "prior_stated", "reason"];
    public static readonly string[] FindingColumns = ["finding_key", "document", "rule", "severity", "location", "table_kind", "row_key", "col", "section", "page", "line", "message", "expected", "actual", "bbox"];
    public static readonly string[] NoteColumns = ["document", "rule", "severity", "location", "message"];

    public required CheckedDocument Document { get; init; }
    public List<object?[]> Cells { get; } = [];
    public List<object?[]> Sections { get; } = [];
    public List<object?[]> Claims { get; } = [];
    public List<object?[]> Findings { get; } = [];
    public List<object?[]> Notes { get; } = [];
    public int Tables => Document.Model.Tables.Count;
    /// <summary>The model as read, canonical JSON gzipped, for a part of a publication (empty for a whole document).</summary>
    public required byte[] Model { get; init; }

    public static DocumentRows From(CheckedDocument document)
    {
        var rows = new DocumentRows { Document = document, Model = document.Model.Part == "whole" ? [] : StoredModel.Pack(document.Model) };
        var hash = document.Source.Hash;
        foreach (var table in document.Model.Tables) rows.AddCells(hash, table);
        foreach (var section in document.Model.Sections) rows.AddSection(hash, section, section.Number.ToString(CultureInfo.InvariantCulture));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in document.Report.Findings)
        {
            var location = LocationKey(finding.Location);
            // The same rule may fire twice at one place (two different sums through one cell): the n-th keeps its number.
            var n = seen[finding.Rule + "|" + location] = seen.GetValueOrDefault(finding.Rule + "|" + location) + 1;
            var l = finding.Location;
            rows.Findings.Add([FindingKey(hash, finding.Rule, location, n), hash, finding.Rule, Severity(finding.Severity), location, l.Table,
                l.Row ?? l.Item ?? l.Project, l.Column, l.Section, l.Page, l.Line, finding.Message, finding.Expected, finding.Actual, Box(l.Bbox)]);
        }
        foreach (var note in document.Model.Notes)
            rows.Notes.Add([hash, note.Rule, Severity(note.Severity), LocationKey(note.Location), note.Message]);
        return rows;
    }

    /// <summary>The finding's stable key: the same rule at the same place of the same bytes has the same key after any
    /// re-read, so a reviewer's decision stays attached to it.</summary>
    public static string FindingKey(string hash, string rule, string location, int occurrence = 1) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{hash}|{rule}|{location}{(occurrence > 1 ? "#" + occurrence : "")}")))[..32];

    /// <summary>Where a finding is, by what it is about (table, row, column, section, claim); by page and line only when
    /// it is about nothing more specific, since a reader update may move lines but not what a cell is.</summary>
    public static string LocationKey(FindingLocation l)
    {
        var parts = new List<string>();
        void Add(string key, object? value) { if (value is not null) parts.Add($"{key}={Convert.ToString(value, CultureInfo.InvariantCulture)}"); }
        Add("table", l.Table); Add("side", l.Side); Add("item", l.Item); Add("row", l.Row); Add("project", l.Project); Add("column", l.Column);
        Add("section", l.Section); Add("subsection", l.Subsection); Add("claim", l.Claim);
        if (parts.Count == 0) { Add("page", l.Page); Add("line", l.Line); }
        return string.Join(";", parts);
    }

    /// <summary>A PDF finding's box in page points (x0,y0,x1,y1, origin bottom left), for the web app to draw.</summary>
    private static string? Box(IReadOnlyList<double>? box) =>
        box is { Count: 4 } ? string.Join(",", box.Select(v => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture))) : null;

    private static string Severity(Severity s) => s.ToString().ToLowerInvariant();

    private void AddCells(string hash, DisclosureTable table)
    {
        var line = 0;
        void Side(string side, IReadOnlyList<TableRow>? list)
        {
            foreach (var row in list ?? [])
            {
                line++;
                foreach (var (column, value) in row.Values)
                    Cells.Add([hash, table.Kind, table.Number, table.Unit, side, line, row.Code, row.Item, row.Name ?? row.Label, row.Project, row.Unit, column, Text(value), value]);
            }
        }
        void Totals(string side, IReadOnlyDictionary<string, decimal>? totals)
        {
            if (totals is not { Count: > 0 }) return;
            line++;
            foreach (var (column, value) in totals)
                Cells.Add([hash, table.Kind, table.Number, table.Unit, side, line, null, null, "合计", null, null, column, Text(value), value]);
        }
        Side("rows", table.Rows);
        Totals("total", table.Totals);
        Side("income", table.Income);
        if (table.IncomeTotal is { } income) Totals("income_total", new Dictionary<string, decimal> { ["amount"] = income });
        Side("expense", table.Expense);
        Totals("expense_total", table.ExpenseTotals);
        Side("expense_by_purpose", table.ExpenseByPurpose);
        Side("expense_by_economic", table.ExpenseByEconomic);
    }

    private void AddSection(string hash, Section section, string path)
    {
        Sections.Add([hash, path, section.Number, section.Title, section.Text]);
        var ordinal = 0;
        foreach (var c in section.Claims)
            Claims.Add([hash, path, ++ordinal, c.Subject, c.Code, c.Item, c.Project, c.Topic, c.Amount, c.Share, c.Change, c.ChangePct, c.Direction, c.Prior, c.PriorStated, c.Reason]);
        foreach (var sub in section.Subsections) AddSection(hash, sub, $"{path}.{sub.Number.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A figure as printed: the decimal keeps the printed precision (0.00 stays 0.00).</summary>
    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
