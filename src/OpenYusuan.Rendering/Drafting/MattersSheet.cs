using System.Globalization;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>Figures of 其他重要事项 that no table holds, as the officer fills them in on the workbook's 其他事项 sheet:
/// 政府采购 by kind (货物, 工程, 服务 — the total is their sum, a formula) and the 中小企业 / 小微企业 reservations; 国有资产
/// (房屋, 车辆 by kind — the vehicle totals are sums, formulas —, 办公家具, 其他资产, 大型设备 held and to be bought);
/// 人员 (编制数, 实有人数 as the sum of 在职, 退休, 离休). Working data: the readers skip it, `render --redraft` drafts
/// 十二's 政府采购 and 国有资产 parts and the overview's staffing from it.</summary>
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

    /// <summary>The 国有资产 figures, keyed as the narrative reader names them (count keys end in _count), in sheet order;
    /// the vehicle totals are computed from the three kinds.</summary>
    public static readonly (string Key, string Label)[] Assets =
    [
        ("buildings_m2", "房屋面积（平方米）"), ("buildings", "房屋价值（万元）"),
        ("vehicles_count", "车辆合计（辆）"), ("vehicles", "车辆价值合计（万元）"),
        ("general_vehicles_count", "一般公务用车（辆）"), ("general_vehicles", "一般公务用车价值（万元）"),
        ("enforcement_vehicles_count", "执法执勤用车（辆）"), ("enforcement_vehicles", "执法执勤用车价值（万元）"),
        ("other_vehicles_count", "其他车辆（辆）"), ("other_vehicles", "其他车辆价值（万元）"),
        ("furniture", "办公家具价值（万元）"), ("other_assets", "其他资产价值（万元）"),
        ("equipment_over_50", "单位价值50万元以上大型设备（台）"), ("equipment_over_100", "单位价值100万元以上大型设备（台）"),
        ("planned_equipment_over_50", "本年安排购置50万元以上大型设备（台）"), ("planned_equipment_over_100", "本年安排购置100万元以上大型设备（台）"),
    ];

    /// <summary>人员 (概况): 编制数 and 实有人数 with its parts (实有 = 在职 + 退休 + 离休, a formula), keyed as the staffing
    /// claims name them.</summary>
    public static readonly (string Key, string Label)[] Staffing =
    [
        ("authorized", "编制数（人）"), ("actual", "实有人数（人）"), ("active", "其中：在职（人）"), ("retired", "退休（人）"), ("retired_cadre", "离休（人）"),
    ];

    /// <summary>Counts (people, vehicles, equipment, m²) rather than 万元: shown without decimals.</summary>
    public static bool IsCount(string key) =>
        key.EndsWith("_count") || key.Contains("equipment") || Staffing.Any(s => s.Key == key);

    /// <summary>The sums the sheet computes: a total and the keys it adds up.</summary>
    public static readonly (string Total, string[] Parts)[] Sums =
    [
        ("actual", ["active", "retired", "retired_cadre"]),
        ("total", ["goods", "works", "services"]),
        ("vehicles_count", ["general_vehicles_count", "enforcement_vehicles_count", "other_vehicles_count"]),
        ("vehicles", ["general_vehicles", "enforcement_vehicles", "other_vehicles"]),
    ];

    public static readonly string[] Header = ["事项", "代码", "数值"];

    public static MattersSheet FromRows(IEnumerable<string[]> rows)
    {
        return new MattersSheet(rows.Where(c => c[1].Length > 0).Select(c =>
            new Item(c[1], c[0], decimal.TryParse(c[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null)).ToList());
    }
}
