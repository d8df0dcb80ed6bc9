using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Model.Findings;
using OpenYusuan.Model.Tables;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Reads a one-sided table whose rows have cells (a ruled PDF table, tab-separated text, an Office or HTML
/// table): the header's labels name the columns, each figure is read in the column it is printed under, and the label
/// cells give each row its code, name, project or unit, however a template prints them (类/款/项 in three columns, one
/// code column, the code glued to the name, codes of several classifications side by side). Positions a PDF's rules
/// give are kept as printed; tab-separated text, where an export may shift a cell, goes through the arithmetic.</summary>
public sealed class GridTableReader(ReadingContext context)
{
    public DisclosureTable Read(TableRegion region)
    {
        var kind = region.Kind;
        context.Notes.Table = (kind, region.Number);
        var (parts, columns, rows) = GridRows.Read(region);
        if (!TableKinds.IsThreePublic(kind) && GridHalves.Cut(kind, columns) is { } cut) return ReadParts(region, parts, columns, rows, cut);
        return Read(region, parts, columns, rows, part: false);
    }

    /// <summary>A table printed as parts side by side: each part read alone, their rows in print order (left part first),
    /// and each part's total named by its label (人员经费合计 → personnel, 公用经费合计 → public). A part may print no
    /// total of its own: 公用经费合计 under the last part adds up the parts after 人员经费.</summary>
    private DisclosureTable ReadParts(TableRegion region, GridLines.Parts parts, List<GridColumn> columns,
        List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows, List<(int From, int Count)> cut)
    {
        var read = cut.Select(c => GridHalves.Part(columns, rows, c)).Select(p => (Table: Read(region, parts, p.Columns, p.Rows, part: true), p.Rows)).ToList();
        var totals = new Dictionary<string, decimal>();
        foreach (var (table, partRows) in read)
        {
            var label = partRows.SelectMany(r => r.Cells).Select(c => TextNormalizer.Compact(c.Text)).FirstOrDefault(t => t.EndsWith("合计") || RowLabels.IsTotal(t));
            var name = label is { Length: > 2 } ? TableFamily.ColumnKey(region.Kind, [label[..^2]]) : null;
            var printed = table.Totals ?? new Dictionary<string, decimal>();
            // A part's total printed blank (a blank template) is 0, as the text reader of these halves records it.
            if (name is not null && printed.Count <= 1) totals.TryAdd(name, printed.Values.FirstOrDefault());
            else foreach (var (key, value) in printed) totals.TryAdd(key, value);
        }
        if (totals.Count == 0 && read.Any(r => (r.Table.Rows ?? []).Any(x => x.Values.Count > 0)))
            context.Notes.Add(RuleIds.TableTruncated, Severity.Warning,
                $"{Describe(region)}没有合计行，表格可能不完整（被截断）；已读入 {read.Sum(r => r.Table.Rows!.Count)} 行", region.TitleLine.Number);
        return read[0].Table with
        {
            Rows = read.SelectMany(r => r.Table.Rows ?? []).ToList(), Totals = totals,
            EmptyNote = read.Select(r => r.Table.EmptyNote).FirstOrDefault(n => n is not null),
        };
    }

    private DisclosureTable Read(TableRegion region, GridLines.Parts parts, List<GridColumn> columns,
        List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows, bool part)
    {
        var kind = region.Kind;
        var notes = context.Notes;
        GridColumns.Resolve(kind, columns, rows.Select(r => r.Cells).ToList());
        var figureColumns = columns.Where(c => c.IsFigure).ToList();
        var keys = figureColumns.Select(c => c.Key!).ToList();

        var emptyNote = EmptyNote(region.Lines);
        if (TableKinds.IsThreePublic(kind) && GridItems.IsHorizontal(figureColumns))
            return GridItems.Read(region, parts.Unit ?? context.DocumentUnit, columns, rows) with { EmptyNote = emptyNote };

        var raws = new List<(RawRow Raw, GridRowLabels Labels)>();
        var codes = new CodeParser();
        foreach (var (line, cells) in rows)
        {
            if (cells.All(c => columns[c.Column].Role is "text" or "ignore" || columns[c.Column].IsFigure) && !cells.Any(c => columns[c.Column].IsFigure)) continue;
            var labels = GridRowLabels.Read(kind, columns, cells, codes);
            if (labels.IsEmptyNote) { emptyNote ??= labels.Text; continue; }
            var raw = new RawRow { Line = line.Number, Code = labels.Code };
            raw.Pieces.Add(labels.Name ?? labels.Text);
            raw.NameCell = labels.Name;
            raw.ProjectCell = labels.Project;
            foreach (var cell in cells.Where(c => columns[c.Column].IsFigure))
                if (GridFigures.TryParse(cell.Text, out var v, out var printed))
                    raw.Values.Add(new RawValue(v, keys.IndexOf(columns[cell.Column].Key!), line.Number, printed.Replace(",", "")));
            raws.Add((raw, labels));
        }
        MarkTotals(kind, raws);
        // A unit whose number heads other units' numbers (015 over 015001, 015002) sums them: its sub-units are read.
        raws.RemoveAll(r => r.Labels.UnitNumber is { } n && r.Raw.Code is null
            && raws.Any(o => o.Labels.UnitNumber is { } m && m.Length > n.Length && m.StartsWith(n, StringComparison.Ordinal)));

        // Each figure starts in the column it is printed under; where a row breaks its identities and a shift of its
        // figures mends them (a source whose cells slid left of their header), the arithmetic places them, with a note.
        var values = new ColumnPlacement(kind, keys, Precision(raws.Select(r => r.Raw)), context, notes, Describe(region), indexed: true)
            .Place(raws.Select(r => r.Raw).ToList(), parts.Unit);

        var unitColumn = columns.Any(c => c.Role == "unit");
        var tableRows = new List<TableRow>();
        Dictionary<string, decimal>? totals = null;
        for (var i = 0; i < raws.Count; i++)
        {
            var (raw, labels) = raws[i];
            if (raw.IsTotal)
            {
                totals ??= values[i];
                continue;
            }
            var item = TableKinds.IsThreePublic(kind) ? RowLabels.ThreePublicItem(labels.Name ?? labels.Text) : null;
            // A name that looks like a unit's is one only where the table has no column of units of its own.
            var unit = labels.Unit ?? (raw.Code is null && item is null && kind != TableKinds.Carryover && !unitColumn && SubUnitNames.Looks(labels.Name) ? labels.Name : null);
            tableRows.Add(new TableRow
            {
                Code = raw.Code, Item = item, Name = labels.Name, Project = labels.Project, Unit = unit,
                EconomicCode = labels.EconomicCode, GovEconomicCode = labels.GovEconomicCode, Remark = labels.Remark,
                Values = values[i], Loc = Location.AtLine(raw.Line),
            });
        }
        tableRows = WithSubUnits(tableRows);
        foreach (var row in tableRows.Where(r => r.Code is not null && r.Name is not null && r.Project is null))
            context.CodeNames.TryAdd(row.Code!, row.Name!);
        foreach (var c in figureColumns.Where(c => c.AsPrinted))
            notes.Add(RuleIds.ColumnKeptAsPrinted, Severity.Info,
                $"{Describe(region)}的“{c.Printed}”列不是已知的标准列，按印出的表头保留", region.TitleLine.Number, column: c.Key);
        // Detail lists (政府采购, 购买服务, 专项业务经费, any list of projects) often print no 合计: only the standard tables
        // must have one.
        if (!part && !TableKinds.IsThreePublic(kind) && kind is not (TableKinds.Procurement or TableKinds.PurchasedServices or TableKinds.SpecialExpense)
            && totals is null && tableRows.Any(r => r.Values.Count > 0) && tableRows.Count > 1 && !ProjectList.Is(tableRows))
            notes.Add(RuleIds.TableTruncated, Severity.Warning,
                $"{Describe(region)}没有合计行，表格可能不完整（被截断）；已读入 {tableRows.Count} 行", region.TitleLine.Number);
        return new DisclosureTable
        {
            Kind = kind, Number = region.Number, Title = region.Title, Unit = parts.Unit ?? context.DocumentUnit,
            EmptyNote = emptyNote, Columns = keys, Rows = tableRows, Totals = totals ?? new Dictionary<string, decimal>(),
            Loc = Location.AtLine(region.TitleLine.Number),
        };
    }

    /// <summary>The 合计 row: labelled 合计/总计 without a code, or a row of figures with no label at all printed first or
    /// last (a total the template leaves unlabelled). A one-row table's only row is its total.</summary>
    private static void MarkTotals(string kind, List<(RawRow Raw, GridRowLabels Labels)> rows)
    {
        if (TableKinds.IsThreePublic(kind)) return;
        for (var i = 0; i < rows.Count; i++)
        {
            var (raw, labels) = rows[i];
            if (raw.Code is not null) continue;
            if (RowLabels.IsTotal(TextNormalizer.Compact(labels.Text)) || TextNormalizer.Compact(labels.First) is "合计" or "总计") raw.IsTotal = true;
            else if (labels.Text.Length == 0 && labels.Unit is null && raw.Values.Count > 0 && (i == 0 || i == rows.Count - 1)) raw.IsTotal = true;
        }
        if (rows.Count(r => r.Raw.IsTotal) > 1)
            foreach (var r in rows.Where(r => r.Raw.IsTotal).Skip(1)) r.Raw.IsTotal = false;
    }

    /// <summary>In a 汇总 document a sub-unit's row (name, no code) heads the rows of that sub-unit.</summary>
    private static List<TableRow> WithSubUnits(List<TableRow> rows)
    {
        if (!rows.Any(r => r.Code is null && r.Unit is not null)) return rows;
        string? unit = null;
        return rows.Select(r =>
        {
            if (r.Code is null && r.Unit is not null) unit = r.Unit;
            return r.Code is not null && unit is not null && r.Unit is null ? r with { Unit = unit } : r;
        }).ToList();
    }

    private static string? EmptyNote(IReadOnlyList<SourceLine> body)
    {
        string? note = null;
        foreach (var line in body.Where(l => l.Cells is null && !l.IsBlank))
        {
            if (note is not null && !note.EndsWith('。')) { note += line.Compact; continue; }
            if (note is null && RowLabels.IsEmptyNote(line.Compact)) note = RowLabels.NoteText(line.Compact);
        }
        return note;
    }

    private static int Precision(IEnumerable<RawRow> rows)
    {
        var counts = new int[7];
        foreach (var v in rows.SelectMany(r => r.Values))
            if (AmountText.Decimals(v.Printed) is >= 1 and <= 6 and var d) counts[d]++;
        return counts.Max() == 0 ? 0 : Array.IndexOf(counts, counts.Max());
    }

    private static string Describe(TableRegion region) => region.Number is { } n ? $"表{n}（{region.Title}）" : $"{region.Title}";
}
