using System.Diagnostics;
using BenchmarkDotNet.Running;
using OpenYusuan.Bench;
using OpenYusuan.Reading;

// `--quick`: a timed corpus run that prints figures in seconds (warm, in one process), for a fast look.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*Parse*'`.
if (args.Contains("--phases")) { foreach (var f in Corpus.Texts()) { Console.WriteLine(f); Phases.Run(f); IncomePhases.Run(f); } return 0; }
if (args.Contains("--quick"))
{
    var files = Corpus.Texts().ToList();
    if (files.Count == 0) { Console.Error.WriteLine($"no corpus texts in {Corpus.Folder()}"); return 2; }
    foreach (var f in files)
    {
        var bytes = File.ReadAllBytes(f);
        for (var i = 0; i < 50; i++) DisclosureReader.Read(bytes, f); // warm-up
        const int n = 500;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) DisclosureReader.Read(bytes, f);
        sw.Stop();
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        Console.WriteLine($"{Path.GetFileName(f),-28} parse {sw.Elapsed.TotalMilliseconds / n,8:F3} ms   allocated {allocated / 1024.0,9:F1} KB");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
