namespace OpenYusuan.Model;

/// <summary>One printed row of a table. Which key fields are set depends on the table kind:
/// code rows carry <see cref="Code"/>, income lines of two-sided tables carry <see cref="Item"/>
/// and <see cref="Label"/>, project rows carry <see cref="Project"/>.</summary>
public sealed record TableRow
{
    public string? Code { get; init; }
    public string? Item { get; init; }
    public string? Label { get; init; }
    public string? Name { get; init; }
    public string? Project { get; init; }
    /// <summary>Sub-unit (下属单位) named for this row in a consolidated (汇总) document.</summary>
    public string? Unit { get; init; }
    /// <summary>The 部门支出经济分类 code a row is also keyed by, where the table prints one beside its main code
    /// (a 支出总表 listing 功能分类 × 经济分类 lines).</summary>
    public string? EconomicCode { get; init; }
    /// <summary>The 政府支出经济分类 code (5xxxx) a row is also keyed by, where printed.</summary>
    public string? GovEconomicCode { get; init; }
    /// <summary>Text the row prints beside its figures (a project's 绩效目标, a 备注).</summary>
    public string? Remark { get; init; }
    /// <summary>Column key → amount in the table's unit, printed precision kept.</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; init; } = new Dictionary<string, decimal>();
    public Location? Loc { get; init; }
}
