using System.Globalization;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>Figures of 其他重要事项 that no table holds, as the officer fills them in on the workbook's 其他事项 sheet:
/// 政府采购 by kind (货物, 工程, 服务 — the total is their sum, a formula) and the 中小企业 / 小微企业 reservations.
/// Working data: the readers skip it, `render --redraft` drafts 十二's 政府采购 part from it.</summary>
public sealed class MattersSheet(IReadOnlyList<MattersSheet.Item> items)
{
    public sealed record Item(string Key, string Label, decimal? Value);

    public IReadOnlyList<Item> Items => items;

    public decimal? Value(string key) => items.FirstOrDefault(i => i.Key == key)?.Value;

    /// <summary>The procurement figures, in sheet order (the total is computed from the three kinds).</summary>
    public static readonly (string Key, string Label)[] Procurement =
    [
        ("goods", "政府采购货物预算（万元）"), ("works", "政府采购工程预算（万元）"), ("services", "政府采购服务预算（万元）"),
        ("total", "政府采购预算合计（万元）"), ("sme_reserved", "面向中小企业预留（万元）"), ("small_micro_reserved", "其中：预留给小型和微型企业（万元）"),
    ];

    public static readonly string[] Header = ["事项", "代码", "数值"];

    public static MattersSheet FromRows(IEnumerable<string[]> rows)
    {
        return new MattersSheet(rows.Where(c => c[1].Length > 0).Select(c =>
            new Item(c[1], c[0], decimal.TryParse(c[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null)).ToList());
    }
}
