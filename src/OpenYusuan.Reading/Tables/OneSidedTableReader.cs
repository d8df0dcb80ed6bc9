using OpenYusuan.Model.Tables;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Reads a one-sided table (rows × columns): header → columns, body → rows, then puts every
/// figure into its column by position where the layout gives one and by the arithmetic where it does not.</summary>
public sealed class OneSidedTableReader(ReadingContext context)
{
    public DisclosureTable Read(TableRegion region)
    {
        var kind = region.Kind;
        var notes = context.Notes;
        notes.Table = (kind, region.Number);
        // A ruled table (each cell's extent known) is read by its header's columns. Tab-separated text, where an
        // export may shift a cell, stays with the arithmetic placement below.
        if (region.IsRuled) return new Grid.GridTableReader(context).Read(region);
        var split = TableSplitter.Split(kind, region.Lines, context.DocumentUnit);
        if (TableKinds.IsThreePublic(kind) && HorizontalThreePublic.Applies(split))
        {
            var (itemColumns, itemRows) = HorizontalThreePublic.Read(split, Describe(region), notes);
            var note = split.Body.FirstOrDefault(l => RowLabels.IsEmptyNote(l.Compact));
            return new DisclosureTable
            {
                Kind = kind, Number = region.Number, Title = region.Title, Unit = split.Unit ?? context.DocumentUnit,
                Columns = itemColumns, Rows = itemRows,
                EmptyNote = note is null ? null : RowLabels.NoteText(note.Compact),
                Totals = new Dictionary<string, decimal>(), Loc = Location.AtLine(region.TitleLine.Number),
            };
        }
        var columns = HeaderColumns.Resolve(kind, split.HeaderKey, out var numbered);
        // Where the header's lines read column by column name more columns, the labels were wrapped in their cells.
        if (split.StackedHeaderKey is { } stacked && HeaderColumns.Resolve(kind, stacked, out _) is { } byCell && byCell.Count > columns.Count)
            columns = byCell;
        // A kind beyond the national set has no label list of its own: its header cells are named by the family's rules.
        if (columns.Count == 0 && ColumnLabels.For(kind).Length == 0) columns = HeaderColumns.FromCells(kind, split.Header);
        if (numbered is { } n && n != columns.Count)
            notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                $"{Describe(region)}表头编号列数为 {n}，识别出的数值列为 {columns.Count} 列（{string.Join("、", columns)}）", region.TitleLine.Number);

        var precision = Precision(split.Body);
        IReadOnlyList<RawRow> raw;
        string? emptyNote;
        // Cells where this table's lines have them (a tab-separated text, or a ruled table of a PDF), even when
        // another table of the same document was laid out as text.
        if (context.Cells || split.Body.Count(l => l.Cells is { Count: > 2 }) >= 2)
        {
            var collector = new CellRowCollector(kind, precision);
            raw = collector.Collect(split.Body);
            emptyNote = collector.EmptyNote;
        }
        else
        {
            var collector = new ExtractedRowCollector(kind, precision, split.Header, notes, code => KnownNames(kind, code));
            raw = collector.Collect(split.Body);
            emptyNote = collector.EmptyNote;
        }
        raw = raw.Where(r => r.Values.Count > 0 || r.Code is not null || r.Text.Length > 0).ToList();

        var placed = new ColumnPlacement(kind, columns, precision, context, notes, Describe(region)).Place(raw, split.Unit);
        var rows = new List<TableRow>();
        Dictionary<string, decimal>? totals = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            var values = placed[i];
            if (r.IsTotal)
            {
                if (totals is null) totals = values;
                continue;
            }
            rows.Add(BuildRow(kind, r, values));
        }
        if (!TableKinds.IsThreePublic(kind) && totals is null && rows.Any(r => r.Values.Count > 0) && !ProjectList.Is(rows))
            notes.Add(RuleIds.TableTruncated, Severity.Warning,
                $"{Describe(region)}没有合计行，表格可能不完整（被截断）；已读入 {rows.Count} 行", region.TitleLine.Number);
        // A table with its header and nothing else is read whole: an empty table. Whether its emptiness is explained (a
        // note under it, or the text) is the audit's question (YS0104), not a reading problem.

        rows = WithSubUnits(rows);
        foreach (var row in rows.Where(r => r.Code is not null && r.Name is not null && r.Project is null))
            context.CodeNames.TryAdd(row.Code!, row.Name!);
        return new DisclosureTable
        {
            Kind = kind, Number = region.Number, Title = region.Title, Unit = split.Unit ?? context.DocumentUnit,
            EmptyNote = emptyNote, Columns = columns, Rows = rows, Totals = totals ?? new Dictionary<string, decimal>(),
            Loc = Location.AtLine(region.TitleLine.Number),
        };
    }

    private TableRow BuildRow(string kind, RawRow r, Dictionary<string, decimal> values)
    {
        string? name = r.NameCell ?? r.Text, project = r.ProjectCell;
        if (r.NameCell is not null && r.ProjectCell is null && kind is TableKinds.Carryover) (name, project) = (null, r.NameCell);
        else if (kind == TableKinds.Carryover) (name, project) = (null, r.Text);
        else if (kind == TableKinds.ProjectExpense && r.NameCell is null && r.Code is not null)
        {
            var split = NameSplitter.Apply(r.Text, KnownNames(kind, r.Code), r.Orphans);
            if (split is not null)
            {
                (name, project) = (split.Name, split.Project);
                if (split.Orphan is { } orphan)
                    context.Notes.NameCompleted(r.Line, r.Code, orphan, split.Name);
            }
        }
        var item = TableKinds.IsThreePublic(kind) ? RowLabels.ThreePublicItem(name ?? "") : null;
        var unit = r.Code is null && item is null && kind != TableKinds.Carryover && SubUnitNames.Looks(name) ? name : null;
        return new TableRow
        {
            Code = r.Code, Item = item, Name = string.IsNullOrEmpty(name) ? null : name,
            Project = string.IsNullOrEmpty(project) ? null : project, Unit = unit, Values = values,
            Loc = Location.AtLine(r.Line),
        };
    }

    /// <summary>In a 汇总 document a sub-unit's row (name, no code) heads the rows of that sub-unit: each
    /// coded row below it, up to the next sub-unit, is marked with the sub-unit.</summary>
    private static List<TableRow> WithSubUnits(List<TableRow> rows)
    {
        if (!rows.Any(r => r.Code is null && r.Unit is not null)) return rows;
        string? unit = null;
        return rows.Select(r =>
        {
            if (r.Code is null && r.Unit is not null) unit = r.Unit;
            return r.Code is not null && unit is not null ? r with { Unit = unit } : r;
        }).ToList();
    }

    private IEnumerable<string> KnownNames(string kind, string code)
    {
        if (context.CodeNames.TryGetValue(code, out var printed)) yield return printed;
        var list = TableKinds.HasEconomicCodes(kind) ? ClassificationList.Economic : ClassificationList.Functional;
        foreach (var n in list.NamesOf(code)) yield return n;
    }

    /// <summary>Decimals most figures of the table are printed with (2 for 万元 tables, often 0 or 2 for 元).</summary>
    private static int Precision(IReadOnlyList<SourceLine> body)
    {
        var counts = new int[5];
        foreach (var line in body)
            foreach (var t in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (AmountText.Decimals(t) is >= 1 and <= 4 and var d) counts[d]++;
        var best = Array.IndexOf(counts, counts.Max());
        return counts.Max() == 0 ? 0 : best;
    }

    private static string Describe(TableRegion region) => region.Number is { } n ? $"表{n}（{region.Title}）" : $"{region.Title}";
}
