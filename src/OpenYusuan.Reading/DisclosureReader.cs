using OpenYusuan.Model;
using OpenYusuan.Reading.Json;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading;

/// <summary>Reads any supported disclosure file into the model, choosing the reader by the file's
/// content, not its extension.</summary>
public static class DisclosureReader
{
    /// <summary>Files above this size are refused rather than read into memory.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    // The narrative readers use a few dozen static patterns; the default cache of 15 would recompile them
    // on every document.
    static DisclosureReader() => System.Text.RegularExpressions.Regex.CacheSize = Math.Max(System.Text.RegularExpressions.Regex.CacheSize, 64);

    public static Disclosure Read(string path)
    {
        if (Directory.Exists(path)) throw new UnusableInputException("这是一个目录，不是文件");
        if (!File.Exists(path)) throw new UnusableInputException("文件不存在");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new UnusableInputException($"文件过大（{length / 1024 / 1024} MB），超过 {MaxBytes / 1024 / 1024} MB 的上限");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw new UnusableInputException($"无法读取文件：{e.Message}"); }
        catch (UnauthorizedAccessException) { throw new UnusableInputException("没有读取该文件的权限"); }
        return Read(bytes, path);
    }

    public static Disclosure Read(byte[] bytes, string path)
    {
        switch (FormatDetector.Detect(bytes))
        {
            case "json": return JsonDisclosureReader.Read(bytes, path);
            case "pdf": return Pdf.PdfDisclosureReader.Read(bytes, path);
            case "html": return Html.HtmlDisclosureReader.Read(bytes, path);
            case "zip": return OfficeFile(bytes, path);
            case "ole": throw new UnusableInputException("这是加密的 Office 文件或旧版 .doc/.xls 文件，暂不支持");
            default: return TextDisclosureReader.Read(bytes, path);
        }
    }

    /// <summary>DOCX and XLSX are both zip packages; the main part tells which.</summary>
    private static Disclosure OfficeFile(byte[] bytes, string path)
    {
        HashSet<string> entries;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false));
            entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // A package that would unpack to far more than any disclosure is refused before any part is opened.
            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > MaxBytes || zip.Entries.Any(e => e.Length > 10 * 1024 * 1024 && e.Length > 200 * Math.Max(1, e.CompressedLength)))
                throw new UnusableInputException($"压缩包解压后过大（约 {unpacked / 1024 / 1024} MB，疑似压缩炸弹），已拒绝读取");
        }
        catch (InvalidDataException) { throw new UnusableInputException("压缩包（DOCX/XLSX）已损坏或不完整"); }
        try
        {
            if (entries.Contains("word/document.xml")) return Office.DocxDisclosureReader.Read(bytes, path);
            if (entries.Contains("xl/workbook.xml")) return Office.XlsxDisclosureReader.Read(bytes, path);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new UnusableInputException($"Office 文件内容损坏：{e.Message}");
        }
        throw new UnusableInputException("这是一个 zip 压缩包，但不是 DOCX 或 XLSX 文件");
    }
}
