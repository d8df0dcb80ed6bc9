using OpenYusuan.App;
using OpenYusuan.Reading;
using OpenYusuan.Store.Import;

namespace OpenYusuan.Web.Data;

/// <summary>What became of one uploaded file, as the page shows it.</summary>
public sealed record UploadResult(string Name, string Status, string? Hash, string? Reason);

/// <summary>Takes uploaded files into the store through the importer, as `yusuan import` does: each is checked for size
/// and kind by its content (not its name), saved under a generated name (its SHA-256 and the extension its content
/// implies), then imported. The name it came under is kept only as text to show.</summary>
public sealed class UploadIntake(WebStore store, WebOptions options)
{
    public UploadResult Take(string uploadedName, byte[] bytes, Viewer viewer)
    {
        var name = SafeName(uploadedName);
        if (bytes.LongLength > options.MaxUploadBytes)
            return new UploadResult(name, "refused", null, $"文件过大（{bytes.LongLength / 1024 / 1024} MB），上限 {options.MaxUploadBytes / 1024 / 1024} MB");
        if (bytes.Length == 0) return new UploadResult(name, "refused", null, "文件为空");
        if (Extension(bytes) is not { } extension)
            return new UploadResult(name, "refused", null, "文件内容不是可读取的公开文件格式（PDF、DOCX、XLSX、HTML、文本或 JSON）");
        var document = new DocumentBytes(name, bytes);
        if (!viewer.SeesAll)
        {
            // A unit's user may bring only its own entity's documents: read first, store only then.
            string? entity;
            try { entity = DocumentWriter.EntityName(DisclosureWorkflows.Read(document).Entity); }
            catch (UnusableInputException e) { return new UploadResult(name, "failed", null, e.Message); }
            if (!viewer.MaySee(entity)) return new UploadResult(name, "refused", null, $"此文件属于“{entity ?? "未识别的单位"}”，您只能上传本单位（{viewer.Entity}）的文件");
        }
        Directory.CreateDirectory(options.UploadDir);
        var path = Path.Combine(options.UploadDir, document.Hash + extension);
        if (!File.Exists(path)) File.WriteAllBytes(path, bytes);
        var outcome = Import(path, bytes);
        if (outcome.Status == "failed") return new UploadResult(name, "failed", outcome.Hash, outcome.Reason);
        store.Use(c =>
        {
            if (OpenYusuan.Store.Sql.Count(c, "SELECT COUNT(*) FROM web_uploads WHERE hash = $1", outcome.Hash) == 0)
                OpenYusuan.Store.Sql.Execute(c, null, "INSERT INTO web_uploads (hash, name, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4)",
                    outcome.Hash, name, viewer.Name, OpenYusuan.Store.YusuanStore.Now());
        });
        return new UploadResult(name, outcome.Status, outcome.Hash, null);
    }

    /// <summary>A new file is read and audited outside the store's gate, so that uploads use every core, and stored under it;
    /// bytes stored already by this version, and a file that cannot be read (whose failure the importer records), go
    /// through the importer as `import` would.</summary>
    private ImportOutcome Import(string path, byte[] bytes)
    {
        var document = new DocumentBytes(path, bytes);
        if (store.Use(c => DocumentWriter.StoredVersion(c, null, document.Hash)) == DisclosureWorkflows.ToolVersion) return Import(path, reread: false);
        CheckedDocument checkedDocument;
        try { checkedDocument = _workflows.Check(document); }
        catch (UnusableInputException) { return Import(path, reread: false); }
        return store.Use(_ => new Importer(store.Store, Options(reread: false)).StoreChecked(checkedDocument));
    }

    private readonly DisclosureWorkflows _workflows = new();

    private static ImportOptions Options(bool reread) => new() { Workers = 1, Reread = reread, RereadStale = false };

    /// <summary>Reads a stored document again (after a reader or rule update); reviews stay, keyed by finding.</summary>
    public ImportOutcome Reread(string hash, byte[] bytes)
    {
        Directory.CreateDirectory(options.UploadDir);
        var path = Path.Combine(options.UploadDir, hash + (Extension(bytes) ?? ".bin"));
        if (!File.Exists(path)) File.WriteAllBytes(path, bytes);
        return Import(path, reread: true);
    }

    private ImportOutcome Import(string path, bool reread)
    {
        ImportOutcome? outcome = null;
        return store.Use(connection =>
        {
            var importer = new Importer(store.Store, Options(reread));
            // The importer also finishes whatever else the queue holds (files stored by an older version are read again).
            importer.FileDone += o => { if (o.Path == path) outcome = o; };
            importer.Run([path]);
            if (outcome is not null) return outcome;
            // A file the queue had finished before (the same bytes uploaded again) is not processed again: its row says how it went.
            var row = OpenYusuan.Store.Sql.Rows(connection, null, "SELECT status, hash, reason FROM import_queue WHERE path = $1", path).Single();
            return new ImportOutcome(path, (string)row[0]! == "failed" ? "failed" : "stored", row[1] as string ?? Path.GetFileNameWithoutExtension(path), row[2] as string, 0);
        });
    }

    /// <summary>The extension the content implies, or null for what no reader takes.</summary>
    public static string? Extension(byte[] bytes) => FormatDetector.Detect(bytes) switch
    {
        "pdf" => ".pdf",
        "zip" => IsWord(bytes) ? ".docx" : ".xlsx",
        "html" => ".html",
        "json" => ".json",
        "text" => ".txt",
        _ => null,
    };

    private static bool IsWord(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false));
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException) { return false; }
    }

    /// <summary>The uploaded name as text to show: no folders (a "../../x" name is only "x"), no control characters, not
    /// too long.</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault(p => p.Length > 0 && p != "." && p != "..") ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "未命名文件" : clean[..Math.Min(clean.Length, 200)];
    }
}
