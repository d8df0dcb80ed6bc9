using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>The findings for one document, in the spec's Findings shape.</summary>
public sealed record AuditReport
{
    public required string Document { get; init; }
    public string? Entity { get; init; }
    public int? Year { get; init; }
    public string? Template { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public required AuditSummary Summary { get; init; }
}

public sealed record AuditSummary(int Error, int Warning, int Info, int RulesRun);
