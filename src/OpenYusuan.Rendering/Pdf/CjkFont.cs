using SkiaSharp;

namespace OpenYusuan.Rendering.Pdf;

/// <summary>The CJK font the PDF embeds, from Debian's font packages (./run-tests and the setup install
/// fonts-wqy-zenhei); OPENYUSUAN_CJK_FONT names another file.</summary>
public static class CjkFont
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    public static string? Path =>
        Environment.GetEnvironmentVariable("OPENYUSUAN_CJK_FONT") is { Length: > 0 } own && File.Exists(own) ? own : Candidates.FirstOrDefault(File.Exists);

    /// <summary>The font, cut down to the glyphs <paramref name="texts"/> use: Skia embeds the font file it is
    /// given whole, and a CJK font is 10–20 MB.</summary>
    public static SKTypeface Load(IEnumerable<string> texts)
    {
        if (Path is not { } path)
            throw new InvalidOperationException("生成 PDF 需要中文字体：请安装 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei），或用环境变量 OPENYUSUAN_CJK_FONT 指定字体文件");
        var bytes = File.ReadAllBytes(path);
        if (FirstFace(bytes) is { } face) bytes = face;
        using var full = SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException($"字体文件无法使用：{path}");
        using var font = new SKFont(full);
        var used = new HashSet<ushort> { 0 };
        foreach (var text in texts) used.UnionWith(font.GetGlyphs(text));
        var subset = TrueTypeSubset.KeepGlyphs(bytes, used) ?? bytes;
        return SKTypeface.FromData(SKData.CreateCopy(subset)) ?? throw new InvalidOperationException($"字体文件无法使用：{path}");
    }

    /// <summary>The first font of a TrueType collection as a standalone font file (its tables copied behind a new
    /// table directory), or null when the file is not a collection.</summary>
    private static byte[]? FirstFace(byte[] ttc)
    {
        static uint U32(byte[] b, int at) => (uint)(b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]);
        static ushort U16(byte[] b, int at) => (ushort)(b[at] << 8 | b[at + 1]);
        if (ttc.Length < 16 || U32(ttc, 0) != 0x74746366) return null; // 'ttcf'
        var face = (int)U32(ttc, 12);
        // Embedded bitmaps (EBDT/EBLC/EBSC) are megabytes the outlines make unnecessary in a PDF.
        var kept = Enumerable.Range(0, U16(ttc, face + 4)).Select(i => face + 12 + 16 * i)
            .Where(r => System.Text.Encoding.ASCII.GetString(ttc, r, 4) is not ("EBDT" or "EBLC" or "EBSC")).ToList();
        var tables = kept.Count;
        var header = 12 + 16 * tables;
        var output = new MemoryStream();
        output.Write(ttc, face, 4);
        var log = (int)Math.Floor(Math.Log2(tables));
        var range = 16 * (1 << log);
        output.Write([(byte)(tables >> 8), (byte)tables, (byte)(range >> 8), (byte)range, 0, (byte)log, (byte)((16 * tables - range) >> 8), (byte)(16 * tables - range)]);
        var records = new List<(int Record, int Offset, int Length)>();
        var at = header;
        foreach (var record in kept)
        {
            var length = (int)U32(ttc, record + 12);
            records.Add((record, at, length));
            at += (length + 3) & ~3;
        }
        foreach (var (record, offset, length) in records)
        {
            output.Write(ttc, record, 8); // tag and checksum
            output.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset]);
            output.Write([(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length]);
        }
        foreach (var (record, _, length) in records)
        {
            output.Write(ttc, (int)U32(ttc, record + 8), length);
            for (var pad = length; pad % 4 != 0; pad++) output.WriteByte(0);
        }
        return output.ToArray();
    }
}
