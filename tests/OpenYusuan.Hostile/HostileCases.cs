using System.Text;
using System.Text.Json.Nodes;

namespace OpenYusuan.Hostile;

/// <summary>The inputs of issue 15, each small and generated: the crashes, unbounded memory, hangs, stack overflows,
/// internal errors and the mixed encoding its fuzz campaign found. Each is a regression test; the fuzz run starts
/// from them too.</summary>
public static class HostileCases
{
    public static string ExampleText => File.ReadAllText(Repository.Example);

    // ---- memory without bound
    /// <summary>Words in a near-zero font size, then one far to the right: laid out as spaces by column, the line
    /// would be billions of characters wide.</summary>
    public static HostileCase PdfFarWord() => new("pdf-far-word", "pdf", Packages.Pdf(
        string.Concat(Enumerable.Range(0, 5).Select(i => Packages.PdfText(20 + i * 1e-7, 700, 1e-9, "2024"))) + Packages.PdfText(580, 700, 1e-9, "X")
        + Packages.PdfText(20, 650, 1e-9, "9") + Packages.PdfText(590, 650, 12, "Y")));

    public static HostileCase DocxGridSpan(string value = "2000000000") => new($"docx-gridspan-{value}", "docx", Packages.Docx(
        Packages.Paragraph("第二部分 部门预算公开表") +
        $"<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"{value}\"/></w:tcPr>{Packages.Paragraph("项目")}</w:tc><w:tc>{Packages.Paragraph("123.45")}</w:tc></w:tr></w:tbl>"));

    public static HostileCase HtmlColspan(string value = "2000000000") => new($"html-colspan-{value}", "html", Packages.Utf8(
        $"<html><body><p>收支总体情况表</p><table><tr><td colspan=\"{value}\" rowspan=\"{value}\">项目</td><td>1.00</td></tr><tr><td>合计</td></tr></table></body></html>"));

    public static HostileCase XlsxCellReference(string reference = "ZZZZZZ5") => new($"xlsx-cellref-{reference}", "xlsx", Packages.Xlsx(
        $"<row r=\"5\">{Packages.Cell("A5", "项目")}{Packages.Cell(reference, "123.45")}</row>"));

    /// <summary>A row whose number is not a number, or past a uint (found by the quick fuzz run, seed 2025, inputs 269 and 313).</summary>
    public static HostileCase XlsxRowNumber(string number) => new($"xlsx-row-number-{number}", "xlsx", Packages.Xlsx(
        $"<row r=\"{number}\">{Packages.Cell("A5", "项目")}{Packages.Cell("B5", "123.45")}</row>"));

    /// <summary>A list numbered from 2·10⁹ in Roman numerals: each label would be two million letters.</summary>
    public static HostileCase DocxNumberedFrom(string start = "2000000000", string format = "upperRoman") => new($"docx-numbering-start-{start}-{format}", "docx", Packages.Docx(
        string.Concat(Enumerable.Range(0, 20).Select(i => $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>第{i}项 预算支出</w:t></w:r></w:p>")),
        $"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"));

    // ---- hangs
    public static HostileCase HtmlNested(int depth = 200_000) => new($"html-nested-{depth}", "html", Packages.Utf8(
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "预算" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>"));

    public static HostileCase DocxNestedHyperlinks(int depth = 100_000) => new($"docx-hyperlinks-{depth}", "docx", Packages.Docx(
        "<w:p>" + string.Concat(Enumerable.Repeat("<w:hyperlink>", depth)) + "<w:r><w:t>预算</w:t></w:r>" + string.Concat(Enumerable.Repeat("</w:hyperlink>", depth)) + "</w:p>"));

    /// <summary>A page of <paramref name="count"/> horizontal and as many vertical rules, crossing: one grid of
    /// count² cells.</summary>
    public static HostileCase PdfRuledLines(int count = 3000)
    {
        var content = new StringBuilder("0.1 w\n");
        var extent = count * 3 + 10;
        for (var i = 0; i < count; i++) content.Append($"5 {5 + i * 3} m {extent} {5 + i * 3} l S\n");
        for (var i = 0; i < count; i++) content.Append($"{5 + i * 3} 5 m {5 + i * 3} {extent} l S\n");
        content.Append(Packages.PdfText(10, 10, 2, "1.00"));
        return new($"pdf-rules-{count}", "pdf", Packages.Pdf(content.ToString(), extent + 10, extent + 10));
    }

    // ---- stack overflow
    public static HostileCase DocxNestedSdt(int depth = 10_000) => new($"docx-sdt-{depth}", "docx", Packages.Docx(
        string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + Packages.Paragraph("预算") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))));

    public static HostileCase DocxNestedTables(int depth = 10_000) => new($"docx-tbl-{depth}", "docx", Packages.Docx(
        string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth)) + Packages.Paragraph("预算") + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth))));

    // ---- internal errors
    /// <summary>The example with its 编制数 fourteen digits long.</summary>
    public static HostileCase StaffCount() => new("text-staff-14-digits", "txt", Packages.Utf8(ExampleText.Replace("编制数 32", "编制数 12345678901234").Replace("在职 30 人", "在职 98765432109876 人")));

    /// <summary>The example with its income and spending totals (and what is stated of them) at an extreme.</summary>
    public static HostileCase ExtremeAmounts(string amount = "99999999999999999999.99") => new($"text-amount-{amount}", "txt", Packages.Utf8(
        ExampleText.Replace("796.10", amount).Replace("862.30", amount).Replace("786.50", amount).Replace("713.57", amount)));

    public static HostileCase DocxNumberingLevel(string level) => new($"docx-numbering-level-{level}", "docx", Packages.Docx(
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>部门预算</w:t></w:r></w:p>",
        $"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"3\"/></w:lvlOverride></w:num>"));

    public static HostileCase XlsxDuplicateNumberFormats() => new("xlsx-duplicate-numfmt", "xlsx", Packages.Xlsx(
        $"<row r=\"1\">{Packages.Cell("A1", "收支总体情况表")}</row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>12.5</v></c></row>",
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/><numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"));

    /// <summary>The document's relationships name a numbering part that the package does not hold.</summary>
    public static HostileCase DocxMissingPart() => new("docx-missing-numbering-part", "docx", Packages.Docx(
        Packages.Paragraph("部门预算"), "<w:abstractNum w:abstractNumId=\"0\"/>", numberingPart: false));

    /// <summary>An embedded TrueType font whose 'name' table claims <paramref name="records"/> records of 64 KB each (one
    /// flipped byte in a real font's table does this): PdfPig would read them all before the page, gigabytes of strings.</summary>
    public static HostileCase PdfFontNameTable(int records = 2000)
    {
        var font = new byte[12 + 16 + 6 + 12 * records];
        var b = font.AsSpan();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(b, 0x00010000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(b[4..], 1);
        "name"u8.CopyTo(b[12..]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(b[20..], 28);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(b[24..], (uint)(6 + 12 * records));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(b[30..], (ushort)records);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(b[32..], (ushort)Math.Min(ushort.MaxValue, 6 + 12 * records));
        for (var r = 0; r < records; r++)
        {
            var record = b[(34 + 12 * r)..];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(record, 3);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x409);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(record[6..], 1);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(record[8..], ushort.MaxValue);
        }
        return new($"pdf-font-name-table-{records}", "pdf", Packages.PdfWithTrueType(Packages.PdfText(72, 700, 12, "2025"), font));
    }

    /// <summary>Text drawn in a font the page's resources do not have: PdfPig throws while reading the page's letters.</summary>
    public static HostileCase PdfMissingFont() => new("pdf-missing-font", "pdf", Packages.Pdf(
        "BT /F9 12 Tf 72 700 Td (2025) Tj ET\n" + Packages.PdfText(72, 650, 12, "budget")));

    /// <summary>The example's canonical JSON with <paramref name="key"/> (every occurrence) null.</summary>
    public static HostileCase JsonNull(string json, string key)
    {
        var node = JsonNode.Parse(json)!;
        void Null(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                foreach (var name in o.Select(p => p.Key).ToList())
                    if (name == key) o[name] = null;
                    else Null(o[name]);
            }
            else if (n is JsonArray a) foreach (var item in a) Null(item);
        }
        Null(node);
        return new($"json-null-{key}", "json", Packages.Utf8(node.ToJsonString()));
    }

    /// <summary>Found by the fuzz run: a sheet whose relationship id names no part.</summary>
    public static HostileCase XlsxSheetWithoutPart()
    {
        var entries = Packages.Unzip(Packages.Xlsx($"<row r=\"1\">{Packages.Cell("A1", "收支总体情况表")}</row>"));
        var i = entries.FindIndex(e => e.Name == "xl/workbook.xml");
        entries[i] = (entries[i].Name, Packages.Utf8(Encoding.UTF8.GetString(entries[i].Content!).Replace("r:id=\"rId1\"", "r:id=\"rId9\"")));
        return new("xlsx-sheet-without-part", "xlsx", Packages.Zip(entries));
    }

    /// <summary>Found by the fuzz run: a change stated in the text as large as a decimal holds, which the claim reader
    /// added to its amount.</summary>
    public static HostileCase NarrativeChange() => new("text-narrative-change-max", "txt", Packages.Utf8(ExampleText.Replace("93.94", "79228162514264337593543950335")));

    // ---- a silent bad read
    /// <summary>The example, its first half in UTF-16 (with or without a byte order mark), its second in UTF-8.</summary>
    public static HostileCase MixedUtf16Utf8(bool bom = true)
    {
        var text = ExampleText;
        var half = text.Length / 2;
        byte[] first = [.. (bom ? (byte[])[0xFF, 0xFE] : []), .. Encoding.Unicode.GetBytes(text[..half])];
        return new($"text-utf16-then-utf8{(bom ? "-bom" : "")}", "txt", [.. first, .. Encoding.UTF8.GetBytes(text[half..])]);
    }

    /// <summary>The example, its first half in UTF-8, its second in UTF-16.</summary>
    public static HostileCase MixedUtf8Utf16()
    {
        var text = ExampleText;
        var half = text.Length / 2 & ~1;
        return new("text-utf8-then-utf16", "txt", [.. Encoding.UTF8.GetBytes(text[..half]), .. Encoding.Unicode.GetBytes(text[half..])]);
    }
}
