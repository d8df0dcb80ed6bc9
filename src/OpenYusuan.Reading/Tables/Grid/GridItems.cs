using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>The “三公” table printed across: its header's columns are the items (合计, 因公出国（境）费, 公务用车购置及
/// 运行费 with 购置费/运行费, 公务接待费, sometimes 机关运行经费, 会议费, 培训费), each body row one set of figures — the
/// budget year, or last year and this year side by side under year groups, or 预算数/决算数. In the model the items are
/// rows and each set of figures a column.</summary>
public static class GridItems
{
    /// <summary>True when at least three figure columns are named by 三公 items.</summary>
    public static bool IsHorizontal(IReadOnlyList<GridColumn> figures) =>
        figures.Count(c => Item(c) is not null) >= 3;

    public static DisclosureTable Read(TableRegion region, string unit, IReadOnlyList<GridColumn> columns,
        IReadOnlyList<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows)
    {
        // The item columns: those with figures, and those printed empty in every row (an item the table lists with no
        // amount is an item of the table; a column whose header could not be read is not).
        var firstFigure = columns.FirstOrDefault(c => c.IsFigure)?.Index ?? int.MaxValue;
        var figures = columns.Where(c => c.IsFigure || c.Index > firstFigure && Item(c) is not null).ToList();
        // Each item column may sit under a group that says which figure it is (2025年 / 2026年, 预算数 / 决算数).
        var sets = figures.Select(c => (Column: c, Item: Item(c), Set: SetOf(c))).ToList();
        GrandTotals(sets, rows);
        // The document's figures, item by item; then, where the table lists its units (汇总 documents: 合计, then the
        // department, then each unit), each unit's own items, in print order.
        var items = new List<string>();
        var byItem = new Dictionary<string, Dictionary<string, decimal>>();
        var setKeys = new List<string>();
        var location = new Dictionary<string, Location>();
        var unitRows = new List<TableRow>();
        var parser = new CodeParser();
        foreach (var (line, cells) in rows)
        {
            var labels = GridRowLabels.Read(region.Kind, columns, cells, parser);
            var rowLabel = TextNormalizer.Compact(labels.Text);
            var isUnit = labels.Unit is not null && !RowLabels.IsTotal(rowLabel) && SetName(rowLabel) is null;
            var rowSet = isUnit ? "total" : RowSet(rowLabel, rows.Count);
            if (rowSet is null) continue;
            var unitValues = new Dictionary<string, Dictionary<string, decimal>>();
            foreach (var cell in cells)
            {
                var column = sets.FirstOrDefault(s => s.Column.Index == cell.Column);
                if (column.Item is null || !GridFigures.TryParse(cell.Text, out var v, out _)) continue;
                var set = column.Set ?? rowSet;
                if (!setKeys.Contains(set)) setKeys.Add(set);
                if (isUnit)
                {
                    if (!unitValues.TryGetValue(column.Item, out var uv)) unitValues[column.Item] = uv = [];
                    uv.TryAdd(set, v);
                    continue;
                }
                if (!byItem.TryGetValue(column.Item, out var values)) { byItem[column.Item] = values = []; items.Add(column.Item); location[column.Item] = Location.AtLine(line.Number); }
                values.TryAdd(set, v);
            }
            foreach (var (item, values) in unitValues)
                unitRows.Add(new TableRow { Item = item, Name = NameOfItem(sets, item), Unit = labels.Unit, Values = values, Loc = Location.AtLine(line.Number) });
        }
        // Items printed with no figure still belong to a table that has figures (an empty cell is an empty value); a
        // table without any figure is an empty table.
        if (items.Count > 0)
            foreach (var s in sets.Where(s => s.Item is not null && !items.Contains(s.Item!))) { items.Add(s.Item!); byItem[s.Item!] = []; }
        // A table printed without figures still has the sets its header names.
        if (setKeys.Count == 0) setKeys.AddRange(sets.Where(s => s.Item is not null).Select(s => s.Set ?? "total").Distinct());
        // Years name the sets: the latest is the budget year's figure, an earlier one last year's. Outside 决算 a
        // 预算数 set is the table's figure.
        var years = setKeys.Where(k => k.StartsWith("year:")).Select(k => int.Parse(k[5..])).ToList();
        string Rename(string k) => k switch
        {
            _ when k.StartsWith("year:") => int.Parse(k[5..]) == years.Max() ? "total" : "prior",
            "budget" when !TableKinds.IsFinal(region.Kind) => "total",
            _ => k,
        };
        foreach (var values in byItem.Values.Concat(unitRows.Select(r => (Dictionary<string, decimal>)r.Values)))
            foreach (var k in values.Keys.ToList())
                if (Rename(k) != k) { values[Rename(k)] = values[k]; values.Remove(k); }
        setKeys = setKeys.Select(Rename).Distinct().ToList();
        return new DisclosureTable
        {
            Kind = region.Kind, Number = region.Number, Title = region.Title, Unit = unit,
            Columns = setKeys, Totals = new Dictionary<string, decimal>(),
            Rows = items.Select(i => new TableRow { Item = i, Name = NameOfItem(sets, i), Values = byItem[i], Loc = location.GetValueOrDefault(i) })
                .Concat(unitRows).ToList(),
            Loc = Location.AtLine(region.TitleLine.Number),
        };
    }

    private static string NameOfItem(List<(GridColumn Column, string? Item, string? Set)> sets, string item) =>
        HorizontalThreePublic.Names.GetValueOrDefault(item) ?? NameOf(sets.First(s => s.Item == item).Column);

    /// <summary>Where a set prints both a 合计 over “三公”经费, 会议费 and 培训费 and a 小计/合计 under the “三公” group, the
    /// “三公” one is the table's total and the outer one the grand total. The arithmetic tells them apart (the grand total
    /// is the other plus 会议费 and 培训费, in the first row where they differ); the header (the group naming “三公”) where
    /// no row does.</summary>
    private static void GrandTotals(List<(GridColumn Column, string? Item, string? Set)> sets,
        IReadOnlyList<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows)
    {
        foreach (var group in sets.Select((s, i) => (s, i)).Where(x => x.s.Item == "total").GroupBy(x => x.s.Set).Where(g => g.Count() == 2))
        {
            var (a, b) = (group.First(), group.Last());
            var parts = sets.Where(s => s.Set == group.Key && s.Item is "meeting" or "training").Select(s => s.Column.Index).ToList();
            int? grand = null;
            foreach (var (_, cells) in rows)
            {
                decimal? V(int column) => cells.FirstOrDefault(c => c.Column == column) is { } cell && GridFigures.TryParse(cell.Text, out var v, out _) ? v : null;
                if (V(a.s.Column.Index) is not { } va || V(b.s.Column.Index) is not { } vb || va == vb) continue;
                var extra = parts.Sum(p => V(p) ?? 0);
                grand = va == vb + extra ? a.i : vb == va + extra ? b.i : null;
                break;
            }
            grand ??= group.Where(x => !x.s.Column.Path.Any(p => p.Contains("三公"))).Select(x => (int?)x.i).SingleOrDefault();
            if (parts.Count > 0 && grand is { } g) sets[g] = (sets[g].Column, "grand_total", sets[g].Set);
        }
    }

    /// <summary>The item a column holds: its own label, or, when that label names a set (预算数 under 公务接待费), the
    /// nearest label above it that names an item.</summary>
    private static string? Item(GridColumn column) => ItemLabel(column) is { } i
        ? ItemOf(TextNormalizer.Compact(column.Path[i]), Group(column, i))
          ?? (i > 0 ? RowLabels.ThreePublicItem(TextNormalizer.Compact(column.Path[i - 1]) + TextNormalizer.Compact(column.Path[i])) : null)
        : null;

    /// <summary>The item's printed name: its label, or for a 小计 the group it sums (公务用车购置及运行费).</summary>
    private static string NameOf(GridColumn column)
    {
        var i = ItemLabel(column)!.Value;
        return TextNormalizer.Compact(column.Path[i]) == "小计" && i > 0 ? column.Path[i - 1] : column.Path[i];
    }

    /// <summary>Where in the column's path its item is named.</summary>
    private static int? ItemLabel(GridColumn column)
    {
        for (var i = column.Path.Count - 1; i >= 0; i--)
        {
            var label = TextNormalizer.Compact(column.Path[i]);
            if (ItemOf(label, Group(column, i)) is not null) return i;
            // An item name wrapped over two header rows ("因公出" / "国（境）费用").
            if (i > 0 && RowLabels.ThreePublicItem(TextNormalizer.Compact(column.Path[i - 1]) + label) is not null) return i;
            if (SetName(label) is null) return null;
        }
        return null;
    }

    /// <summary>The group a label sits under: the nearest label above naming 公务用车购置及运行费 or “三公”经费 (a stray word
    /// spilled into the header row between, such as half of a wrapped 序号, is passed over), else the label right above.</summary>
    private static string? Group(GridColumn column, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (RowLabels.ThreePublicItem(column.Path[j]) == "vehicle" || column.Path[j].Contains("三公")) return column.Path[j];
        return i > 0 ? column.Path[i - 1] : null;
    }

    private static string? ItemOf(string label, string? group)
    {
        label = System.Text.RegularExpressions.Regex.Replace(label, @"^20\d{2}年度?", "");
        if (RowLabels.ThreePublicItem(label) is { } item) return item;
        // 购置费 / 运行(维护)费 printed under 公务用车购置及运行费.
        if (group is not null && RowLabels.ThreePublicItem(group) == "vehicle")
        {
            if (label.Contains("购置")) return "vehicle_purchase";
            if (label.Contains("运行")) return "vehicle_operation";
        }
        // 小计 under 公务用车购置及运行费 is the vehicle item; 合计/小计 under “三公”经费 is the total.
        if (label is "小计" or "合计" && group is not null)
            return RowLabels.ThreePublicItem(group) switch
            {
                "vehicle" => "vehicle",
                _ when group.Contains("三公") => "total",
                _ => null,
            };
        if (label.Contains("三公") && (label.Contains("总") || label.Contains("合计") || label.Contains("预算数"))) return "total";
        if (label.Contains("会议费")) return "meeting";
        if (label.Contains("培训费")) return "training";
        return null;
    }

    /// <summary>A label above or below an item naming which figures it holds: a year, 上年/当年, 预算数/决算数, 增减.</summary>
    private static string? SetOf(GridColumn column)
    {
        foreach (var label in column.Path.Select(TextNormalizer.Compact))
            if (ItemOf(label, null) is null && SetName(label) is { } set) return set;
        return null;
    }

    private static string? RowSet(string label, int rowCount)
    {
        if (label.Length == 0 || RowLabels.IsTotal(label)) return "total";
        return SetName(label) ?? (rowCount == 1 ? "total" : null);
    }

    private static string? SetName(string label) => label switch
    {
        _ when label.Contains("决算") => "final",
        _ when label.Contains("增减") || label.Contains("变动") || label.Contains("增长") => "change",
        _ when label.Contains("上年") => "prior",
        _ when System.Text.RegularExpressions.Regex.Match(label, @"(?:^|\D)(20\d{2})年?") is { Success: true } m => "year:" + m.Groups[1].Value,
        _ when label.Contains("当年") || label.Contains("本年") => "total",
        _ when label.Contains("预算") => "budget",
        _ => null,
    };
}
