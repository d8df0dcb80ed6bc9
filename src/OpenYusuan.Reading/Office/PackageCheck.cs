using System.IO.Compression;
using System.Xml;

namespace OpenYusuan.Reading.Office;

/// <summary>Checks an Office package before the Open XML SDK opens it. The nesting of every XML part: the SDK and the
/// readers walk elements recursively, and a part nested ten thousand deep would overflow the stack (a crash no handler
/// can catch); each part is read forward once, keeping only the current depth. And the relationships: one naming a
/// part the package does not hold makes the SDK fail on first use, so the file is refused here with the part named.</summary>
internal static class PackageCheck
{
    public static void Check(ZipArchive zip)
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && Dangling(entry, names) is { } missing)
                throw new UnusableInputException($"Office 文件不完整：{entry.FullName} 指向的部件 {missing} 不在文件中");
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
            using var stream = entry.Open();
            var depth = Deepest(stream);
            if (depth > ReadingLimits.MaxNesting)
                throw new UnusableInputException($"Office 文件的 {entry.FullName} 元素嵌套超过 {ReadingLimits.MaxNesting} 层（读取上限），疑似恶意构造，已拒绝读取");
        }
    }

    /// <summary>The first internal target of a relationships part that the package does not hold.</summary>
    private static string? Dangling(ZipArchiveEntry rels, HashSet<string> names)
    {
        // "word/_rels/document.xml.rels" holds the relationships of "word/document.xml": targets are relative to "word/".
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(rels.FullName))?.Replace('\\', '/') ?? "";
        try
        {
            using var stream = rels.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                if (reader.GetAttribute("TargetMode") == "External" || reader.GetAttribute("Target") is not { Length: > 0 } target) continue;
                if (target.Contains("://", StringComparison.Ordinal)) continue;
                var resolved = Resolve(folder, Uri.UnescapeDataString(target.Split('#')[0]));
                if (resolved.Length > 0 && !names.Contains(resolved)) return resolved;
            }
        }
        catch (XmlException) { }
        return null;
    }

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var part in (target.StartsWith('/') ? target : folder + "/" + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The deepest element nesting, stopping as soon as it passes the limit; a part that is not well-formed XML
    /// is left for the SDK to judge.</summary>
    private static int Deepest(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        var deepest = 0;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && (deepest = Math.Max(deepest, reader.Depth + 1)) > ReadingLimits.MaxNesting)
                    return deepest;
        }
        catch (XmlException) { }
        return deepest;
    }
}
