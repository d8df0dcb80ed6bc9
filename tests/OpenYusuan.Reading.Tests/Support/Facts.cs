using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Expected cells in the answer-key format of ../shared/truth (table, side/item, row, project,
/// column, value, alt_columns, dup) and a lookup of the same cell in a parsed model.</summary>
public sealed record Fact(string Table, string? Side, string? Item, string? Row, string? Project, string? Column,
    string Value, IReadOnlyList<string>? AltColumns, int? Dup, int? Line, string? Unit = null)
{
    public override string ToString() =>
        $"{Table}{(Side is null ? "" : "." + Side)} {Item ?? Row}{(Project is null ? "" : " [" + Project + "]")} {Column} = {Value}{(Line is null ? "" : $" (line {Line})")}";

    public static IReadOnlyList<Fact> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => new Fact(
                f.GetProperty("table").GetString()!, Str(f, "side"), Str(f, "item"), Str(f, "row"), Str(f, "project"),
                Str(f, "column"), f.GetProperty("value").ToString(),
                f.TryGetProperty("alt_columns", out var alt) ? alt.EnumerateArray().Select(a => a.GetString()!).ToList() : null,
                f.TryGetProperty("dup", out var dup) ? dup.GetInt32() : null,
                f.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : null,
                // "unit" names a sub-unit in 汇总 keys; a money unit (万元/元) there is not one.
                Str(f, "unit") is { } u && u is not ("万元" or "元") ? u : null))
            .Where(f => f.Row != "#unit" || f.Unit is not null)
            .ToList();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The model's value for this cell, or null. Where the key accepts several columns, any matching one.</summary>
    public decimal? Lookup(Disclosure model)
    {
        if (AltColumns is { } alts)
        {
            decimal? first = null;
            foreach (var c in alts)
            {
                var v = (this with { AltColumns = null, Column = c }).Lookup(model);
                if (v == Expected) return v;
                first ??= v;
            }
            return first;
        }
        foreach (var t in model.Tables.Where(t => t.Kind == Table))
        {
            decimal? v = null;
            if (Side == "income")
                v = Item == "#total" ? t.IncomeTotal
                    : t.Income?.FirstOrDefault(r => r.Item == Item || Norm(r.Label) == Norm(Item))?.Values.GetValueOrDefault("amount");
            else if (Side == "expense")
                v = Row == "#total" ? t.ExpenseTotals?.GetValueOrDefault(Column ?? "amount")
                    : Matching(t.Expense ?? []).Select(r => r.Values.TryGetValue(Column ?? "amount", out var x) ? x : (decimal?)null).FirstOrDefault();
            else if (Row == "#total" && Project is null)
                v = t.Totals?.TryGetValue(Column!, out var x) == true ? x : null;
            else
                v = Matching(t.Rows ?? []).Select(r => r.Values.TryGetValue(Column!, out var x) ? x : (decimal?)null).FirstOrDefault(x => x is not null);
            if (v is not null) return v;
        }
        return null;
    }

    public decimal Expected => decimal.Parse(Value, CultureInfo.InvariantCulture);

    private IEnumerable<TableRow> Matching(IEnumerable<TableRow> rows)
    {
        if (Row == "#unit") return rows.Where(r => r.Code is null && r.Unit == Unit);
        var list = rows.Where(r =>
            (Project is null || Norm(r.Project) == Norm(Project))
            && (Row is null or "#total" || r.Code == Row || r.Item == Row || Norm(r.Name) == Norm(Row) || Norm(r.Label) == Norm(Row))).ToList();
        var picked = Dup is { } d ? list.Skip(d - 1).Take(1) : list;
        // A sub-unit named by the key must be the row's sub-unit (checked after dup, which counts all rows of the code).
        return Unit is null ? picked : picked.Where(r => r.Unit == Unit);
    }

    private static string Norm(string? s) => Regex.Replace(s ?? "", @"[\s\u3000]+", "");
}
