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
            case "zip": throw new UnusableInputException("DOCX/XLSX 文件暂不支持：当前版本只读取文本（.txt）和 JSON 格式的披露文件");
            case "ole": throw new UnusableInputException("这是加密的 Office 文件或旧版 .doc/.xls 文件，暂不支持");
            default: return TextDisclosureReader.Read(bytes, path);
        }
    }
}
