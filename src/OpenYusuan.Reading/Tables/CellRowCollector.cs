using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Collects the rows of a table whose lines are tab-separated cells: one line is one row, the
/// cell index of each figure is kept so the header can say which column it is under.</summary>
public sealed class CellRowCollector(string kind, int precision)
{
    private readonly bool _codeRows = TableKinds.HasFunctionalCodes(kind) || TableKinds.HasEconomicCodes(kind);
    private readonly CodeParser _codes = new();

    public string? EmptyNote { get; private set; }

    public IReadOnlyList<RawRow> Collect(IReadOnlyList<SourceLine> body)
    {
        var rows = new List<RawRow>();
        var noteOpen = false;
        foreach (var line in body)
        {
            if (line.IsBlank || line.Compact.Contains('※')) continue;
            // The footnote under a table (注：本表反映…) is not a row; an empty-table note (注：…为空表) is read below.
            if (RowLabels.IsFootnote(line.Compact) && !RowLabels.IsEmptyNote(line.Compact)) continue;
            // A line without cells among rows that have them (a PDF row outside its table's rules): its words stand
            // for cells, but their positions say nothing, so its figures are placed by the arithmetic.
            var positioned = line.Cells is not null;
            var cells = line.Cells ?? (LooseRow(line) ? line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [line.Text]);
            var values = new List<RawValue>();
            var texts = new List<string>();
            var codeCells = new List<string>();
            var c = 0;
            if (_codeRows)
            {
                // Code columns come first (类, 款, 项); any of them may be blank on 款/项 rows.
                for (; c < Math.Min(3, cells.Count) && (cells[c].Trim().Length == 0 || AmountText.IsDigits(cells[c].Trim())); c++)
                    codeCells.Add(cells[c].Trim());
                if (codeCells.All(x => x.Length == 0)) { codeCells.Clear(); c = 0; }
                while (codeCells.Count > 0 && codeCells[^1].Length == 0) codeCells.RemoveAt(codeCells.Count - 1);
            }
            for (; c < cells.Count; c++)
            {
                var cell = cells[c].Trim();
                if (cell.Length == 0) continue;
                // An integer ("0", "5") in a cell after the row's label is a figure printed without decimals, not a name.
                if (AmountText.TryParse(cell, precision == 0 || (positioned && texts.Count > 0), out var v))
                    values.Add(new RawValue(v, positioned ? c : null, line.Number, cell.Replace(",", "")));
                else if (AmountText.IsPlaceholder(cell) && texts.Count > 0) values.Add(new RawValue(null, positioned ? c : null, line.Number, cell));
                else texts.Add(cell);
            }
            if (codeCells.Count == 0 && texts.Count == 0 && values.Count == 0) continue;
            // A note wrapped over lines (a PDF page's width) continues until its full stop.
            if (noteOpen && line.Cells is null && values.Count == 0)
            {
                EmptyNote += line.Compact;
                noteOpen = !line.Compact.EndsWith('。');
                continue;
            }
            noteOpen = false;
            if (values.Count == 0 && RowLabels.IsEmptyNote(line.Compact))
            {
                if (EmptyNote is null)
                {
                    EmptyNote = RowLabels.NoteText(line.Compact);
                    noteOpen = line.Cells is null && !line.Compact.EndsWith('。');
                }
                continue;
            }
            if (values.Count == 0 && codeCells.Count == 0 && TableSplitter.IsHeaderLike(line, kind)
                && !(TableKinds.IsThreePublic(kind) && RowLabels.ThreePublicItem(line.Text) is not null and not "total")) continue;

            var row = new RawRow { Line = line.Number };
            if (codeCells.Count > 0 && _codes.TryFromCells(codeCells, out var code)) row.Code = code;
            else if (_codeRows && texts.Count > 0 && _codes.TryParseLeading(texts[0], out code, out var rest))
            {
                row.Code = code;
                texts[0] = rest;
            }
            texts.RemoveAll(t => t.Length == 0);
            if (texts.Count > 0) row.NameCell = texts[0];
            if (texts.Count > 1) row.ProjectCell = string.Join(" ", texts.Skip(1));
            row.Pieces.AddRange(texts);
            row.IsTotal = row.Code is null && !TableKinds.IsThreePublic(kind) && texts.Any(t => RowLabels.IsTotal(TextNormalizer.Compact(t)));
            row.Values.AddRange(values);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A 合计 row or a coded row printed as plain text, its figures after its label.</summary>
    private bool LooseRow(SourceLine line)
    {
        var tokens = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 1 && (RowLabels.IsTotal(tokens[0]) || (_codeRows && new CodeParser().TryParseLeading(line.Text, out _, out _)))
            && tokens.Skip(1).All(t => AmountText.TryParse(t, true, out _) || AmountText.IsPlaceholder(t) || !t.Any(char.IsDigit));
    }
}
