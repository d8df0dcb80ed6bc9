using System.Globalization;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>Last year's figures and the reasons for each change, as a finance officer fills them in on the workbook's
/// 上年预算数与主要原因 sheet: one row per subject a sentence talks about (部分, 项目, 代码, 本年预算数, 上年预算数,
/// 增减额 and 增减率 as formulas, 主要原因). The sheet is working data, not part of the publication: the readers
/// skip it, and `render --redraft` drafts from it.</summary>
public sealed class PriorYear(IReadOnlyList<PriorYear.Line> lines, bool final = false)
{
    /// <summary>The column labels as printed: a 决算 compares 决算数 with last year's 决算数.</summary>
    public string[] Labels => final ? FinalHeader : Header;

    public static readonly string[] FinalHeader = ["部分", "项目", "代码", "本年决算数（万元）", "上年决算数（万元）", "增减额（万元）", "增减率（%）", "主要原因"];

    public sealed record Line(int Section, string Key, string Name, decimal Amount, decimal? Prior, string? Reason);

    public IReadOnlyList<Line> Lines => lines;

    public Line? Find(int section, string key) => lines.FirstOrDefault(l => l.Section == section && l.Key == key);

    public static readonly string[] Header = ["部分", "项目", "代码", "本年预算数（万元）", "上年预算数（万元）", "增减额（万元）", "增减率（%）", "主要原因"];

    /// <summary>The sheet's rows (<see cref="SheetRows"/>) read back.</summary>
    public static PriorYear FromRows(IEnumerable<string[]> rows)
    {
        decimal? Number(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
        return new PriorYear(rows.Where(c => int.TryParse(c[0], out _) && c[2].Length > 0)
            .Select(c => new Line(int.Parse(c[0]), c[2], c[1], Number(c[3]) ?? 0, Number(c[4]),
                string.IsNullOrWhiteSpace(c[7]) || c[7] == Sentences.ReasonPlaceholder ? null : c[7])).ToList());
    }
}
