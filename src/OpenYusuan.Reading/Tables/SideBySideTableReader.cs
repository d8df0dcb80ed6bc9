using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Reads a table printed as two halves side by side, each with its own 科目编码 / 科目名称 / 决算数
/// columns and its own total (the 决算 基本支出表: 人员经费 on the left, 公用经费 on the right). Each line is
/// cut where the header repeats its first label; the halves are read as one table, left half first, and their
/// totals named after the total rows' labels (人员经费合计 → personnel, 公用经费合计 → public).</summary>
public sealed partial class SideBySideTableReader(ReadingContext context)
{
    public DisclosureTable Read(TableRegion region)
    {
        // A ruled table is cut by its header's columns (GridHalves), where the text's columns need the cut below.
        if (region.IsRuled) return new OneSidedTableReader(context).Read(region);
        var split = TableSplitter.Split(region.Kind, region.Lines, context.DocumentUnit);
        var cut = split.Header.Select(CutOf).FirstOrDefault(c => c is not null);
        if (cut is null)
        {
            context.Notes.Table = (region.Kind, region.Number);
            context.Notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                $"“{region.Title}”应为左右两栏并排的表格，但表头中找不到第二栏的起点（重复的“科目编码/经济分类”），该表未读入", region.TitleLine.Number);
            return Empty(region, split.Unit);
        }
        var headerStart = split.Header.Count > 0 ? split.Header[0].Number : int.MaxValue;
        var preamble = region.Lines.Where(l => l.Number < headerStart).ToList();
        var rest = region.Lines.Where(l => l.Number >= headerStart).ToList();
        var halves = rest.Select(l => Halve(l, cut.Value)).ToList();
        var reader = new OneSidedTableReader(context);
        var left = reader.Read(region with { Lines = [.. preamble, .. halves.Select(h => h.Left)] });
        var right = reader.Read(region with { Lines = [.. preamble, .. halves.Select(h => h.Right)] });

        var totals = new Dictionary<string, decimal>();
        void AddTotal(DisclosureTable half, IEnumerable<SourceLine> lines, string side)
        {
            if (half.Totals?.GetValueOrDefault("amount") is not { } amount) return;
            totals[TotalLabel(lines) switch { "人员经费合计" => "personnel", "公用经费合计" => "public", _ => side }] = amount;
        }
        AddTotal(left, halves.Select(h => h.Left), "left");
        AddTotal(right, halves.Select(h => h.Right), "right");
        return left with
        {
            Rows = [.. left.Rows ?? [], .. right.Rows ?? []], Totals = totals,
            EmptyNote = left.EmptyNote ?? right.EmptyNote,
        };
    }

    private DisclosureTable Empty(TableRegion region, string? unit) => new()
    {
        Kind = region.Kind, Number = region.Number, Title = region.Title, Unit = unit ?? context.DocumentUnit,
        Columns = TableKinds.ColumnOrder(region.Kind), Rows = [], Totals = new Dictionary<string, decimal>(),
        Loc = Location.AtLine(region.TitleLine.Number),
    };

    /// <summary>Where the second half begins: the cell index (tabbed lines) or the text column where a header line
    /// repeats the label it starts with.</summary>
    private static (bool Cells, int At, int Width)? CutOf(SourceLine line)
    {
        foreach (var label in new[] { "经济分类", "科目编码", "科目名称" })
        {
            if (line.Cells is { } cells)
            {
                var hits = cells.Select((c, i) => (c, i)).Where(x => TextNormalizer.Compact(x.c).Contains(label)).ToList();
                if (hits.Count >= 2) return (true, hits[1].i, cells.Count);
                continue;
            }
            var first = line.Text.IndexOf(label, StringComparison.Ordinal);
            var second = first < 0 ? -1 : line.Text.IndexOf(label, first + label.Length, StringComparison.Ordinal);
            if (second > 0) return (false, line.Indent + second, 0);
        }
        return null;
    }

    /// <summary>A line cut in two. In text laid out from a PDF, a word belongs to the right half when it starts at
    /// (or just before) the column where the right half's header starts.</summary>
    private static (SourceLine Left, SourceLine Right) Halve(SourceLine line, (bool Cells, int At, int Width) cut)
    {
        if (line.Cells is { } cells && cut.Cells)
        {
            // A row whose label cell spans the code and name columns (人员经费合计) has fewer cells: its right half
            // starts at the first label after a figure.
            var at = cut.At;
            // Only a total row merges its label over the code and name cells; other short rows just end early.
            if (cells.Count < cut.Width && cells.Any(c => RowLabels.IsTotal(TextNormalizer.Compact(c))))
            {
                var list = cells.Select(c => c.Trim()).ToList();
                bool Figure(string c) => AmountText.TryParse(c, true, out _);
                var firstLabel = list.FindIndex(c => c.Length > 0 && !Figure(c));
                var figure = firstLabel < 0 ? -1 : list.FindIndex(firstLabel, Figure);
                var label = figure < 0 ? -1 : list.FindIndex(figure, c => c.Length > 0 && !Figure(c));
                if (label > 0) at = label;
            }
            var l = cells.Take(at).ToList();
            var r = cells.Skip(at).ToList();
            return (new SourceLine(line.Number, string.Join(' ', l.Where(c => c.Trim().Length > 0)).Trim(), l),
                new SourceLine(line.Number, string.Join(' ', r.Where(c => c.Trim().Length > 0)).Trim(), r));
        }
        // Text extraction drifts a little from the header's columns; a code printed well right of the left half's
        // codes still starts the right half.
        var start = Words().Matches(line.Text).FirstOrDefault(m => line.Indent + m.Index >= cut.At - 2
            || (line.Indent + m.Index > cut.At / 2 && CodeToken().IsMatch(m.Value)))?.Index ?? line.Text.Length;
        return (new SourceLine(line.Number, line.Text[..start].TrimEnd(), null, line.Indent),
            new SourceLine(line.Number, line.Text[start..].Trim(), null, line.Indent + start));
    }

    private static string? TotalLabel(IEnumerable<SourceLine> half) =>
        half.Select(l => TextNormalizer.Compact(l.Text)).FirstOrDefault(c => c.Contains("合计")) is { } c
            ? TotalWords().Match(c).Value
            : null;

    [GeneratedRegex(@"^\d{3,7}(?![\d.,])")]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[\u4e00-\u9fff]*合计")]
    private static partial Regex TotalWords();
}
