using System.IO.Compression;
using System.Text;

namespace OpenYusuan.Hostile;

/// <summary>Minimal files written byte by byte, so a test can put anything in them that no well-behaved writer would:
/// zip packages (DOCX, XLSX) from raw XML parts, and PDFs from a raw content stream.</summary>
public static class Packages
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Pr = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A zip of the given entries, in order (a null content leaves the entry out).</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[]? Content)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                if (content is null) continue;
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        return stream.ToArray();
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>The entries of a package, for mutating one and zipping them again.</summary>
    public static List<(string Name, byte[]? Content)> Unzip(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, (byte[]?)m.ToArray());
        }).ToList();
    }

    /// <summary>A DOCX whose body is <paramref name="body"/> (WordprocessingML, prefix w:); with numbering when given.
    /// <paramref name="numberingPart"/> false leaves the numbering part out while its relationship stays.</summary>
    public static byte[] Docx(string body, string? numbering = null, bool numberingPart = true)
    {
        var types = $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>{(numbering is null ? "" : """<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>""")}</Types>""";
        var rels = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pr}"><Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>""";
        var docRels = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pr}">{(numbering is null ? "" : $"""<Relationship Id="rId1" Type="{R}/numbering" Target="numbering.xml"/>""")}</Relationships>""";
        var document = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>""";
        return Zip([
            ("[Content_Types].xml", Utf8(types)), ("_rels/.rels", Utf8(rels)), ("word/document.xml", Utf8(document)),
            ("word/_rels/document.xml.rels", Utf8(docRels)),
            ("word/numbering.xml", numbering is not null && numberingPart ? Utf8($"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">{numbering}</w:numbering>""") : null),
        ]);
    }

    public static string Paragraph(string text) => $"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary>An XLSX of one sheet whose sheetData is <paramref name="sheetData"/>, with a styles part when given.</summary>
    public static byte[] Xlsx(string sheetData, string? styles = null, string sheetName = "表1 收支总体情况表")
    {
        var types = $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{(styles is null ? "" : """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""")}</Types>""";
        var rels = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pr}"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>""";
        var bookRels = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pr}"><Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/>{(styles is null ? "" : $"""<Relationship Id="rId2" Type="{R}/styles" Target="styles.xml"/>""")}</Relationships>""";
        var book = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{S}" xmlns:r="{R}"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""";
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{S}"><sheetData>{sheetData}</sheetData></worksheet>""";
        return Zip([
            ("[Content_Types].xml", Utf8(types)), ("_rels/.rels", Utf8(rels)), ("xl/workbook.xml", Utf8(book)),
            ("xl/_rels/workbook.xml.rels", Utf8(bookRels)), ("xl/worksheets/sheet1.xml", Utf8(sheet)),
            ("xl/styles.xml", styles is null ? null : Utf8($"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{S}">{styles}</styleSheet>""")),
        ]);
    }

    /// <summary>An inline-string cell at <paramref name="reference"/>.</summary>
    public static string Cell(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A one-page PDF drawing <paramref name="content"/> (text with the standard font /F1, Helvetica), with a
    /// correct cross-reference table.</summary>
    public static byte[] Pdf(string content, double width = 595, double height = 842)
    {
        var stream = Encoding.Latin1.GetBytes(content);
        byte[] contents = [.. Encoding.Latin1.GetBytes($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. Encoding.Latin1.GetBytes("\nendstream")];
        var objects = new List<byte[]>
        {
            Encoding.Latin1.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.Latin1.GetBytes(FormattableString.Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")),
            Encoding.Latin1.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            contents,
        };
        return Assemble(objects);
    }

    /// <summary>A one-page PDF whose text font /F1 is a TrueType font embedded from <paramref name="font"/> (Flate-compressed,
    /// as producers embed them).</summary>
    public static byte[] PdfWithTrueType(string content, byte[] font)
    {
        var stream = Encoding.Latin1.GetBytes(content);
        using var packed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(font);
        var objects = new List<byte[]>
        {
            Encoding.Latin1.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.Latin1.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Encoding.Latin1.GetBytes("<< /Type /Font /Subtype /TrueType /BaseFont /Damaged /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>"),
            Stream($"<< /Length {stream.Length} >>", stream),
            Encoding.Latin1.GetBytes("<< /Type /FontDescriptor /FontName /Damaged /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"),
            Stream($"<< /Filter /FlateDecode /Length {packed.Length} /Length1 {font.Length} >>", packed.ToArray()),
        };
        return Assemble(objects);
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.Latin1.GetBytes(dictionary + "\nstream\n"), .. data, .. Encoding.Latin1.GetBytes("\nendstream")];

    /// <summary>Numbered objects with a correct cross-reference table and trailer.</summary>
    private static byte[] Assemble(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Text shown at (x, y) in the given font size.</summary>
    public static string PdfText(double x, double y, double size, string text) =>
        FormattableString.Invariant($"BT /F1 {size:0.############} Tf {x:0.###} {y:0.###} Td ({text}) Tj ET\n");
}
