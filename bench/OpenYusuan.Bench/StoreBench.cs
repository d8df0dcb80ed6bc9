using System.Diagnostics;
using System.Globalization;
using OpenYusuan.App;
using OpenYusuan.App.Synthetic;
using OpenYusuan.Store;
using OpenYusuan.Store.Import;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Bench;

/// <summary>`--store [N] [--pg CONN] [--keep DIR]`: generates N synthetic documents (SyntheticCorpus, from the example),
/// then measures on this machine: parse + audit of the files without a store (sequential, as `yusuan audit` does, and
/// on every core), `import` into a fresh DuckDB file (documents/s), a re-run of the import (nothing to read), and the
/// latency of each report and a few queries over the whole store (best of 5, warm). With --pg, the same import and
/// reports on PostgreSQL. Figures go to docs/store.md.</summary>
public static class StoreBench
{
    public static int Run(string[] args)
    {
        var count = args.SkipWhile(a => a != "--store").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault() is > 0 and var c ? c : 10_000;
        var pg = args.SkipWhile(a => a != "--pg").Skip(1).FirstOrDefault();
        var keep = args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault();
        var root = keep ?? Directory.CreateTempSubdirectory("yusuan-store-bench-").FullName;
        var corpus = Path.Combine(root, "corpus");
        Console.WriteLine($"store bench: {count} documents, {Environment.ProcessorCount} cores, in {root}");

        IReadOnlyList<string> files;
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(corpus) && File.Exists(Path.Combine(corpus, "manifest.tsv")))
            files = File.ReadLines(Path.Combine(corpus, "manifest.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Take(count).ToList();
        else
        {
            files = new SyntheticCorpus(SyntheticCorpus.Example(Corpus.Example())).Write(corpus, count);
            Console.WriteLine($"generated {files.Count} documents in {clock.Elapsed.TotalSeconds:F1} s ({files.Count / clock.Elapsed.TotalSeconds:F1} docs/s); {files.Sum(f => new FileInfo(f).Length) / 1024 / 1024} MB");
        }

        // The baseline: what `yusuan audit` does with the same files, without a store.
        var sample = files.Take(Math.Min(files.Count, 1000)).ToList();
        var workflows = new DisclosureWorkflows();
        foreach (var f in sample.Take(20)) workflows.Check(new DocumentBytes(f, File.ReadAllBytes(f)));
        clock.Restart();
        foreach (var f in sample) workflows.Check(new DocumentBytes(f, File.ReadAllBytes(f)));
        var sequential = sample.Count / clock.Elapsed.TotalSeconds;
        clock.Restart();
        Parallel.ForEach(sample, f => workflows.Check(new DocumentBytes(f, File.ReadAllBytes(f))));
        var parallel = sample.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"parse + audit, no store ({sample.Count} docs): sequential {sequential:F1} docs/s, parallel {parallel:F1} docs/s");

        Backend("DuckDB", StoreLocation.Resolve(Path.Combine(root, "bench.duckdb")), files, fresh: true);
        if (pg is not null) Backend("PostgreSQL", StoreLocation.Resolve(pg), files, fresh: false);
        if (keep is null) Directory.Delete(root, recursive: true);
        return 0;
    }

    private static void Backend(string name, StoreLocation location, IReadOnlyList<string> files, bool fresh)
    {
        if (fresh && File.Exists(location.Target)) File.Delete(location.Target);
        var clock = Stopwatch.StartNew();
        ImportSummary summary;
        using (var store = YusuanStore.Open(location))
            summary = new Importer(store, new ImportOptions()).Run(files);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name} import: {summary.Documents} documents, {summary.Cells} cells, {summary.Errors} errors, {summary.Failures.Count} failures in {seconds:F1} s = {summary.ReadNow / seconds:F1} docs/s");
        clock.Restart();
        using (var store = YusuanStore.Open(location))
            new Importer(store, new ImportOptions()).Run(files);
        Console.WriteLine($"{name} import again (all stored): {clock.Elapsed.TotalSeconds:F1} s");
        if (location.Backend == StoreBackend.DuckDb) Console.WriteLine($"{name} file: {new FileInfo(location.Target).Length / 1024 / 1024} MB");

        using var reader = YusuanStore.Open(location, readOnly: true);
        foreach (var report in StoreReports.Names)
            foreach (var by in new[] { new[] { "entity", "year" }, ["year"] })
                Time($"report {report} --by {string.Join(',', by)}", () => StoreReports.Run(reader, report, by).Rows.Count);
        var entity = (string)reader.Connection.Scalar(null, "SELECT entity FROM documents ORDER BY entity LIMIT 1")!;
        Time($"history {entity}", () => EntityHistory.Of(reader, entity).Lines.Rows.Count);
        Time("query: cells of one code, all documents", () => StoreQuery.Run(reader, "SELECT entity, year, value FROM cells WHERE table_kind = 'general_budget_expense' AND code = '2010601' AND col = 'total'").Rows.Count);
        Time("query: findings by rule", () => StoreQuery.Run(reader, "SELECT rule, COUNT(*) FROM findings GROUP BY rule ORDER BY 2 DESC").Rows.Count);
    }

    private static void Time(string what, Func<int> run)
    {
        var rows = run();
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {what}: {best.ToString("F0", CultureInfo.InvariantCulture)} ms ({rows} rows)");
    }
}
