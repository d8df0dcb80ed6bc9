using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Reads the performance-target tables (整体绩效目标表, 项目支出绩效目标表) printed in the
/// explanation: the project, owner and amounts from their key fields, and the indicator rows where the
/// table keeps its cells.</summary>
public static partial class PerformanceReader
{
    public static IReadOnlyList<PerformanceTable> Read(IReadOnlyList<SourceLine> lines)
    {
        var starts = lines.Select((l, i) => (l, i)).Where(x => PerformanceTable.IsTitle(x.l.Compact)).Select(x => x.i).ToList();
        var tables = new List<PerformanceTable>();
        for (var b = 0; b < starts.Count; b++)
        {
            var end = b + 1 < starts.Count ? starts[b + 1] : EndOfLast(lines, starts[b]);
            var block = lines.Skip(starts[b]).Take(end - starts[b]).ToList();
            tables.Add(ReadBlock(block));
        }
        return tables;
    }

    private static int EndOfLast(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start + 1; i < lines.Count; i++)
            if (Regex.IsMatch(lines[i].Text, @"^\s*[（(][一二三四五六七八九十]+[）)]")) return i;
        return lines.Count;
    }

    private static PerformanceTable ReadBlock(List<SourceLine> block)
    {
        var overall = block[0].Compact.Contains("整体");
        var flat = string.Concat(block.Select(l => TextNormalizer.Compact(l.Text)));
        string? Field(string pattern) => Regex.Match(flat, pattern) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
        decimal? Amount(string pattern) => Field(pattern) is { } s && decimal.TryParse(s.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

        var indicators = block.Any(l => l.Cells is not null) ? CellIndicators(block, overall) : [];
        return new PerformanceTable
        {
            Kind = overall ? "overall" : "project",
            Project = overall ? Field(@"(?:单位|部门)名称(?:[(（]盖章[)）])?(.+?)(?:单位|部门)联系人") : Field(@"项目名称(.+?)项目负责人"),
            Owner = overall ? null : Field(@"项目负责人(.+?)项目资金"),
            Contact = overall ? Field(@"联系人(.+?)联系电话") : null,
            Amount = Amount(@"年度(?:预算)?总额[:：]?([\d,]+\.?\d*)"),
            Fiscal = Amount(@"财政拨款[:：]?([\d,]+\.?\d*)"),
            Other = Amount(@"其他资金[:：]?([\d,]+\.?\d*)"),
            Goal = overall ? Field(@"年度绩效目标(.+?)(?:年度预算|资金来源)") : Field(@"项目总体目标(.+?)一级"),
            Indicators = indicators,
            Loc = Location.AtLine(block[0].Number),
        };
    }

    /// <summary>Indicator rows of a tab-separated table: blank 一级/二级 cells repeat the row above.</summary>
    private static List<Indicator> CellIndicators(List<SourceLine> block, bool overall)
    {
        var header = block.FindIndex(l => l.Compact.StartsWith("一级指标") || l.Compact.StartsWith("一级"));
        if (header < 0) return [];
        var list = new List<Indicator>();
        string? l1 = null, l2 = null;
        foreach (var line in block.Skip(header + 1))
        {
            if (line.Cells is null || line.IsBlank) continue;
            var c = line.Cells.Select(x => TextNormalizer.Compact(x)).ToList();
            if (c.Count < 6) continue;
            l1 = c[0].Length > 0 ? c[0] : l1;
            l2 = c[1].Length > 0 ? c[1] : l2;
            string? At(int i) => i < c.Count && c[i].Length > 0 ? c[i] : null;
            // Cells shift when a merged cell is exported empty: the weight is the number nearest its column.
            var weightAt = Enumerable.Range(0, c.Count).Where(i => i >= 4 && decimal.TryParse(c[i], NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 100)
                .OrderBy(i => Math.Abs(i - (overall ? 5 : 6))).DefaultIfEmpty(overall ? 5 : 6).First();
            list.Add(new Indicator
            {
                Level1 = l1, Level2 = l2, Level3 = At(2), Value = At(3), Basis = At(4),
                Prior = overall ? null : At(5),
                Weight = decimal.TryParse(At(weightAt), NumberStyles.Number, CultureInfo.InvariantCulture, out var w) ? w : null,
                Scoring = overall ? null : At(7), Evidence = overall ? null : At(8),
                Loc = Location.AtLine(line.Number),
            });
        }
        return list;
    }
}
