using System.IO.Compression;
using System.Xml;

namespace OpenYusuan.Reading.Office;

/// <summary>Checks the nesting of every XML part of an Office package before the Open XML SDK builds its tree: the SDK
/// and the readers walk elements recursively, and a part nested ten thousand deep would overflow the stack (a crash no
/// handler can catch). The check reads each part forward once, keeping only the current depth.</summary>
internal static class PackageDepth
{
    public static void Check(ZipArchive zip)
    {
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
            using var stream = entry.Open();
            var depth = Deepest(stream);
            if (depth > ReadingLimits.MaxNesting)
                throw new UnusableInputException($"Office 文件的 {entry.FullName} 元素嵌套超过 {ReadingLimits.MaxNesting} 层（读取上限），疑似恶意构造，已拒绝读取");
        }
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
