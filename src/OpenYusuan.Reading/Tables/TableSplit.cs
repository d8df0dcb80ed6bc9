using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>A table region split into its preamble (编制单位, 单位), header lines and body lines.</summary>
public sealed partial record TableSplit(string? Unit, string? Preparer, IReadOnlyList<SourceLine> Header, IReadOnlyList<SourceLine> Body)
{
    /// <summary>The header text without whitespace, brackets made ASCII.</summary>
    public string HeaderKey => string.Concat(Header.Select(l => TextNormalizer.Key(l.Text)));

    /// <summary>The header read cell by cell when it is text laid out from a PDF: a label wrapped inside its cell
    /// (财政拨款（补 / 助）小计) comes back whole when its pieces start in the same column. Null for tabbed text.</summary>
    public string? StackedHeaderKey
    {
        get
        {
            if (Header.Count < 2 || Header.Any(l => l.Cells is not null)) return null;
            var columns = new List<(int Start, List<string> Pieces)>();
            foreach (var line in Header)
                foreach (System.Text.RegularExpressions.Match m in Word().Matches(line.Text))
                {
                    var start = line.Indent + m.Index;
                    var column = columns.FindIndex(c => Math.Abs(c.Start - start) <= 1);
                    if (column < 0) columns.Add((start, [m.Value]));
                    else columns[column].Pieces.Add(m.Value);
                }
            return string.Concat(columns.OrderBy(c => c.Start).Select(c => TextNormalizer.Key(string.Concat(c.Pieces))));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\S+")]
    private static partial System.Text.RegularExpressions.Regex Word();
}
