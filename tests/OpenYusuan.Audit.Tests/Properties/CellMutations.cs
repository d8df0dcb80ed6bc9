using OpenYusuan.Model;

namespace OpenYusuan.Audit.Tests.Properties;

/// <summary>Every figure of every table of a document, and a copy of the document with that one figure changed.</summary>
public static class CellMutations
{
    public sealed record Mutation(string Table, string Where, Disclosure Document);

    /// <summary>The document with every table figure multiplied by <paramref name="factor"/>: still consistent.</summary>
    public static Disclosure Scale(Disclosure d, decimal factor) => d with
    {
        // Claims scale with the tables; shares and growth rates are ratios and stay.
        Sections = d.Sections.Select(s => Scale(s, factor)).ToList(),
        Tables = d.Tables.Select(t => t with
        {
            Rows = t.Rows?.Select(r => r with { Values = Times(r.Values, factor) }).ToList(),
            Income = t.Income?.Select(r => r with { Values = Times(r.Values, factor) }).ToList(),
            Expense = t.Expense?.Select(r => r with { Values = Times(r.Values, factor) }).ToList(),
            Totals = t.Totals is null ? null : Times(t.Totals, factor),
            ExpenseTotals = t.ExpenseTotals is null ? null : Times(t.ExpenseTotals, factor),
            IncomeTotal = t.IncomeTotal * factor,
        }).ToList(),
    };

    private static Section Scale(Section s, decimal factor) => s with
    {
        Claims = s.Claims.Select(c => c with { Amount = c.Amount * factor, Change = c.Change * factor, Prior = c.Prior * factor }).ToList(),
        Subsections = s.Subsections.Select(x => Scale(x, factor)).ToList(),
    };

    public static IEnumerable<Mutation> All(Disclosure d, decimal delta)
    {
        for (var ti = 0; ti < d.Tables.Count; ti++)
        {
            var t = d.Tables[ti];
            Disclosure With(DisclosureTable changed) => d with { Tables = d.Tables.Select((x, i) => i == ti ? changed : x).ToList() };
            foreach (var (list, name) in new[] { (t.Rows, "rows"), (t.Income, "income"), (t.Expense, "expense") })
            {
                if (list is null) continue;
                for (var ri = 0; ri < list.Count; ri++)
                    foreach (var key in list[ri].Values.Keys)
                    {
                        var rows = list.Select((r, i) => i == ri ? r with { Values = Plus(r.Values, key, delta) } : r).ToList();
                        var changed = name switch { "rows" => t with { Rows = rows }, "income" => t with { Income = rows }, _ => t with { Expense = rows } };
                        yield return new(t.Kind, $"{t.Kind} {name}[{ri}] {list[ri].Code ?? list[ri].Item ?? list[ri].Project} {key}", With(changed));
                    }
            }
            foreach (var key in t.Totals?.Keys ?? Enumerable.Empty<string>())
                yield return new(t.Kind, $"{t.Kind} totals {key}", With(t with { Totals = Plus(t.Totals!, key, delta) }));
            foreach (var key in t.ExpenseTotals?.Keys ?? Enumerable.Empty<string>())
                yield return new(t.Kind, $"{t.Kind} expense_totals {key}", With(t with { ExpenseTotals = Plus(t.ExpenseTotals!, key, delta) }));
            if (t.IncomeTotal is { } it)
                yield return new(t.Kind, $"{t.Kind} income_total", With(t with { IncomeTotal = it + delta }));
        }
    }

    private static Dictionary<string, decimal> Times(IReadOnlyDictionary<string, decimal> values, decimal factor) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Value * factor);

    private static Dictionary<string, decimal> Plus(IReadOnlyDictionary<string, decimal> values, string key, decimal delta) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Key == key ? kv.Value + delta : kv.Value);
}
