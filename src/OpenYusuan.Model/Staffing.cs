namespace OpenYusuan.Model;

/// <summary>编制数, 实有人数 and its parts, with the printed changes (增加 n 人).</summary>
public sealed record Staffing
{
    public int? Authorized { get; init; }
    public int? Actual { get; init; }
    public int? Active { get; init; }
    public int? Retired { get; init; }
    public int? RetiredCadre { get; init; }
    public IReadOnlyDictionary<string, int>? Changes { get; init; }
    public Location? Loc { get; init; }
}
