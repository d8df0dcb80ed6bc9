using OpenYusuan.Model.Findings;

namespace OpenYusuan.Model;

/// <summary>A budget (预算公开) or final-accounts (决算公开) disclosure: the one model every reader
/// produces and every audit rule, renderer and store consumes. Its JSON form is spec/disclosure-json.md.</summary>
public sealed record Disclosure
{
    public const string SchemaName = "disclosure/1";

    public string Schema { get; init; } = SchemaName;
    /// <summary>budget | final.</summary>
    public string Kind { get; init; } = "budget";
    /// <summary>department | unit.</summary>
    public string Scope { get; init; } = "unit";
    public bool Consolidated { get; init; }
    public string? Template { get; init; }
    public string? Entity { get; init; }
    public int? Year { get; init; }
    /// <summary>万元 | 元: the unit of the document's tables (a table may carry its own).</summary>
    public string Unit { get; init; } = Units.TenThousandYuan;
    public string? Published { get; init; }
    /// <summary>whole | explanation | tables | performance: which part of a publication split over several files this
    /// document is (附件1 情况说明, 附件2 报表, 绩效目标表 published apart); whole when it holds all of them.</summary>
    public string Part { get; init; } = "whole";
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
    public Overview Overview { get; init; } = new();
    public IReadOnlyList<DisclosureTable> Tables { get; init; } = [];
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<PerformanceTable> Performance { get; init; } = [];
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
    public IReadOnlyList<Finding> Notes { get; init; } = [];
    public SourceInfo? Source { get; init; }

    public DisclosureTable? Table(string kind) => Tables.FirstOrDefault(t => t.Kind == kind);
}
