using OpenYusuan.Model;
using OpenYusuan.Reading.Json;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading;

/// <summary>Reads any supported disclosure file into the model, choosing the reader by the file's
/// content, not its extension. Every read keeps <see cref="ReadingLimits"/>, its time budget included: whatever
/// goes wrong while reading one document is an <see cref="UnusableInputException"/> naming the problem.</summary>
public static class DisclosureReader
{
    /// <summary>Files above this size are refused rather than read into memory.</summary>
    public const long MaxBytes = ReadingLimits.MaxBytes;

    // The narrative readers use a few dozen static patterns; the default cache of 15 would recompile them
    // on every document.
    static DisclosureReader() => System.Text.RegularExpressions.Regex.CacheSize = Math.Max(System.Text.RegularExpressions.Regex.CacheSize, 64);

    public static Disclosure Read(string path, CancellationToken cancel = default) => Read(FileBytes(path), path, cancel);

    /// <summary>A file's bytes for reading, refused with a Chinese reason when the path is no regular file or the file is
    /// over the size limit.</summary>
    public static byte[] FileBytes(string path)
    {
        if (Directory.Exists(path)) throw new UnusableInputException("这是一个目录，不是文件");
        if (!File.Exists(path)) throw new UnusableInputException("文件不存在");
        // A FIFO would block the open itself, a device never end: refused before they are opened.
        if (SpecialFiles.Kind(path) is { } special) throw new UnusableInputException($"这是{special}，不是普通文件，不读取");
        return ReadBytes(path);
    }

    /// <summary>The file's bytes, counted as they are read: the length a file reports (0 for /dev/zero) is not trusted.</summary>
    private static byte[] ReadBytes(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + n > MaxBytes)
                    throw new UnusableInputException($"文件过大，超过 {MaxBytes / 1024 / 1024} MB 的上限，已停止读取");
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (IOException e) { throw new UnusableInputException($"无法读取文件：{FailureWording.Of(e)}"); }
        catch (UnauthorizedAccessException) { throw new UnusableInputException("没有读取该文件的权限"); }
    }

    /// <summary>Reads the bytes within the time budget (<see cref="ReadingLimits.TimePerDocument"/>, and the caller's
    /// <paramref name="cancel"/>). A reader's own failure that no reader foresaw is still one document's failure, given
    /// as an <see cref="UnusableInputException"/> that says it is an internal error.</summary>
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default)
    {
        if (bytes.LongLength > MaxBytes)
            throw new UnusableInputException($"文件过大（{bytes.LongLength / 1024 / 1024} MB），超过 {MaxBytes / 1024 / 1024} MB 的上限");
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(ReadingLimits.TimePerDocument);
        try
        {
            var model = ReadWithin(bytes, path, budget.Token);
            ModelCheck.Check(model);
            return model;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            throw new UnusableInputException(cancel.IsCancellationRequested
                ? "读取已取消"
                : $"未能在 {ReadingLimits.TimePerDocument.TotalSeconds:0} 秒内读完（每份文件的时间上限），已停止读取");
        }
        catch (OutOfMemoryException)
        {
            // A library that asked for more than the process can have (a corrupt font or stream in PdfPig): what was
            // allocated for this document is garbage now, and the next document can be read.
            throw new UnusableInputException("读取所需内存超过上限，已停止读取（文件可能已损坏或被篡改）");
        }
        catch (InsufficientExecutionStackException)
        {
            throw new UnusableInputException($"文件结构嵌套过深，超过读取上限（{ReadingLimits.MaxNesting} 层）");
        }
    }

    private static Disclosure ReadWithin(byte[] bytes, string path, CancellationToken cancel)
    {
        switch (FormatDetector.Detect(bytes))
        {
            case "json": return JsonDisclosureReader.Read(bytes, path);
            case "pdf": return Pdf.PdfDisclosureReader.Read(bytes, path, cancel);
            case "html": return Html.HtmlDisclosureReader.Read(bytes, path, cancel);
            case "zip": return OfficeFile(bytes, path, cancel);
            case "ole": throw new UnusableInputException("这是加密的 Office 文件或旧版 .doc/.xls 文件，暂不支持");
            default: return TextDisclosureReader.Read(bytes, path, cancel);
        }
    }

    /// <summary>DOCX and XLSX are both zip packages; the main part tells which.</summary>
    private static Disclosure OfficeFile(byte[] bytes, string path, CancellationToken cancel)
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
            if (entries.Contains("word/document.xml") || entries.Contains("xl/workbook.xml")) Office.PackageCheck.Check(zip);
        }
        catch (InvalidDataException) { throw new UnusableInputException("压缩包（DOCX/XLSX）已损坏或不完整"); }
        try
        {
            if (entries.Contains("word/document.xml")) return Office.DocxDisclosureReader.Read(bytes, path, cancel);
            if (entries.Contains("xl/workbook.xml")) return Office.XlsxDisclosureReader.Read(bytes, path, cancel);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                      or FileFormatException)
        {
            throw new UnusableInputException($"Office 文件内容损坏：{FailureWording.Of(e)}");
        }
        throw new UnusableInputException("这是一个 zip 压缩包，但不是 DOCX 或 XLSX 文件");
    }
}
