namespace OpenYusuan.Model.Tables;

/// <summary>Whether a name without a code is an organization (a sub-unit row of a 汇总 table) rather than a
/// 科目 name whose code was printed elsewhere.</summary>
public static class SubUnitNames
{
    private static readonly string[] Endings =
    [
        "局", "中心", "办公室", "本级", "委员会", "委", "所", "站", "院", "校", "馆", "处", "队", "会", "部", "厅", "署", "办", "室",
        "公司", "园", "社", "台", "街道", "镇", "乡", "团", "组", "科",
    ];

    /// <remarks>A unit may print a qualifier after its name: 广州市统计局（本级）, 广州市统计监测中心（广州市统计发展中心）; the
    /// name before it says what the row is.</remarks>
    public static bool Looks(string? name)
    {
        if (name is null) return false;
        var n = name.TrimEnd();
        if (n.Length > 0 && n[^1] is '）' or ')' && n.LastIndexOfAny(['（', '(']) is > 0 and var open) n = n[..open].TrimEnd();
        return n.Length >= 3 && !n.EndsWith("支出") && !n.EndsWith("事务") && Endings.Any(e => n.EndsWith(e, StringComparison.Ordinal));
    }
}
