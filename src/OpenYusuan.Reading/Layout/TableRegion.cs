using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Layout;

/// <summary>The lines of one table: from its title to the next table, part or section.</summary>
public sealed record TableRegion(string Kind, int? Number, string Title, SourceLine TitleLine, IReadOnlyList<SourceLine> Lines);
