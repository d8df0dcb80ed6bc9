using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Layout;

/// <summary>A text disclosure cut into its parts: 目录, 概况 (part 1), table regions, the numbered
/// explanation (part 3), performance-target tables and the glossary (part 4).</summary>
public sealed record DocumentLayout
{
    public required IReadOnlyList<SourceLine> Lines { get; init; }
    public IReadOnlyList<SourceLine> Toc { get; init; } = [];
    public IReadOnlyList<SourceLine> Overview { get; init; } = [];
    public IReadOnlyList<TableRegion> Tables { get; init; } = [];
    public IReadOnlyList<SourceLine> Explanation { get; init; } = [];
    public IReadOnlyList<SourceLine> Glossary { get; init; } = [];
    /// <summary>Lines before the first part (title, cover).</summary>
    public IReadOnlyList<SourceLine> Front { get; init; } = [];
    /// <summary>Templates whose explanation is not numbered in parts (Shanghai: 部门预算编制说明, 其他相关情况说明,
    /// 项目经费情况说明): each heading with the lines under it, in print order.</summary>
    public IReadOnlyList<(SourceLine Heading, IReadOnlyList<SourceLine> Body)> TitledSections { get; init; } = [];
    /// <summary>Title-shaped lines after a "表 N" line that name no known table (reported, not read).</summary>
    public IReadOnlyList<SourceLine> UnknownTitles { get; init; } = [];
    /// <summary>True when tables are tab-separated (cells known); false for text extracted from PDF.</summary>
    public bool Tabbed { get; init; }
}
