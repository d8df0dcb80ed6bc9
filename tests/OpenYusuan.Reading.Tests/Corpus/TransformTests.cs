using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Corpus;

/// <summary>The same corpus documents in other clothes: GB18030 and UTF-8 with BOM, full-width digits,
/// no thousands separators, amounts in 元. The cells must come out the same (×10000 for 元).</summary>
public sealed partial class TransformTests
{
    static TransformTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in new[] { "000", "001", "003" })
            foreach (var t in new[] { "gb18030", "utf8-bom", "fullwidth", "no-separators", "yuan" })
                // 003 prints numbers cut over two lines ("110.1" / "0"), which the 元 rewrite cannot scale: its rows would
                // no longer add up, which is another test's business.
                if (!(id == "003" && t == "yuan")) data.Add(id, t);
        // A table cut in two with its header printed again (Word and spreadsheet users split long tables).
        data.Add("000", "repeated-header");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Transformed_text_reads_to_the_same_cells(string id, string transform)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var text = File.ReadAllText(SharedFiles.CorpusByPrefix(id + "_"), Encoding.UTF8);
        var scale = 1m;
        byte[] bytes;
        switch (transform)
        {
            case "gb18030": bytes = Encoding.GetEncoding(54936).GetBytes(text); break;
            case "utf8-bom": bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]; break;
            case "fullwidth": bytes = Encoding.UTF8.GetBytes(InTables(text, FullWidth)); break;
            case "no-separators": bytes = Encoding.UTF8.GetBytes(InTables(text, s => Amount().Replace(s, m => m.Value.Replace(",", "")))); break;
            case "repeated-header": bytes = Encoding.UTF8.GetBytes(RepeatHeaders(text)); break;
            default:
                scale = 10000m;
                bytes = Encoding.UTF8.GetBytes(InTables(text, ToYuan));
                break;
        }
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{id}-{transform}-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            var model = DisclosureReader.Read(path);
            var lines = text.Split('\n');
            var wrong = Fact.Load(SharedFiles.Truth(id))
                // A number printed cut over two lines is not rewritten by the 元 transform: leave those cells out there.
                .Where(f => scale == 1m || f.Line is not { } l || PrintedOn(lines[l - 1], f.Value))
                .Select(f => f with { Value = (f.Expected * scale).ToString(CultureInfo.InvariantCulture) })
                .Where(f => f.Lookup(model) != f.Expected)
                .Select(f => $"{f} → got {f.Lookup(model)}").ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
            if (transform == "yuan") Assert.All(model.Tables, t => Assert.Equal(Units.Yuan, t.Unit));
            if (transform == "gb18030") Assert.Contains(model.Notes, n => n.Rule == "YS0905");
        }
        finally { File.Delete(path); }
    }

    private static bool PrintedOn(string line, string value) =>
        line.Replace(",", "").Split('\t', ' ').Contains(value);

    /// <summary>Applies a rewrite to the lines of 第二部分 (the tables) only.</summary>
    private static string InTables(string text, Func<string, string> rewrite)
    {
        var lines = text.Split('\n');
        var start = Array.FindLastIndex(lines, l => Regex.IsMatch(l, @"第二部分"));
        var end = Array.FindLastIndex(lines, l => Regex.IsMatch(l, @"第三部分"));
        for (var i = start; i < end; i++) lines[i] = rewrite(lines[i]);
        return string.Join('\n', lines);
    }

    /// <summary>In every tab-separated table with more than eight code rows, the header rows are printed again
    /// after the sixth code row.</summary>
    private static string RepeatHeaders(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains('\t') || (i > 0 && lines[i - 1].Contains('\t'))) continue;
            var header = lines.Skip(i).TakeWhile(l => l.Contains('\t') && !Regex.IsMatch(l, @"^\d{3}\b")).ToList();
            var rows = lines.Skip(i + header.Count).TakeWhile(l => Regex.IsMatch(l, @"^\d{3}\b")).Count();
            if (header.Count == 0 || rows <= 8) continue;
            lines.InsertRange(i + header.Count + 6, header);
            i += header.Count * 2 + rows;
        }
        return string.Join('\n', lines);
    }

    private static string FullWidth(string line) =>
        Amount().Replace(line, m => string.Concat(m.Value.Select(c => c switch
        {
            >= '0' and <= '9' => (char)('０' + (c - '0')),
            ',' => '，',
            '.' => '．',
            _ => c,
        })));

    /// <summary>万元 with two decimals → 元 with two decimals (×10000), separators dropped as budget systems print 元.</summary>
    private static string ToYuan(string line)
    {
        line = line.Replace("单位：万元", "单位：元").Replace("单位:万元", "单位:元");
        return Amount().Replace(line, m =>
            (decimal.Parse(m.Value.Replace(",", ""), CultureInfo.InvariantCulture) * 10000m).ToString("0.00", CultureInfo.InvariantCulture));
    }

    // Amounts with two decimals (and an optional number cut at a line end is left alone).
    [GeneratedRegex(@"(?<![\d.])\d{1,3}(,\d{3})*\.\d{2}(?![\d.])|(?<![\d.,])\d+\.\d{2}(?![\d.])")]
    private static partial Regex Amount();
}
