using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>A table region split into its preamble (编制单位, 单位), header lines and body lines.</summary>
public sealed record TableSplit(string? Unit, string? Preparer, IReadOnlyList<SourceLine> Header, IReadOnlyList<SourceLine> Body)
{
    /// <summary>The header text without whitespace, brackets made ASCII.</summary>
    public string HeaderKey => string.Concat(Header.Select(l => TextNormalizer.Key(l.Text)));
}
