using System.Text.RegularExpressions;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Sorts the lines of a table region that has cells: the preamble (a repeated title, 编制单位, 单位：万元, 表N),
/// the header rows, and the body. A body row is one that prints a figure or a code; everything above it that is not
/// preamble is header.</summary>
public static partial class GridLines
{
    public sealed record Parts(string? Unit, IReadOnlyList<SourceLine> Header, IReadOnlyList<SourceLine> Body);

    public static Parts Split(TableRegion region)
    {
        string? unit = null, preparer = null;
        var header = new List<SourceLine>();
        var i = 0;
        for (; i < region.Lines.Count; i++)
        {
            var line = region.Lines[i];
            if (line.IsBlank) continue;
            if (IsPreamble(line, region, ref unit, ref preparer)) continue;
            if (line.Cells is null) continue;          // a line outside the rules above the table (编制单位 and the like)
            if (IsData(line) || header.Count > 0 && IsTotalRow(line)) break;
            // The 栏次 row (1 2 3 … under the labels) names no column.
            if (IsNumbering(line.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList())) continue;
            header.Add(line);
        }
        var body = region.Lines.Skip(i).ToList();
        foreach (var line in body)
            if (line.Cells is not null && unit is null) IsPreamble(line, region, ref unit, ref preparer);
        return new Parts(unit, header, body);
    }

    /// <summary>Lines that say what the table is rather than hold it: its title again, the 表N label, the unit and
    /// 编制单位 lines, a year line.</summary>
    public static bool IsPreamble(SourceLine line, TableRegion region, ref string? unit, ref string? preparer)
    {
        if (TableSplitter.IsPreamble(line, ref unit, ref preparer)) return true;
        if (UnitAnywhere().Match(line.Compact) is { Success: true } u) { unit ??= u.Groups[1].Value; return line.Compact.Length <= 60 && !HasFigure(line); }
        var title = TextNormalizer.Compact(region.Title);
        if (line.Compact == title || line.Compact.EndsWith(title) || TableTitles.IsNumberLine(line.Text, out _)) return true;
        if (OwnerLine().IsMatch(line.Compact) && !HasFigure(line)) return true;
        return false;
    }

    /// <summary>A body row: prints an amount, a classification code, or a 合计 label with anything after it.</summary>
    public static bool IsData(SourceLine line)
    {
        if (line.Cells is null) return false;
        var cells = line.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0) return false;
        if (IsNumbering(cells)) return false;
        if (cells.Any(c => GridFigures.IsAmountLike(c))) return true;
        if (RowCode.TryParse(cells[0], out var code, out _) && code.Length >= 3) return true;
        return false;
    }

    /// <summary>A 合计/总计 row printed without figures (a blank template, an empty table): its label is the only
    /// cell. A header row always names more than one column.</summary>
    private static bool IsTotalRow(SourceLine line)
    {
        var cells = line.Cells!.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        return cells.Count == 1 && RowLabels.IsTotal(TextNormalizer.Compact(cells[0]));
    }

    /// <summary>The 栏次 row under a header (1 2 3 …, or 栏次/行次 with numbers).</summary>
    public static bool IsNumbering(IReadOnlyList<string> cells)
    {
        var numbers = cells.Where(c => c is not ("栏次" or "行次" or "※" or "—" or "-")).ToList();
        if (numbers.Count < 2 || !numbers.All(c => c.Length <= 3 && c.All(char.IsAsciiDigit))) return false;
        var n = numbers.Select(int.Parse).ToList();
        return n.Zip(n.Skip(1)).All(p => p.Second == p.First + 1) || cells.Any(c => c is "栏次" or "行次");
    }

    private static bool HasFigure(SourceLine line) =>
        (line.Cells ?? line.Text.Split(' ')).Any(c => GridFigures.IsAmountLike(c.Trim()));

    [GeneratedRegex(@"(?:金额)?单位[:：](万元|元)")]
    private static partial Regex UnitAnywhere();

    // 单位名称：… / 部门：… / 部门（单位）：… / 预算单位：… / 资金主管部门：… printed above a table.
    [GeneratedRegex(@"^(单位名称|部门名称|部门|预算单位|部门\(单位\)|部门（单位）|资金主管部门|编制部门|编制单位)[:：]")]
    private static partial Regex OwnerLine();
}
