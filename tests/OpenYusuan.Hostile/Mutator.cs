using System.Text;
using System.Text.RegularExpressions;

namespace OpenYusuan.Hostile;

/// <summary>Generated hostile inputs, seeded: input <c>i</c> of seed <c>s</c> is always the same bytes, so a failure
/// found in a long run is found again by its number. Half are byte mutations of the seeds (inside a package's parts as
/// well as of the package), half structural attacks: XML and HTML depth, spans, cell references, Word numbering, zip
/// entries, PDF operators, coordinates and font sizes, numeric extremes in tables and text, mixed encodings, JSON
/// nulls and wrong types.</summary>
public sealed partial class Mutator(IReadOnlyList<HostileCase> seeds, int seed)
{
    static Mutator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Extremes =
    [
        "0", "-0", "-1", "2147483647", "2147483648", "-2147483649", "2000000000", "99999999999999999999.99", "0.0000000000000000000000000001",
        "79228162514264337593543950335", "1e308", "1e-300", "NaN", "Infinity", "12345678901234", "999999999999999.99", "0.000001", "abc", "",
        "１２３", "1,2,3", "--5", "5.", ".5",
    ];

    public HostileCase Next(int index)
    {
        var rng = new Random(unchecked(seed * 1_000_003 + index));
        var name = $"fuzz-{seed}-{index}";
        return (index % 2 == 0 ? Bytes(rng) : Structure(rng)) with { Name = $"{name}-" + (index % 2 == 0 ? "bytes" : "structure") };
    }

    private T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private HostileCase Seed(Random rng, params string[] extensions)
    {
        var matching = extensions.Length == 0 ? seeds : seeds.Where(s => extensions.Contains(s.Extension)).ToList();
        return matching.Count > 0 ? Pick(rng, matching) : Pick(rng, seeds);
    }

    // ---- byte mutations

    private HostileCase Bytes(Random rng)
    {
        var s = Seed(rng);
        if (s.Extension is "docx" or "xlsx" && rng.Next(3) > 0)
        {
            // Inside a part: the zip stays valid, so the XML and the readers see the damage.
            var entries = Packages.Unzip(s.Bytes);
            var k = rng.Next(entries.Count);
            entries[k] = (entries[k].Name, Flip(rng, entries[k].Content ?? []));
            return s with { Bytes = Packages.Zip(entries) };
        }
        return s with { Bytes = Flip(rng, s.Bytes) };
    }

    /// <summary>A few random edits: bits flipped, bytes overwritten, inserted, deleted, a stretch duplicated, the end cut.</summary>
    private byte[] Flip(Random rng, byte[] original)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + rng.Next(rng.Next(2) == 0 ? 4 : 40);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = rng.Next(bytes.Count);
            switch (rng.Next(7))
            {
                case 0: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                case 1: bytes[at] = (byte)rng.Next(256); break;
                case 2: bytes.InsertRange(at, Enumerable.Range(0, 1 + rng.Next(16)).Select(_ => (byte)rng.Next(256))); break;
                case 3: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + rng.Next(64))); break;
                case 4:
                    var length = Math.Min(bytes.Count - at, 1 + rng.Next(512));
                    bytes.InsertRange(rng.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 5: bytes.RemoveRange(at, bytes.Count - at); break;
                default:
                    // A digit made another digit, or a number made extreme where the bytes are text.
                    if (bytes[at] is >= (byte)'0' and <= (byte)'9') bytes[at] = (byte)('0' + rng.Next(10));
                    else bytes.InsertRange(at, Encoding.ASCII.GetBytes(Pick(rng, Extremes)));
                    break;
            }
        }
        return [.. bytes];
    }

    // ---- structural mutations

    private HostileCase Structure(Random rng) => rng.Next(11) switch
    {
        0 => XmlDepth(rng),
        1 => Spans(rng),
        2 => CellReferences(rng),
        3 => Numbering(rng),
        4 => ZipEntries(rng),
        5 => PdfOperators(rng),
        6 => NumericExtremes(rng),
        7 => MixedEncodings(rng),
        8 => JsonValues(rng),
        9 => HtmlDepth(rng),
        _ => Named(rng),
    };

    private int Depth(Random rng) => Pick(rng, [2, 30, 200, 300, 2_000, 20_000, 100_000]);

    private HostileCase XmlDepth(Random rng)
    {
        var depth = Depth(rng);
        var (open, close) = Pick(rng, [("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"),
            ("<w:hyperlink>", "</w:hyperlink>"), ("<w:smartTag>", "</w:smartTag>"), ("<w:customXml>", "</w:customXml>")]);
        var inner = open.StartsWith("<w:hyperlink") || open.StartsWith("<w:smartTag") ? "<w:r><w:t>预算 123.45</w:t></w:r>" : Packages.Paragraph("一般公共预算支出 123.45");
        var wrapP = !open.Contains("tbl") && !open.Contains("sdt");
        var body = Repeat(open, depth) + inner + (rng.Next(4) == 0 ? "" : Repeat(close, depth));
        if (wrapP) body = "<w:p>" + body + "</w:p>";
        if (rng.Next(3) == 0)
        {
            var xlsx = Repeat("<row r=\"1\">", Math.Min(depth, 5000)) + Packages.Cell("A1", "x") + Repeat("</row>", Math.Min(depth, 5000));
            return new("xml-depth", "xlsx", Packages.Xlsx(xlsx));
        }
        return new("xml-depth", "docx", Packages.Docx(body));
    }

    private HostileCase HtmlDepth(Random rng)
    {
        var depth = Depth(rng);
        var tag = Pick(rng, ["div", "span", "font", "b", "table", "a", "p", "li", "td", "blockquote"]);
        var close = rng.Next(3) > 0;
        return new("html-depth", "html", Packages.Utf8("<html><body><p>单位收支总体情况表</p>" + Repeat($"<{tag}>", depth) + "预算 123.45" + (close ? Repeat($"</{tag}>", depth) : "") + "</body></html>"));
    }

    private HostileCase Spans(Random rng)
    {
        var value = Pick(rng, Extremes);
        if (rng.Next(2) == 0)
        {
            var html = Seed(rng, "html");
            if (html.Extension == "html")
            {
                var text = Encoding.UTF8.GetString(html.Bytes);
                var count = 0;
                text = TableCell().Replace(text, m => count++ % (1 + rng.Next(20)) == 0 ? $"<td colspan=\"{value}\" rowspan=\"{Pick(rng, Extremes)}\"" : m.Value);
                return html with { Bytes = Packages.Utf8(text) };
            }
            return HostileCases.HtmlColspan(value);
        }
        var docx = Seed(rng, "docx");
        if (docx.Extension == "docx")
        {
            var entries = Packages.Unzip(docx.Bytes);
            var i = entries.FindIndex(e => e.Name == "word/document.xml");
            if (i >= 0)
            {
                var xml = Encoding.UTF8.GetString(entries[i].Content!);
                var count = 0;
                xml = xml.Replace("<w:tcPr>", "\u0001");
                xml = Regex.Replace(xml, "\u0001", _ => count++ % (1 + rng.Next(10)) == 0 ? $"<w:tcPr><w:gridSpan w:val=\"{value}\"/>" : "<w:tcPr>");
                entries[i] = (entries[i].Name, Packages.Utf8(xml));
                return docx with { Bytes = Packages.Zip(entries) };
            }
        }
        return HostileCases.DocxGridSpan(value);
    }

    private HostileCase CellReferences(Random rng)
    {
        string Reference()
        {
            var letters = new string(Enumerable.Range(0, 1 + rng.Next(rng.Next(2) == 0 ? 3 : 9)).Select(_ => (char)('A' + rng.Next(26))).ToArray());
            return Pick(rng, [letters + rng.Next(1, 100), letters + "0", letters, "5" + letters, letters + "99999999999999", "", "$A$1", "A-1"]);
        }
        var xlsx = Seed(rng, "xlsx");
        if (xlsx.Extension == "xlsx" && rng.Next(2) == 0)
        {
            var entries = Packages.Unzip(xlsx.Bytes);
            for (var i = 0; i < entries.Count; i++)
            {
                if (!entries[i].Name.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) || rng.Next(2) == 0) continue;
                var xml = Encoding.UTF8.GetString(entries[i].Content!);
                var count = 0;
                xml = CellRef().Replace(xml, m => count++ % (1 + rng.Next(30)) == 0 ? $" r=\"{Reference()}\"" : m.Value);
                entries[i] = (entries[i].Name, Packages.Utf8(xml));
            }
            return xlsx with { Bytes = Packages.Zip(entries) };
        }
        var cells = string.Concat(Enumerable.Range(0, 1 + rng.Next(20)).Select(_ => Packages.Cell(Reference(), Pick(rng, ["项目", "合计", "123.45", "2010301"]))));
        return new("cellref", "xlsx", Packages.Xlsx($"<row r=\"{Pick(rng, Extremes)}\">{cells}</row>",
            rng.Next(2) == 0 ? HostileCasesStyles(rng) : null));
    }

    private string HostileCasesStyles(Random rng) =>
        $"<numFmts><numFmt numFmtId=\"{Pick(rng, Extremes)}\" formatCode=\"{Pick(rng, ["0.00", "#,##0.0000000000000000000000000000000", "00000000000000000000000000000000000000", "[Red]0", "yyyy", ""])}\"/><numFmt numFmtId=\"164\" formatCode=\"0\"/><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>" +
        $"<cellXfs><xf numFmtId=\"{Pick(rng, Extremes)}\"/><xf numFmtId=\"164\"/></cellXfs>";

    private HostileCase Numbering(Random rng)
    {
        var level = Pick(rng, ["0", "1", "8", "9", "15", "-1", "x", "2147483647"]);
        var start = Pick(rng, Extremes);
        var format = Pick(rng, ["decimal", "upperRoman", "lowerRoman", "chineseCounting", "upperLetter", "decimalEnclosedCircle", "bullet", "none", "unknown"]);
        var paragraphs = string.Concat(Enumerable.Range(0, 1 + rng.Next(30)).Select(i =>
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{(rng.Next(3) == 0 ? Pick(rng, ["0", "3", "15", "-1"]) : level)}\"/><w:numId w:val=\"{Pick(rng, ["1", "1", "2", "0", "-1"])}\"/></w:numPr></w:pPr><w:r><w:t>第{i}项 一般公共预算支出 {rng.Next(100000)}.{rng.Next(100):00} 万元</w:t></w:r></w:p>"));
        var levels = string.Concat(Enumerable.Range(0, rng.Next(3)).Select(_ => $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{Pick(rng, ["%1、", "（%1）", "%1.%2.%3.%4.%5.%6.%7.%8.%9.%10", "%0", ""])}\"/></w:lvl>"));
        var numbering = $"<w:abstractNum w:abstractNumId=\"{Pick(rng, ["0", "0", "x", "-3"])}\">{levels}</w:abstractNum>"
            + $"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{Pick(rng, Extremes)}\"/></w:lvlOverride><w:lvlOverride w:ilvl=\"{level}\"/></w:num>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        return new("numbering", "docx", Packages.Docx(paragraphs, numbering, numberingPart: rng.Next(8) > 0));
    }

    private HostileCase ZipEntries(Random rng)
    {
        var s = Seed(rng, "docx", "xlsx");
        if (s.Extension is not ("docx" or "xlsx")) return Numbering(rng);
        var entries = Packages.Unzip(s.Bytes);
        var k = rng.Next(entries.Count);
        switch (rng.Next(6))
        {
            case 0: entries.RemoveAt(k); break;
            case 1: entries.Add(entries[k]); break; // a duplicate name
            case 2: entries[k] = (entries[k].Name.ToUpperInvariant(), entries[k].Content); break;
            case 3: entries[k] = (entries[k].Name, []); break;
            case 4: entries[k] = (entries[k].Name, Packages.Utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>")); break;
            default:
                var content = entries[k].Content ?? [];
                entries[k] = (entries[k].Name, content[..(content.Length / 2)]);
                break;
        }
        return s with { Bytes = Packages.Zip(entries) };
    }

    private HostileCase PdfOperators(Random rng)
    {
        var content = new StringBuilder();
        string Number() => rng.Next(4) == 0 ? Pick(rng, ["0", "-1", "1e-9", "0.000000001", "99999999", "-99999999", "1e30", "3.4e38", "NaN", "9999999999999999999999"])
            : (rng.NextDouble() * 800).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var rules = rng.Next(3) == 0 ? Pick(rng, [0, 10, 200, 1500, 5000]) : 0;
        for (var i = 0; i < rules; i++)
            content.Append(rng.Next(2) == 0 ? $"{Number()} {Number()} m {Number()} {Number()} l S\n" : $"{Number()} {Number()} {Number()} {Number()} re f\n");
        var words = 1 + rng.Next(200);
        for (var i = 0; i < words; i++)
            content.Append($"BT /F{Pick(rng, ["1", "1", "1", "9"])} {Number()} Tf {Number()} {Number()} Td ({Pick(rng, ["2025", "123.45", "Total", "1,204.71", "-3.00", "(", "\\\\", "X"])}) Tj ET\n");
        if (rng.Next(4) == 0) content.Append(Pick(rng, ["q q q q", "Q Q Q", "BT BT", "ET ET", "/F1 Tf", "1 2 3 4 5 6 cm", "BI ID EI", "[ [ [ [", "<< /A", "9999999999 Tz", "0 Tz 3 Tr"]) + "\n");
        return new("pdf-operators", "pdf", Packages.Pdf(content.ToString(), double.Parse(Number(), System.Globalization.CultureInfo.InvariantCulture) is var w && double.IsFinite(w) && w > 0 ? w : 595, 842));
    }

    private HostileCase NumericExtremes(Random rng)
    {
        var s = Seed(rng, "txt");
        if (s.Extension != "txt") return NumericExtremes(rng, HostileCases.ExtremeAmounts("0.00"));
        return NumericExtremes(rng, s);
    }

    private HostileCase NumericExtremes(Random rng, HostileCase s)
    {
        var text = Encoding.UTF8.GetString(s.Bytes);
        var count = 0;
        var every = 1 + rng.Next(rng.Next(2) == 0 ? 5 : 200);
        text = Figure().Replace(text, m => count++ % every == 0 ? Pick(rng, Extremes) : m.Value);
        return s with { Bytes = Packages.Utf8(text) };
    }

    private HostileCase MixedEncodings(Random rng)
    {
        var s = Seed(rng, "txt");
        var text = s.Extension == "txt" ? Encoding.UTF8.GetString(s.Bytes) : HostileCases.ExampleText;
        var cut = rng.Next(text.Length);
        Encoding[] encodings = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.GetEncoding(54936)];
        var first = Pick(rng, encodings);
        var second = Pick(rng, encodings);
        byte[] bom = rng.Next(2) == 0 ? first.GetPreamble() : [];
        return new("mixed-encoding", "txt", [.. bom, .. first.GetBytes(text[..cut]), .. second.GetBytes(text[cut..])]);
    }

    private HostileCase JsonValues(Random rng)
    {
        var s = Seed(rng, "json");
        if (s.Extension != "json") return Named(rng);
        var deep = new System.Text.Json.JsonDocumentOptions { MaxDepth = 512 };
        var node = System.Text.Json.Nodes.JsonNode.Parse(s.Bytes, documentOptions: deep)!;
        var all = new List<(System.Text.Json.Nodes.JsonNode Parent, object Key)>();
        void Walk(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject o) foreach (var p in o.ToList()) { all.Add((o, p.Key)); Walk(p.Value); }
            else if (n is System.Text.Json.Nodes.JsonArray a) for (var i = 0; i < a.Count; i++) { all.Add((a, i)); Walk(a[i]); }
        }
        Walk(node);
        for (var e = 1 + rng.Next(5); e > 0 && all.Count > 0; e--)
        {
            var (parent, key) = Pick(rng, all);
            System.Text.Json.Nodes.JsonNode? value = rng.Next(6) switch
            {
                0 => null,
                1 => System.Text.Json.Nodes.JsonValue.Create(Pick(rng, Extremes)),
                2 => System.Text.Json.Nodes.JsonNode.Parse(documentOptions: deep, json: Pick(rng, ["1e400", "-1", "99999999999999999999999999999999", "0.0000000000000000000000000000001", "true", "[]", "{}", "[null]", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "\"\""])),
                3 => System.Text.Json.Nodes.JsonValue.Create(rng.Next()),
                4 => new System.Text.Json.Nodes.JsonArray(),
                _ => new System.Text.Json.Nodes.JsonObject(),
            };
            try
            {
                if (parent is System.Text.Json.Nodes.JsonObject o) o[(string)key] = value;
                else if (parent is System.Text.Json.Nodes.JsonArray a && (int)key < a.Count) a[(int)key] = value;
            }
            catch (InvalidOperationException) { } // a node moved by an earlier edit
        }
        return s with { Bytes = Packages.Utf8(node.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 512 })) };
    }

    private HostileCase Named(Random rng) => rng.Next(12) switch
    {
        0 => HostileCases.PdfFarWord(),
        1 => HostileCases.PdfRuledLines(Pick(rng, [5, 100, 1200, 3000])),
        2 => HostileCases.DocxNestedSdt(Depth(rng)),
        3 => HostileCases.DocxNestedTables(Depth(rng)),
        4 => HostileCases.DocxNestedHyperlinks(Depth(rng)),
        5 => HostileCases.StaffCount(),
        6 => HostileCases.DocxNumberingLevel(Pick(rng, ["15", "-1", "9", "x"])),
        7 => HostileCases.XlsxDuplicateNumberFormats(),
        8 => HostileCases.DocxMissingPart(),
        9 => HostileCases.PdfMissingFont(),
        10 => HostileCases.MixedUtf16Utf8(rng.Next(2) == 0),
        _ => HostileCases.ExtremeAmounts(Pick(rng, Extremes)),
    };

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [GeneratedRegex("<td(?=[\\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex TableCell();

    [GeneratedRegex(" r=\"[A-Z]+[0-9]+\"")]
    private static partial Regex CellRef();

    [GeneratedRegex(@"(?<![\d.])\d[\d,]*(\.\d+)?(?![\d.])")]
    private static partial Regex Figure();
}
