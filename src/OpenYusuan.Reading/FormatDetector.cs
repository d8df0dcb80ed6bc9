namespace OpenYusuan.Reading;

/// <summary>Tells a file's format from its first bytes.</summary>
public static class FormatDetector
{
    public static string Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return "pdf";
        if (bytes.StartsWith("PK\x03\x04"u8)) return "zip";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return "ole";
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        for (var i = start; i < Math.Min(bytes.Length, start + 4096); i++)
        {
            var b = bytes[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            if (b == (byte)'{') return "json";
            if (b == (byte)'<')
            {
                var head = System.Text.Encoding.ASCII.GetString(bytes[i..Math.Min(bytes.Length, i + 512)]).ToLowerInvariant();
                return head.Contains("<html") || head.Contains("<!doctype html") || head.Contains("<table") || head.Contains("<body") ? "html" : "text";
            }
            return "text";
        }
        return "text";
    }
}
