using System.Buffers.Binary;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Looks at a PDF's embedded TrueType fonts before PdfPig loads them: PdfPig reads every string a font's 'name'
/// table lists at once, so a damaged table that claims thousands of records of 64 KB each makes it allocate gigabytes
/// before the page is read (docs/limits.md). A name table whose records add up to more than <see cref="MaxNameBytes"/>
/// (a real one holds a few kilobytes) refuses the document. Anything else odd in the fonts is PdfPig's to judge: the guard
/// only ever refuses for this one reason, and a font it cannot follow is left alone.</summary>
internal static class FontGuard
{
    public const int MaxNameBytes = 4 << 20;
    private const int MaxNodes = 100_000;

    public static void Check(PdfDocument document)
    {
        var seen = new HashSet<IndirectReference>();
        var nodes = 0;

        IToken? Resolve(IToken? token)
        {
            for (var depth = 0; token is IndirectReferenceToken r && depth < 8; depth++)
            {
                if (++nodes > MaxNodes) return null;
                try { token = document.Structure.GetObject(r.Data)?.Data; }
                catch (Exception e) when (e is not OutOfMemoryException) { return null; }
            }
            return token;
        }

        bool First(IToken? token) => token is not IndirectReferenceToken r || seen.Add(r.Data);

        void Font(IToken? token)
        {
            if (!First(token) || Resolve(token) is not DictionaryToken font) return;
            if (font.TryGet(NameToken.DescendantFonts, out IToken? descendants) && Resolve(descendants) is ArrayToken list)
                foreach (var d in list.Data.Take(4)) Font(d);
            if (!font.TryGet(NameToken.FontDescriptor, out IToken? descriptorToken) || !First(descriptorToken)
                || Resolve(descriptorToken) is not DictionaryToken descriptor
                || !descriptor.TryGet(NameToken.FontFile2, out IToken? fileToken) || !First(fileToken)
                || Resolve(fileToken) is not StreamToken file) return;
            if (NameTableBytes(document, file) is > MaxNameBytes and var claimed)
                throw new UnusableInputException($"PDF 嵌入的字体已损坏（其 name 表声称有 {claimed / 1024 / 1024} MB 文字），读取会耗尽内存，已拒绝读取");
        }

        void Node(IToken? token, int depth)
        {
            if (depth > 64 || !First(token) || Resolve(token) is not DictionaryToken node) return;
            if (node.TryGet(NameToken.Resources, out IToken? resources) && Resolve(resources) is DictionaryToken r
                && r.TryGet(NameToken.Font, out IToken? fonts) && Resolve(fonts) is DictionaryToken fontDictionary)
                foreach (var f in fontDictionary.Data.Values) Font(f);
            if (node.TryGet(NameToken.Kids, out IToken? kids) && Resolve(kids) is ArrayToken children)
                foreach (var kid in children.Data) Node(kid, depth + 1);
        }

        try
        {
            if (document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out IToken? pages)) Node(pages, 0);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or UnusableInputException)) { }
    }

    /// <summary>The bytes the font's 'name' table records claim, summed; null when it has none or cannot be followed. A
    /// plain Flate stream is inflated as it is read, up to the end of the name records and no further, and nothing is kept
    /// but the table directory; other filters go through PdfPig's.</summary>
    private static long? NameTableBytes(PdfDocument document, StreamToken stream)
    {
        try
        {
            var dictionary = stream.StreamDictionary;
            var flate = dictionary.TryGet(NameToken.Filter, out IToken? filter)
                && (filter is NameToken { Data: "FlateDecode" } || filter is ArrayToken { Length: 1 } a && a.Data[0] is NameToken { Data: "FlateDecode" })
                && !dictionary.ContainsKey(NameToken.DecodeParms);
            if (flate)
            {
                // As PdfPig inflates it: the zlib header skipped, the checksum never looked at.
                var bytes = stream.Data.ToArray();
                using var raw = new MemoryStream(bytes, Math.Min(2, bytes.Length), Math.Max(0, bytes.Length - 2), writable: false);
                using var font = new System.IO.Compression.DeflateStream(raw, System.IO.Compression.CompressionMode.Decompress);
                return NameTableBytes(font);
            }
            Memory<byte> data = stream.Data.ToArray();
            var filters = document.Structure.FilterProvider.GetFilters(dictionary);
            for (var i = 0; i < filters.Count; i++) data = filters[i].Decode(data, dictionary, document.Structure.FilterProvider, i).ToArray();
            using var decoded = new MemoryStream(data.ToArray(), writable: false);
            return NameTableBytes(decoded);
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    private static long? NameTableBytes(Stream font)
    {
        var position = 0L;
        void Read(Span<byte> into)
        {
            font.ReadExactly(into);
            position += into.Length;
        }
        Span<byte> header = stackalloc byte[12];
        Read(header);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        if (tables > 512) return null;
        var directory = new byte[16 * tables];
        Read(directory);
        uint? offset = null;
        for (var t = 0; t < tables; t++)
            if (directory.AsSpan(16 * t, 4).SequenceEqual("name"u8)) offset = BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(16 * t + 8));
        if (offset is not { } at || at < position) return null;
        var skip = new byte[81920];
        while (position < at) Read(skip.AsSpan(0, (int)Math.Min(skip.Length, at - position)));
        Span<byte> top = stackalloc byte[6];
        Read(top);
        var count = BinaryPrimitives.ReadUInt16BigEndian(top[2..]);
        var records = new byte[12 * count];
        var got = font.ReadAtLeast(records, records.Length, throwOnEndOfStream: false);
        long claimed = 0;
        for (var r = 0; r < got / 12; r++) claimed += BinaryPrimitives.ReadUInt16BigEndian(records.AsSpan(12 * r + 8));
        return claimed;
    }
}
