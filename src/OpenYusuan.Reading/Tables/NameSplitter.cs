using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Separates a 科目名称 from the 项目名称 that follows it when extraction ran the two cells
/// together ("医疗保障政策管理2024 年中央财政…"). The 科目名称 is known from the code (as the document's
/// other tables or the classification list print it), so it is taken off the front, character by
/// character; text left in a repeated page header completes a name cut by the page break.</summary>
public static class NameSplitter
{
    public sealed record Split(string Name, string? Project, string? Orphan);

    public static Split? Apply(string text, IEnumerable<string> knownNames, IReadOnlyList<string> orphans)
    {
        foreach (var known in knownNames.Where(n => n.Length > 0))
        {
            var name = TextNormalizer.Compact(known);
            var matched = 0;
            var i = 0;
            for (; i < text.Length && matched < name.Length; i++)
            {
                if (char.IsWhiteSpace(text[i])) continue;
                if (!SameChar(text[i], name[matched])) break;
                matched++;
            }
            if (matched < Math.Min(4, name.Length)) continue;
            var project = text[i..].Trim();
            string? orphan = null;
            if (matched < name.Length)
            {
                // The rest of the name was printed after a page break, inside the repeated header.
                var tail = name[matched..];
                orphan = orphans.FirstOrDefault(o => TextNormalizer.Compact(o) == tail);
                if (orphan is null) continue;
            }
            return new Split(known, project.Length > 0 ? project : null, orphan);
        }
        return null;
    }

    private static bool SameChar(char a, char b) => a == b || Fold(a) == Fold(b);

    private static char Fold(char c) => c switch { '(' => '（', ')' => '）', _ => c };
}
