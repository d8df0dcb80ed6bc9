using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using OpenYusuan.App;
using OpenYusuan.Reading;

namespace OpenYusuan.Store.Import;

/// <summary>Imports files into a store: each file is queued (<c>import_queue</c>, keyed by path), then read and audited
/// in parallel and written in one transaction together with its queue row's <c>done</c> — so a file is either wholly
/// stored or still pending, and a stopped import resumes where it stopped. The same bytes are stored once (documents are
/// keyed by content hash). On PostgreSQL each worker claims the next pending file with <c>FOR UPDATE SKIP LOCKED</c> and
/// holds it until its transaction commits, so any number of importers, on any machines, share one queue; a DuckDB store
/// has one writing process, whose workers read in parallel and write in turn.</summary>
public sealed class Importer(YusuanStore store, ImportOptions options)
{
    private readonly DisclosureWorkflows _workflows = new();
    private readonly ConcurrentDictionary<string, bool> _writtenNow = new(StringComparer.Ordinal);

    /// <summary>Raised (from any worker thread) as each file is finished.</summary>
    public event Action<ImportOutcome>? FileDone;

    /// <summary>The worker name recorded against the files this importer finished.</summary>
    public string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Queues the files, works through every pending file of the queue, and counts the result.</summary>
    public ImportSummary Run(IReadOnlyList<string> files, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        Enqueue(files);
        var readNow = 0;
        FileDone += o => { if (o.Status is "imported" or "reread") Interlocked.Increment(ref readNow); };
        var workers = Math.Max(1, options.Workers);
        if (store.Dialect.SharedWriters) SharedQueue(workers, cancel);
        else LocalQueue(workers, cancel);
        var joined = cancel.IsCancellationRequested ? 0 : PartJoiner.Join(store, _workflows, options.Region);
        return Summarize(files, readNow, joined, clock.Elapsed);
    }

    /// <summary>One file the caller has read and audited already (the web app reads uploads in parallel, outside the store's
    /// lock): queued and stored in one transaction as <see cref="Run"/> stores each file, then joined with its other parts.</summary>
    public ImportOutcome StoreChecked(CheckedDocument document)
    {
        var path = document.Source.Name;
        Enqueue([path]);
        var work = new Work(path, DocumentRows.From(document), document.Source.Hash, null, false, document.Model.Source?.Pages ?? 1);
        string status;
        using (var transaction = store.Connection.BeginTransaction())
        {
            status = Store(store.Connection, transaction, work);
            transaction.Commit();
        }
        Done(work, status);
        PartJoiner.Join(store, _workflows, options.Region);
        return new ImportOutcome(path, status, work.Hash, null, work.Pages);
    }

    private void Enqueue(IReadOnlyList<string> files)
    {
        var rows = files.Distinct(StringComparer.Ordinal).Select(path =>
        {
            var info = new FileInfo(path);
            return new object?[] { path, info.Exists ? info.Length : null, info.Exists ? info.LastWriteTimeUtc.ToString("O", CultureInfo.InvariantCulture) : null, "pending" };
        }).ToList();
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        // A file already queued keeps its state unless it changed on disk (or a re-read is asked for).
        foreach (var chunk in rows.Chunk(400))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(${i * 4 + 1}, ${i * 4 + 2}, ${i * 4 + 3}, ${i * 4 + 4})"));
            connection.Execute(transaction,
                $"INSERT INTO import_queue (path, size, modified, status) VALUES {values} ON CONFLICT (path) DO UPDATE SET status = 'pending', size = excluded.size, modified = excluded.modified, hash = NULL, reason = NULL, worker = NULL, finished_at = NULL" +
                (options.Reread ? "" : " WHERE import_queue.size IS DISTINCT FROM excluded.size OR import_queue.modified IS DISTINCT FROM excluded.modified"),
                chunk.SelectMany(r => r).ToArray());
        }
        // Files stored by another version of the readers and rules are read again.
        if (options.RereadStale)
            connection.Execute(transaction,
                "UPDATE import_queue SET status = 'pending' WHERE status = 'done' AND hash IN (SELECT hash FROM stored_documents WHERE tool_version <> $1)",
                DisclosureWorkflows.ToolVersion);
        transaction.Commit();
    }

    /// <summary>DuckDB: the pending files are handed to this process's workers, which read and audit in parallel; this
    /// thread writes what they finish, a few documents per transaction (each with its queue row, so a batch is stored
    /// whole or not at all).</summary>
    private void LocalQueue(int workers, CancellationToken cancel)
    {
        var connection = store.Connection;
        var stored = connection.Rows(null, "SELECT hash, tool_version FROM stored_documents")
            .ToDictionary(r => (string)r[0]!, r => (string?)r[1], StringComparer.Ordinal);
        var pending = new ConcurrentQueue<string>(connection.Rows(null, "SELECT path FROM import_queue WHERE status = 'pending' ORDER BY path").Select(r => (string)r[0]!));
        var entities = connection.Rows(null, "SELECT name FROM stored_entities").Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        using var finished = new BlockingCollection<Work>(boundedCapacity: 4 * workers);
        var failure = (Exception?)null;
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            try
            {
                while (!cancel.IsCancellationRequested && failure is null && pending.TryDequeue(out var path))
                    finished.Add(Process(path, hash => stored.GetValueOrDefault(hash)));
            }
            catch (Exception e) { failure ??= e; }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        var closer = new Thread(() => { threads.ForEach(t => t.Join()); finished.CompleteAdding(); }) { IsBackground = true };
        closer.Start();
        try
        {
            while (!finished.IsCompleted)
            {
                if (!finished.TryTake(out var first, 100)) continue;
                // A commit costs a sync of the file: a batch gathers what the workers finish within a quarter second.
                var batch = new List<Work> { first };
                var window = Stopwatch.StartNew();
                while (batch.Count < 64 && window.ElapsedMilliseconds < 250 && finished.TryTake(out var more, TimeSpan.FromMilliseconds(Math.Max(1, 250 - window.ElapsedMilliseconds))))
                    batch.Add(more);
                using var transaction = connection.BeginTransaction();
                var statuses = StoreBatch(connection, transaction, batch, stored, entities);
                StallBeforeCommit(statuses.Count(st => st is "imported" or "reread"));
                transaction.Commit();
                for (var i = 0; i < batch.Count; i++) Done(batch[i], statuses[i]);
            }
        }
        catch (Exception e)
        {
            failure ??= e;
            while (finished.TryTake(out _)) { }
        }
        closer.Join();
        if (failure is not null) throw new StoreException($"导入中断：{failure.Message}（已写入的文件不受影响，重新运行即可继续）", failure);
    }

    /// <summary>PostgreSQL: each worker has its own connection and claims the next file no one holds.</summary>
    private void SharedQueue(int workers, CancellationToken cancel)
    {
        var errors = new ConcurrentBag<Exception>();
        var attempts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            try
            {
                using var connection = store.Connect();
                while (!cancel.IsCancellationRequested)
                {
                    using var transaction = connection.BeginTransaction();
                    if (connection.Scalar(transaction, store.Dialect.ClaimPendingSql) is not string path)
                    {
                        transaction.Commit();
                        // Nothing left to claim: done once no file is pending at all; while another importer still holds
                        // some, wait — should it die, its locks go and its files are claimed here.
                        if (connection.Count("SELECT COUNT(*) FROM import_queue WHERE status = 'pending'") == 0) return;
                        Thread.Sleep(200);
                        continue;
                    }
                    var work = Process(path, hash => DocumentWriter.StoredVersion(connection, transaction, hash));
                    try
                    {
                        var status = Store(connection, transaction, work);
                        StallBeforeCommit(status is "imported" or "reread" ? 1 : 0);
                        transaction.Commit();
                        Done(work, status);
                    }
                    catch (DbException) when (attempts.AddOrUpdate(path, 1, (_, n) => n + 1) < 3)
                    {
                        // Another importer stored the same bytes a moment earlier: the file goes back to pending and is
                        // found stored on its next claim.
                        transaction.Rollback();
                    }
                }
            }
            catch (Exception e) { errors.Add(e); }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (!errors.IsEmpty) throw new StoreException($"导入中断：{errors.First().Message}", errors.First());
    }

    // A failpoint for the kill test: with YUSUAN_TEST_STALL_AT=N the import stops for good, its rows written but not
    // committed, at the commit that would take the documents it has stored past N — so the test kills it in the middle
    // of a transaction at a known point, whatever the machine's speed.
    private static readonly int? StallAt = int.TryParse(Environment.GetEnvironmentVariable("YUSUAN_TEST_STALL_AT"), out var n) ? n : null;
    private int _committed;

    private void StallBeforeCommit(int documents)
    {
        if (StallAt is not { } limit) return;
        if (Interlocked.Add(ref _committed, documents) <= limit) return;
        Console.Error.WriteLine($"yusuan: YUSUAN_TEST_STALL_AT={limit}: stalled before a commit");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }

    private sealed record Work(string Path, DocumentRows? Rows, string? Hash, string? Reason, bool AlreadyStored, int Pages);

    /// <summary>Reads and audits one file; touches the store only to ask whether its bytes are stored already.</summary>
    private Work Process(string path, Func<string, string?> storedVersion)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new Work(path, null, null, Directory.Exists(path) ? "这是一个目录，不是文件" : "文件不存在", false, 0);
            if (info.Length > DisclosureReader.MaxBytes) return new Work(path, null, null, $"文件过大（{info.Length / 1024 / 1024} MB），超过 {DisclosureReader.MaxBytes / 1024 / 1024} MB 的上限", false, 0);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Work(path, null, null, $"无法读取文件：{e.Message}", false, 0);
        }
        var document = new DocumentBytes(path, bytes);
        if (!options.Reread && storedVersion(document.Hash) == DisclosureWorkflows.ToolVersion || _writtenNow.ContainsKey(document.Hash))
            return new Work(path, null, document.Hash, null, true, 0);
        try
        {
            var rows = DocumentRows.From(_workflows.Check(document));
            return new Work(path, rows, document.Hash, null, false, rows.Document.Model.Source?.Pages ?? 1);
        }
        catch (UnusableInputException e) { return new Work(path, null, document.Hash, e.Message, false, 0); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Work(path, null, document.Hash, $"读取失败（内部错误 {e.GetType().Name}：{e.Message}），请报告此问题", false, 0);
        }
    }

    /// <summary>A batch on DuckDB, where this process is the only writer and so knows what is stored (<paramref name="stored"/>
    /// as it was at the start, and what it wrote since): new documents in one bulk insert per table, re-reads one by one,
    /// the queue rows in one statement.</summary>
    private List<string> StoreBatch(DbConnection connection, DbTransaction transaction, List<Work> batch, Dictionary<string, string?> stored, HashSet<string> entities)
    {
        var fresh = new Dictionary<string, DocumentRows>(StringComparer.Ordinal);
        var statuses = new List<string>();
        foreach (var work in batch)
        {
            string status;
            if (work.Reason is not null) status = "failed";
            else if (work.AlreadyStored || _writtenNow.ContainsKey(work.Hash!) || fresh.ContainsKey(work.Hash!)
                     || (!options.Reread && stored.TryGetValue(work.Hash!, out var version) && version == DisclosureWorkflows.ToolVersion))
                status = "stored";
            else if (stored.ContainsKey(work.Hash!))
            {
                status = "reread";
                DocumentWriter.Write(store.Dialect, connection, transaction, work.Rows!, options.Region);
                fresh[work.Hash!] = work.Rows!;
                statuses.Add(status);
                continue;
            }
            else
            {
                status = "imported";
                fresh[work.Hash!] = work.Rows!;
            }
            statuses.Add(status);
        }
        DocumentWriter.WriteNew(store.Dialect, connection, transaction,
            batch.Zip(statuses).Where(p => p.Second == "imported").Select(p => p.First.Rows!).ToList(), options.Region, entities);
        var now = YusuanStore.Now();
        foreach (var chunk in batch.Zip(statuses).Chunk(200))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(${i * 4 + 1}, ${i * 4 + 2}, ${i * 4 + 3}, ${i * 4 + 4})"));
            connection.Execute(transaction,
                $"UPDATE import_queue SET status = v.status, hash = v.hash, reason = v.reason, worker = ${chunk.Length * 4 + 1}, finished_at = ${chunk.Length * 4 + 2} FROM (VALUES {values}) AS v(path, status, hash, reason) WHERE import_queue.path = v.path",
                [.. chunk.SelectMany(p => new object?[] { p.First.Path, p.Second == "failed" ? "failed" : "done", p.First.Hash, p.First.Reason }), Worker, now]);
        }
        return statuses;
    }

    /// <summary>Stores the document (if any) and marks its queue row in the caller's transaction; returns what became of
    /// the file.</summary>
    private string Store(DbConnection connection, DbTransaction transaction, Work work)
    {
        string status;
        if (work.Reason is not null) status = "failed";
        else if (work.AlreadyStored || _writtenNow.ContainsKey(work.Hash!)
                 || (!options.Reread && DocumentWriter.StoredVersion(connection, transaction, work.Hash!) == DisclosureWorkflows.ToolVersion))
            status = "stored";
        else
        {
            status = DocumentWriter.StoredVersion(connection, transaction, work.Hash!) is null ? "imported" : "reread";
            DocumentWriter.Write(store.Dialect, connection, transaction, work.Rows!, options.Region);
        }
        connection.Execute(transaction, "UPDATE import_queue SET status = $2, hash = $3, reason = $4, worker = $5, finished_at = $6 WHERE path = $1",
            work.Path, status == "failed" ? "failed" : "done", work.Hash, work.Reason, Worker, YusuanStore.Now());
        return status;
    }

    /// <summary>After the commit: tells the listeners.</summary>
    private void Done(Work work, string status)
    {
        if (status is "imported" or "reread") _writtenNow[work.Hash!] = true;
        FileDone?.Invoke(new ImportOutcome(work.Path, status, work.Hash, work.Reason, work.Pages));
    }

    private ImportSummary Summarize(IReadOnlyList<string> files, int readNow, int joined, TimeSpan elapsed)
    {
        var wanted = files.ToHashSet(StringComparer.Ordinal);
        var queue = store.Connection.Rows(null, "SELECT path, status, hash, reason FROM import_queue").Where(r => wanted.Contains((string)r[0]!)).ToList();
        var documents = store.Connection.Rows(null, "SELECT hash, tables, cells, errors, warnings, infos, joined_into FROM stored_documents")
            .ToDictionary(r => (string)r[0]!, r => r, StringComparer.Ordinal);
        // A part joined with others counts as the document it was joined into.
        var hashes = queue.Where(r => (string)r[1]! == "done" && documents.ContainsKey((string)r[2]!))
            .Select(r => (string?)documents[(string)r[2]!][6] ?? (string)r[2]!).Where(documents.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var counted = hashes.Select(h => documents[h]).ToList();
        int Sum(int i) => counted.Sum(r => Convert.ToInt32(r[i], CultureInfo.InvariantCulture));
        var failures = queue.Where(r => (string)r[1]! == "failed").Select(r => ((string)r[0]!, (string?)r[3] ?? "")).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
        return new ImportSummary(wanted.Count, counted.Count, Sum(1), counted.Sum(r => Convert.ToInt64(r[2], CultureInfo.InvariantCulture)),
            Sum(3), Sum(4), Sum(5), failures, readNow, elapsed) { Joined = joined };
    }
}
