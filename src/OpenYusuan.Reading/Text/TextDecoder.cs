using System.Text;

namespace OpenYusuan.Reading.Text;

/// <summary>Turns the bytes of a text disclosure into a string: UTF-8 (with or without BOM), UTF-16 with BOM,
/// or GB18030/GBK. Refuses binary data and files that mix encodings, rather than guessing.</summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string EncodingName);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new UnusableInputException("文件为空");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(NoZeros(Utf8(bytes[3..])), "UTF-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(WholeUtf16(Encoding.Unicode.GetString(bytes[2..])), "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(WholeUtf16(Encoding.BigEndianUnicode.GetString(bytes[2..])), "UTF-16BE");
        if (Utf16WithoutBom(bytes) is { } utf16) return new(WholeUtf16(utf16.GetString(bytes)), utf16 == Encoding.Unicode ? "UTF-16LE" : "UTF-16BE");
        if (LooksBinary(bytes)) throw new UnusableInputException("二进制文件，不是文本披露文件");

        var (validUtf8Multibyte, invalidUtf8) = ScanUtf8(bytes);
        if (invalidUtf8 == 0) return new(NoZeros(Utf8(bytes)), "UTF-8");
        if (validUtf8Multibyte >= 8 && validUtf8Multibyte * 4 >= invalidUtf8)
            throw new UnusableInputException(
                $"编码混杂：文件中既有 UTF-8 汉字（{validUtf8Multibyte} 处）又有非 UTF-8 字节（{invalidUtf8} 处），请统一转为 UTF-8 后再试");

        var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var text = NoZeros(gb.GetString(bytes));
        var replaced = text.Count(c => c == '\uFFFD');
        var cjk = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        if (replaced > 0 || cjk < text.Length / 20 || !CommonWords.Any(text.Contains))
            throw new UnusableInputException("无法识别的文本编码：既不是 UTF-8，按 GB18030/GBK 解码也得不到可读的中文（可能是 Big5 等其他编码）");
        return new(text, "GB18030");
    }

    /// <summary>Bytes whose GB18030/GBK encoding is declared (an HTML page's charset), without the guessing above.</summary>
    public static string Gb18030(ReadOnlySpan<byte> bytes) => Encoding.GetEncoding(54936).GetString(bytes);

    // Words every disclosure uses; GB18030-decoded bytes of another encoding (Big5…) produce none of them.
    private static readonly string[] CommonWords = ["预算", "决算", "支出", "收入", "单位", "部门", "合计"];

    private const string Mixed = "编码混杂：文件的一部分是 UTF-16，另一部分是 UTF-8 或其他编码，请统一转为 UTF-8 后再试";

    /// <summary>Text decoded as UTF-16 whose every stretch reads as text: bytes of another encoding read as UTF-16 come out
    /// as characters no disclosure prints (Yi syllables, private use, lone surrogates, control codes), so a file that is
    /// UTF-16 for its first half and UTF-8 for its second is refused, not read half as garbage.</summary>
    private static string WholeUtf16(string text)
    {
        const int block = 512;
        for (var start = 0; start < text.Length; start += block)
        {
            var span = text.AsSpan(start, Math.Min(block, text.Length - start));
            var odd = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var c = span[i];
                if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
                if (!Plausible(c)) odd++;
            }
            if (odd > Math.Max(4, span.Length / 10)) throw new UnusableInputException(Mixed);
        }
        return text;
    }

    /// <summary>Characters a Chinese disclosure is written in: ASCII and Latin, punctuation and symbols, CJK and its
    /// punctuation, full-width forms.</summary>
    private static bool Plausible(char c) => c switch
    {
        '\t' or '\n' or '\r' or '\f' => true,
        < ' ' => false,
        <= '\u024F' => true,                          // ASCII, Latin
        >= '\u0370' and <= '\u04FF' => true,          // Greek, Cyrillic
        >= '\u2000' and <= '\u27BF' => true,          // punctuation, letterlike, arrows, maths, box drawing, shapes
        >= '\u2E80' and <= '\u33FF' => true,          // CJK radicals, punctuation, kana, enclosed
        >= '\u4E00' and <= '\u9FFF' => true,          // CJK unified ideographs
        >= '\uF900' and <= '\uFAFF' => true,          // CJK compatibility ideographs
        >= '\uFE30' and <= '\uFE4F' => true,          // CJK compatibility forms
        >= '\uFF00' and <= '\uFFEF' => true,          // full-width forms
        _ => false,
    };

    /// <summary>A zero character in text decoded as UTF-8 or GB18030 is a UTF-16 (or binary) stretch past the part
    /// sampled for binary content.</summary>
    private static string NoZeros(string text) =>
        text.Contains('\0') ? throw new UnusableInputException("编码混杂：文件的一部分是 UTF-8 或 GB18030 文本，另一部分是 UTF-16 或二进制数据，请统一转为 UTF-8 后再试") : text;

    /// <summary>UTF-16 without a BOM shows as zero bytes on one side of every ASCII character.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8) return null;
        int evenZeros = 0, oddZeros = 0;
        var n = Math.Min(bytes.Length, 8192);
        for (var i = 0; i < n; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        var utf16 = oddZeros > n / 20 && evenZeros * 10 < oddZeros ? Encoding.Unicode
            : evenZeros > n / 20 && oddZeros * 10 < evenZeros ? Encoding.BigEndianUnicode
            : null;
        // UTF-16 has an even number of bytes: a file that begins as UTF-16 and has an odd length goes on in another encoding.
        if (utf16 is not null && bytes.Length % 2 != 0) throw new UnusableInputException(Mixed);
        return utf16;
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new UnusableInputException("UTF-8 编码损坏"); }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        return control > sample.Length / 50;
    }

    /// <summary>Counts well-formed UTF-8 multi-byte sequences and bytes that cannot be UTF-8.</summary>
    private static (int Valid, int Invalid) ScanUtf8(ReadOnlySpan<byte> b)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < b.Length)
        {
            var c = b[i];
            var len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            if (len == 1) { i++; continue; }
            var ok = len > 0 && i + len <= b.Length;
            for (var k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            // Only 3-byte CJK sequences count as evidence of UTF-8: GBK pairs often look like 2-byte UTF-8.
            if (ok) { if (len == 3 && c is >= 0xE4 and <= 0xE9) valid++; i += len; }
            else { invalid++; i++; }
        }
        return (valid, invalid);
    }
}
