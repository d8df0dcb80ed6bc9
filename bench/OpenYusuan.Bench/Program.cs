using System.Diagnostics;
using BenchmarkDotNet.Running;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Bench;
using OpenYusuan.Reading;

// `--quick [--texts]`: a timed corpus run that prints figures (warm, in one process): parse, and parse + audit, per text
//   and PDF (texts only with --texts).
// `--batch N`: parse + audit N documents in one process (the corpus texts in turn), sequential and parallel.
// `--phases`: where parse time goes, per reading stage.
// `--pdf [R]`: pages per second of parse + audit over all corpus PDFs (parallel across files, one process),
//   beside `pdftotext -layout` run once per file on the same files, wall time, R rounds.
// `--render`: rendering time per format (html, docx, xlsx, pdf) for each corpus document and the example.
// `--cli [R]`: what users see — `yusuan audit` in fresh processes (one text, each PDF), 150 texts and all PDFs in one
//   call, with pdftotext once per file beside it (CliTimes).
// `--mutate FILE|DIR…`: the share of one-cell table changes the audit flags (CellMutation).
// `--fuzz N [--seed S] [--out DIR]`: the long fuzz run of hostile inputs (Fuzz, docs/limits.md): crashes, hangs, peak memory.
if (args.Contains("--cli")) return CliTimes.Run(args.SkipWhile(a => a != "--cli").Skip(1).Select(a => int.TryParse(a, out var r) ? r : 0).FirstOrDefault() is > 0 and var n ? n : 5);
if (args.Contains("--fuzz-worker")) return Fuzz.Worker(args);
if (args.Contains("--fuzz")) return Fuzz.Run(args);
// `--store [N] [--pg CONN]`: the store at scale (StoreBench): a synthetic corpus of N documents (default 10,000),
//   import into DuckDB (documents/s, beside parse + audit of the same files), and each report's latency.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*'`.
if (args.Contains("--store")) return StoreBench.Run(args);
if (args.Contains("--mutate")) return CellMutation.Run(args.SkipWhile(a => a != "--mutate").Skip(1));
if (args.Contains("--pdf")) return PdfThroughput.Run(Corpus.Pdfs().ToList(), args.SkipWhile(a => a != "--pdf").Skip(1).Select(a => int.TryParse(a, out var r) ? r : 0).FirstOrDefault() is > 0 and var rounds ? rounds : 30);
if (args.Contains("--render")) return RenderTimes.Run(Corpus.Texts().Concat(Corpus.Pdfs().Where(p => p.Contains("budget"))).Append(Corpus.Example()).Where(File.Exists));
if (args.Contains("--phases")) { foreach (var f in Corpus.Texts()) { Console.WriteLine(f); Phases.Run(f); IncomePhases.Run(f); } return 0; }
var files = Corpus.Texts().ToList();
if ((args.Contains("--quick") || args.Contains("--batch")) && files.Count == 0)
{
    Console.Error.WriteLine($"no corpus texts in {Corpus.Folder()}");
    return 2;
}
if (args.Contains("--quick"))
{
    var auditor = new Auditor();
    foreach (var f in files.Concat(args.Contains("--texts") ? [] : Corpus.Pdfs()))
    {
        var bytes = File.ReadAllBytes(f);
        for (var i = 0; i < 300; i++) auditor.Audit(DisclosureReader.Read(bytes, f), f); // warm-up, past tiered JIT
        const int n = 500;
        var (parseMs, parseKb) = Measure(n, () => DisclosureReader.Read(bytes, f));
        var (bothMs, bothKb) = Measure(n, () => auditor.Audit(DisclosureReader.Read(bytes, f), f));
        Console.WriteLine($"{Path.GetFileName(f),-28} parse {parseMs,7:F3} ms {parseKb,8:F0} KB   parse+audit {bothMs,7:F3} ms {bothKb,8:F0} KB");
    }
    return 0;
}
if (args.Contains("--batch"))
{
    var count = int.Parse(args[Array.IndexOf(args, "--batch") + 1]);
    var inputs = files.Select(File.ReadAllBytes).ToList();
    var auditor = new Auditor();
    foreach (var b in inputs) auditor.Audit(DisclosureReader.Read(b, "warm"), "warm");
    var sw = Stopwatch.StartNew();
    var findings = 0;
    for (var i = 0; i < count; i++) findings += auditor.Audit(DisclosureReader.Read(inputs[i % inputs.Count], $"doc{i}"), $"doc{i}").Findings.Count;
    var sequential = sw.Elapsed.TotalSeconds;
    sw.Restart();
    Parallel.For(0, count, i => auditor.Audit(DisclosureReader.Read(inputs[i % inputs.Count], $"doc{i}"), $"doc{i}"));
    var parallel = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"batch of {count} documents: sequential {sequential:F2} s ({count / sequential:F0} docs/s), " +
        $"parallel on {Environment.ProcessorCount} cores {parallel:F2} s ({count / parallel:F0} docs/s), {findings} findings");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;

static (double Ms, double Kb) Measure(int n, Action action)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < n; i++) action();
    return (sw.Elapsed.TotalMilliseconds / n, (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / n);
}
