using OpenYusuan.Model;

namespace OpenYusuan.Reading.Text;

/// <summary>Formats whose structure is paragraphs and tables (HTML, DOCX, XLSX) are flattened to the line shape the
/// text pipeline reads — one line per paragraph, one tab-separated line per table row — so every format shares one
/// table and narrative reader. The source keeps the original format and the hash of the original bytes.</summary>
public static class LineDocument
{
    public static Disclosure Read(IReadOnlyList<string> lines, byte[] original, string path, string format, CancellationToken cancel = default)
    {
        if (lines.Count == 0) throw new UnusableInputException($"{format.ToUpperInvariant()} 文件中没有文字内容");
        return TextDisclosureReader.Read(string.Join('\n', lines), null, original, path, format, cancel);
    }

    /// <summary>Collapses runs of whitespace the way a reader sees them.</summary>
    public static string Clean(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[ \t\r\n\u00A0\u3000]+", " ").Trim();
}
