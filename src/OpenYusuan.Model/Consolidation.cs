namespace OpenYusuan.Model;

/// <summary>A department's 汇总 model from its units' models: every table summed by code (or item) and column, the
/// totals summed, rows that list projects kept one per unit, the staffing added up and the units listed in the
/// overview. Every identity of the units' tables is linear, so it holds in the sum too.</summary>
public static class Consolidation
{
    public static Disclosure Of(IReadOnlyList<Disclosure> units, string entity)
    {
        if (units.Count == 0) throw new ArgumentException("没有可汇总的单位");
        var first = units[0];
        var unitsOfMoney = units.Select(u => u.Unit).Distinct().ToList();
        if (unitsOfMoney.Count > 1)
            throw new InvalidOperationException($"各单位的金额单位不一致（{string.Join("、", unitsOfMoney)}），无法直接汇总");
        var years = units.Select(u => u.Year).Distinct().ToList();
        if (years.Count > 1)
            throw new InvalidOperationException($"各单位的年度不一致（{string.Join("、", years)}），无法汇总");
        var kinds = units.SelectMany(u => u.Tables.Select(t => t.Kind)).Distinct().ToList();
        return new Disclosure
        {
            Kind = first.Kind, Scope = "department", Consolidated = true, Template = first.Template, Entity = entity,
            Year = first.Year, Unit = first.Unit,
            Overview = new Overview
            {
                Units = units.Select(u => u.Entity ?? "").Where(e => e.Length > 0).ToList(),
                Staffing = Staffing(units.Select(u => u.Overview.Staffing).OfType<Staffing>().ToList()),
            },
            Tables = kinds.Select(k => Table(k, units.Select(u => u.Table(k)).OfType<DisclosureTable>().ToList(), units)).ToList(),
            Glossary = first.Glossary,
        };
    }

    private static DisclosureTable Table(string kind, List<DisclosureTable> tables, IReadOnlyList<Disclosure> units)
    {
        var first = tables[0];
        var columns = tables.SelectMany(t => t.Columns ?? []).Distinct().ToList();
        var order = TableKinds.ColumnOrder(kind).ToList();
        columns = columns.OrderBy(c => order.IndexOf(c) is var i and >= 0 ? i : int.MaxValue).ToList();
        var notes = tables.Select(t => t.EmptyNote).Distinct().ToList();
        var table = first with
        {
            // A unit's 单位收支总体情况表 is the department's 部门收支总体情况表.
            Title = first.Title is { } title && title.StartsWith("单位", StringComparison.Ordinal) ? "部门" + title[2..] : first.Title,
            Columns = columns,
            Rows = first.Rows is null ? null : Ordered(kind == TableKinds.ProjectExpense ? UnitBlocks(tables, units) : Rows(tables, units, t => t.Rows), columns),
            Income = first.Income is null ? null : Rows(tables, units, t => t.Income),
            Expense = first.Expense is null ? null : Ordered(Rows(tables, units, t => t.Expense), columns),
            Totals = Ordered(Sum(tables.Select(t => t.Totals)), columns),
            ExpenseTotals = first.ExpenseTotals is null ? null : Ordered(Sum(tables.Select(t => t.ExpenseTotals)), columns),
            IncomeTotal = tables.Any(t => t.IncomeTotal is not null) ? tables.Sum(t => t.IncomeTotal ?? 0) : null,
            EmptyNote = tables.All(t => t.IsEmpty) && notes.Count == 1 ? notes[0] : null,
            Loc = null,
        };
        return table;
    }

    /// <summary>A 汇总 项目支出表 lists each unit's projects under the unit, as published: the unit's row carries its
    /// total, the rows below it (codes and projects) carry the unit.</summary>
    private static List<TableRow> UnitBlocks(List<DisclosureTable> tables, IReadOnlyList<Disclosure> units)
    {
        var rows = new List<TableRow>();
        foreach (var t in tables)
        {
            var unit = units.FirstOrDefault(u => u.Tables.Contains(t))?.Entity ?? "";
            rows.Add(new TableRow { Name = unit, Unit = unit, Values = new Dictionary<string, decimal>(t.Totals ?? new Dictionary<string, decimal>()) });
            rows.AddRange((t.Rows ?? []).Select(r => r with { Unit = unit, Loc = null }));
        }
        return rows;
    }

    /// <summary>Rows summed by what identifies them (code, item, or label), in code order; rows naming a project are
    /// one per unit and project.</summary>
    private static List<TableRow> Rows(List<DisclosureTable> tables, IReadOnlyList<Disclosure> units, Func<DisclosureTable, IReadOnlyList<TableRow>?> pick)
    {
        var merged = new List<(string Key, TableRow Row)>();
        foreach (var t in tables)
        {
            var unit = units.FirstOrDefault(u => u.Tables.Contains(t))?.Entity;
            foreach (var r in pick(t) ?? [])
            {
                var key = r.Project is not null ? $"{r.Code}|{unit}|{r.Project}" : r.Code ?? r.Item ?? r.Label ?? r.Name ?? "";
                var at = merged.FindIndex(m => m.Key == key);
                var row = r with { Loc = null };
                if (at < 0) merged.Add((key, row));
                else merged[at] = (key, merged[at].Row with { Values = Sum([merged[at].Row.Values, r.Values]) });
            }
        }
        // Coded rows in code order, a 类 before its 款 and 项; rows without code keep their print order.
        return merged.Select((m, i) => (m.Row, i)).OrderBy(x => x.Row.Code is null ? 1 : 0).ThenBy(x => x.Row.Code, StringComparer.Ordinal)
            .ThenBy(x => x.i).Select(x => x.Row).ToList();
    }

    /// <summary>Figures in the order of the table's columns (sums arrive in the order the units print them).</summary>
    private static Dictionary<string, decimal> Ordered(Dictionary<string, decimal> values, List<string> columns) =>
        values.OrderBy(kv => columns.IndexOf(kv.Key) is var i and >= 0 ? i : int.MaxValue).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static List<TableRow> Ordered(List<TableRow> rows, List<string> columns) =>
        rows.Select(r => r with { Values = Ordered(r.Values.ToDictionary(kv => kv.Key, kv => kv.Value), columns) }).ToList();

    private static Dictionary<string, decimal> Sum(IEnumerable<IReadOnlyDictionary<string, decimal>?> values)
    {
        var sum = new Dictionary<string, decimal>();
        foreach (var v in values)
            foreach (var (k, x) in v ?? new Dictionary<string, decimal>())
                sum[k] = sum.GetValueOrDefault(k) + x;
        return sum;
    }

    private static Staffing? Staffing(List<Staffing> staff)
    {
        if (staff.Count == 0) return null;
        static int? Add(IEnumerable<int?> xs) => xs.Any(x => x is not null) ? xs.Sum(x => x ?? 0) : null;
        return new Staffing
        {
            Authorized = Add(staff.Select(s => s.Authorized)), Actual = Add(staff.Select(s => s.Actual)), Active = Add(staff.Select(s => s.Active)),
            Retired = Add(staff.Select(s => s.Retired)), RetiredCadre = Add(staff.Select(s => s.RetiredCadre)),
        };
    }
}
