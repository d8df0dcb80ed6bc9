namespace OpenYusuan.Rendering.Pdf;

/// <summary>Empties the outlines of every glyph a document does not use (glyph ids and every other table stay as
/// they are, so the font's character map still works): a CJK font shrinks from megabytes to the few hundred
/// characters a disclosure prints. Composite glyphs keep the glyphs they are built from.</summary>
public static class TrueTypeSubset
{
    public static byte[]? KeepGlyphs(byte[] font, ISet<ushort> glyphs)
    {
        var tables = Tables(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head)
            || !tables.TryGetValue("maxp", out var maxp)) return null; // CFF outlines: left whole
        var longLoca = I16(font, head.Offset + 50) == 1;
        var count = U16(font, maxp.Offset + 4);
        int Start(int g) => longLoca ? (int)U32(font, loca.Offset + 4 * g) : 2 * U16(font, loca.Offset + 2 * g);
        var keep = new HashSet<int>(glyphs.Where(g => g < count).Select(g => (int)g));
        var queue = new Queue<int>(keep);
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            var at = glyf.Offset + Start(g);
            if (Start(g + 1) - Start(g) < 10 || I16(font, at) >= 0) continue;
            // A composite glyph: each component names another glyph.
            var p = at + 10;
            while (true)
            {
                var flags = U16(font, p);
                var component = U16(font, p + 2);
                if (keep.Add(component)) queue.Enqueue(component);
                p += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                if ((flags & 0x20) == 0) break;
            }
        }
        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (count + 1)];
        for (var g = 0; g < count; g++)
        {
            Put(newLoca, 4 * g, (uint)newGlyf.Length);
            if (!keep.Contains(g)) continue;
            var length = Start(g + 1) - Start(g);
            newGlyf.Write(font, glyf.Offset + Start(g), length);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        Put(newLoca, 4 * count, (uint)newGlyf.Length);
        var newHead = font.AsSpan(head.Offset, head.Length).ToArray();
        newHead[50] = 0; newHead[51] = 1; // long loca offsets
        var replaced = new Dictionary<string, byte[]> { ["glyf"] = newGlyf.ToArray(), ["loca"] = newLoca, ["head"] = newHead };
        return Write(font, tables, replaced);
    }

    private sealed record Table(int Record, int Offset, int Length);

    private static Dictionary<string, Table> Tables(byte[] font)
    {
        var tables = new Dictionary<string, Table>();
        for (var i = 0; i < U16(font, 4); i++)
        {
            var record = 12 + 16 * i;
            tables[System.Text.Encoding.ASCII.GetString(font, record, 4)] = new Table(record, (int)U32(font, record + 8), (int)U32(font, record + 12));
        }
        return tables;
    }

    private static byte[] Write(byte[] font, Dictionary<string, Table> tables, Dictionary<string, byte[]> replaced)
    {
        var output = new MemoryStream();
        output.Write(font, 0, 12);
        var ordered = tables.OrderBy(t => t.Value.Record).ToList();
        var offset = 12 + 16 * ordered.Count;
        var data = new List<byte[]>();
        foreach (var (tag, table) in ordered)
        {
            var bytes = replaced.TryGetValue(tag, out var r) ? r : font.AsSpan(table.Offset, table.Length).ToArray();
            var record = new byte[16];
            Array.Copy(font, table.Record, record, 0, 8);
            Put(record, 8, (uint)offset);
            Put(record, 12, (uint)bytes.Length);
            output.Write(record);
            data.Add(bytes);
            offset += (bytes.Length + 3) & ~3;
        }
        foreach (var bytes in data)
        {
            output.Write(bytes);
            for (var pad = bytes.Length; pad % 4 != 0; pad++) output.WriteByte(0);
        }
        return output.ToArray();
    }

    private static uint U32(byte[] b, int at) => (uint)(b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]);

    private static ushort U16(byte[] b, int at) => (ushort)(b[at] << 8 | b[at + 1]);

    private static short I16(byte[] b, int at) => (short)U16(b, at);

    private static void Put(byte[] b, int at, uint v) { b[at] = (byte)(v >> 24); b[at + 1] = (byte)(v >> 16); b[at + 2] = (byte)(v >> 8); b[at + 3] = (byte)v; }
}
