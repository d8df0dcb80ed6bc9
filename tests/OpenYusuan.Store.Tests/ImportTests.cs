using System.Diagnostics;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store.Import;
using OpenYusuan.Store.Tests.Support;
using Xunit;

namespace OpenYusuan.Store.Tests;

/// <summary>`yusuan import` on both backends: idempotent by content, failures kept apart, resumable after a kill, and
/// reviewers' decisions kept through a re-read.</summary>
public sealed class ImportTests() : TempFolder("import")
{
    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(Dir, name)).FullName;

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void Importing_a_folder_twice_stores_each_document_once_and_keeps_failures_out_of_documents(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        Disclosures.WriteBudgets(input, 3);
        File.WriteAllText(Path.Combine(input, "copy-of-00.txt"), File.ReadAllText(Path.Combine(input, "budget-00.txt")));
        File.WriteAllBytes(Path.Combine(input, "broken.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0x13]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");

        var first = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Equal(2, first.Exit);
        Assert.Contains("broken.pdf: ", first.Err);
        Assert.Contains("empty.txt: ", first.Err);
        Assert.Contains("6 个文件，3 份文件入库", first.Out);
        Assert.Contains("失败 2 个", first.Out);
        var cells = backend.Count("SELECT COUNT(*) FROM cells");
        Assert.True(cells > 500, $"{cells} cells");

        var second = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Equal(2, second.Exit);
        Assert.Contains("本次读取 0 份", second.Out);
        Assert.Equal(3, backend.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(cells, backend.Count("SELECT COUNT(*) FROM cells"));
        Assert.Equal(2, backend.Count("SELECT COUNT(*) FROM import_failures"));
        Assert.Equal(0, backend.Count("SELECT COUNT(*) FROM documents WHERE name LIKE '%broken.pdf' OR name LIKE '%empty.txt'"));
        Assert.Equal(3, backend.Count("SELECT COUNT(*) FROM entities"));
        Assert.Equal(backend.Count("SELECT COUNT(*) FROM stored_originals"), 3);
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void A_reviewers_decision_on_a_finding_survives_a_reread(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        // One figure changed: 行政运行's 基本支出 in the 支出总表 no longer adds up.
        File.WriteAllText(Path.Combine(input, "budget.txt"), Disclosures.ExampleText.Replace("201\t06\t01\t行政运行\t370.37\t360.77\t9.60", "201\t06\t01\t行政运行\t370.37\t361.77\t9.60"));
        Assert.Equal(0, Yusuan.Run("import", input, "--db", backend.Db).Exit);
        string key;
        using (var store = backend.Open(readOnly: false))
        {
            key = (string)store.Connection.Scalar(null, "SELECT finding_key FROM findings WHERE severity = 'error' ORDER BY finding_key LIMIT 1")!;
            store.Connection.Execute(null, "INSERT INTO finding_reviews (finding_key, decision, note, reviewer, decided_at) VALUES ($1, 'dismissed', '已核实', 'test', $2)", key, YusuanStore.Now());
        }
        var findings = backend.Count("SELECT COUNT(*) FROM findings");
        var reread = Yusuan.Run("import", input, "--db", backend.Db, "--reread", "--verbose");
        Assert.Equal(0, reread.Exit);
        Assert.Contains("已重读", reread.Err);
        Assert.Equal(findings, backend.Count("SELECT COUNT(*) FROM findings"));
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM findings WHERE finding_key = $1 AND review = 'dismissed'", key));
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM documents"));
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void A_publication_published_as_explanation_and_tables_is_joined_into_one_document(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        var lines = Disclosures.ExampleText.Split('\n');
        // 报表: the title and 第二部分; 情况说明: the title, 目录, 第一部分, then 第三、四部分 (as two files of one publication).
        File.WriteAllText(Path.Combine(input, "附件2-报表.txt"), string.Join('\n', lines[..4].Concat(lines[60..359])));
        File.WriteAllText(Path.Combine(input, "附件1-情况说明.txt"), string.Join('\n', lines[..60].Concat(lines[359..])));
        var whole = Folder("whole");
        File.WriteAllText(Path.Combine(whole, "budget.txt"), Disclosures.ExampleText);
        var reference = new Backend(Backend.DuckDb, whole);
        Assert.Equal(0, Yusuan.Run("import", whole, "--db", reference.Db).Exit);

        var first = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("2 个文件，1 份文件入库", first.Out);
        Assert.Contains("合成 1 份", first.Out);
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM documents WHERE part = 'whole' AND name LIKE '%情况说明% + %报表%' OR name LIKE '%报表% + %情况说明%'"));
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(2, backend.Count("SELECT COUNT(*) FROM stored_documents WHERE joined_into IS NOT NULL"));
        foreach (var view in new[] { "cells", "sections", "claims", "findings" })
            Assert.Equal(reference.Count($"SELECT COUNT(*) FROM {view}"), backend.Count($"SELECT COUNT(*) FROM {view}"));

        var again = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Contains("2 个文件，1 份文件入库（本次读取 0 份", again.Out);
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM documents"));

        // A new version of the readers and rules: a plain import reads both parts again and joins them again.
        var cells = backend.Count("SELECT COUNT(*) FROM cells");
        using (var store = backend.Open(readOnly: false))
            store.Connection.Execute(null, "UPDATE stored_documents SET tool_version = 'older'");
        var updated = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Contains("2 个文件，1 份文件入库（本次读取 2 份", updated.Out);
        Assert.Contains("合成 1 份", updated.Out);
        Assert.Equal(0, backend.Count("SELECT COUNT(*) FROM stored_documents WHERE tool_version = 'older'"));
        Assert.Equal(1, backend.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(3, backend.Count("SELECT COUNT(*) FROM stored_documents"));
        Assert.Equal(cells, backend.Count("SELECT COUNT(*) FROM cells"));
    }

    /// <summary>Kills a child `yusuan import` in the middle of a transaction (at a failpoint, so that the machine's speed does
    /// not decide where), runs it again, and compares with an import that was never stopped. On DuckDB, an import started
    /// while the child holds the store is refused with a message and changes nothing.</summary>
    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void An_import_killed_half_way_and_run_again_imports_each_file_exactly_once(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        var files = Disclosures.WriteBudgets(input, 16);
        // The child stops for good, its next batch written but not committed, once committing it would pass 5 documents.
        var child = StartImport(input, backend.Db, stallAt: 5);
        var stalled = false;
        try
        {
            while (child.StandardError.ReadLine() is { } line)
                if (line.Contains("YUSUAN_TEST_STALL_AT", StringComparison.Ordinal)) { stalled = true; break; }
            Assert.True(stalled, "the child import ended without reaching the stall point");
            if (kind == Backend.DuckDb)
            {
                // While the child holds the DuckDB store, another import is refused and changes nothing.
                var refused = Yusuan.Run("import", input, "--db", backend.Db);
                Assert.Equal(2, refused.Exit);
                Assert.Contains("正被另一个进程使用", refused.Err);
                Assert.Contains("未做任何改动", refused.Err);
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var stored = backend.Count("SELECT COUNT(*) FROM documents");
        Assert.InRange(stored, 0, 5);
        Assert.Equal(stored, backend.Count("SELECT COUNT(*) FROM import_queue WHERE status = 'done'"));

        var rerun = Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Equal(0, rerun.Exit);
        Assert.Contains($"{files.Count} 个文件，{files.Count} 份文件入库（本次读取 {files.Count - stored} 份", rerun.Out);

        var clean = new Backend(Backend.DuckDb, Folder("clean"));
        Assert.Equal(0, Yusuan.Run("import", input, "--db", clean.Db).Exit);
        foreach (var view in new[] { "documents", "cells", "sections", "claims", "findings", "notes", "entities" })
            Assert.Equal(clean.Count($"SELECT COUNT(*) FROM {view}"), backend.Count($"SELECT COUNT(*) FROM {view}"));
        Assert.Equal(files.Count, backend.Count("SELECT COUNT(*) FROM import_queue WHERE status = 'done'"));
    }

    [SkippableFact]
    public void Two_importers_on_postgresql_share_the_files_and_import_each_exactly_once()
    {
        using var backend = new Backend(Backend.Postgres, Dir);
        var input = Folder("in");
        var files = Disclosures.WriteBudgets(input, 12).Select(Path.GetFullPath).ToList();
        var finished = new System.Collections.Concurrent.ConcurrentBag<(int Importer, ImportOutcome Outcome)>();
        var runs = Enumerable.Range(0, 2).Select(n => Task.Run(() =>
        {
            using var store = YusuanStore.Open(StoreLocation.Resolve(backend.Db));
            var importer = new Importer(store, new ImportOptions { Workers = 2 });
            importer.FileDone += o => finished.Add((n, o));
            return importer.Run(files);
        })).ToArray();
        Task.WaitAll(runs);
        Assert.All(runs, r => Assert.Equal(files.Count, r.Result.Documents));
        // Every file was finished by exactly one worker of one importer.
        Assert.Equal(files.Order(StringComparer.Ordinal), finished.Select(f => f.Outcome.Path).Order(StringComparer.Ordinal));
        Assert.All(finished, f => Assert.Equal("imported", f.Outcome.Status));
        Assert.Equal(files.Count, backend.Count("SELECT COUNT(*) FROM documents"));
    }

    private static Process StartImport(string input, string db, int stallAt)
    {
        var cli = typeof(OpenYusuan.Cli.YusuanApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["YUSUAN_TEST_STALL_AT"] = stallAt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var a in new[] { cli, "import", input, "--db", db, "--verbose", "--jobs", "1" }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
