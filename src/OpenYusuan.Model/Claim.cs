namespace OpenYusuan.Model;

/// <summary>What one (sub)section states about one subject: amount, share, change against last year.
/// Claims are extracted by the narrative reader; the fields follow spec "Sections and claims".</summary>
public sealed record Claim
{
    public string? Subject { get; init; }
    public string? Code { get; init; }
    public string? Item { get; init; }
    public string? Project { get; init; }
    public string? Topic { get; init; }
    public decimal? Amount { get; init; }
    /// <summary>The same subject's amount stated again in its paragraph with another figure ("机关服务（项）48.00万元 …
    /// 2024年预算安排39.60万元" → amount 48.00, restated 39.60).</summary>
    public decimal? Restated { get; init; }
    /// <summary>A 决算's 年初预算数 of the subject, stated beside its 决算数 (which is <see cref="Amount"/>): "学前教育（项）。年初预算
    /// 999.83万元，支出决算1,182.59万元" → initial_budget 999.83, amount 1182.59.</summary>
    public decimal? InitialBudget { get; init; }
    /// <summary>"完成年初预算的 118.28%": the execution rate the text states, in percent.</summary>
    public decimal? Completion { get; init; }
    public decimal? Share { get; init; }
    public decimal? Change { get; init; }
    public decimal? ChangePct { get; init; }
    /// <summary>increase | decrease | flat | new | none.</summary>
    public string? Direction { get; init; }
    public decimal? Prior { get; init; }
    /// <summary>Last year's figure as the text prints it ("比上年预算数 40.00 万元增加…"), when it differs from the one the
    /// change implies (<see cref="Prior"/>).</summary>
    public decimal? PriorStated { get; init; }
    public string? Reason { get; init; }
    /// <summary>Named fields of topic claims (procurement, assets, staffing, project …).</summary>
    public IReadOnlyDictionary<string, string>? Fields { get; init; }
    /// <summary>Where the claim's sentence stands in its (sub)section's text: [start, end) character offsets.</summary>
    public IReadOnlyList<int>? Span { get; init; }
    public Location? Loc { get; init; }
}
