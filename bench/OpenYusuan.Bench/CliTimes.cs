using System.Diagnostics;

namespace OpenYusuan.Bench;

/// <summary>What a user sees: wall-clock time of `yusuan audit` in a fresh process (start-up included) on one corpus text
/// and each corpus PDF, of 150 texts in one call, and of every PDF (the corpus and the wild corpus) in one call, with
/// `pdftotext -layout` run once per file on the same files in the same run. Peak memory is the process's high-water
/// mark as `/usr/bin/time` reports it. Uses the build `./yusuan` makes (it is run once first so that it is current).</summary>
public static class CliTimes
{
    public static int Run(int rounds)
    {
        var root = Corpus.RepoRoot();
        var dll = Path.Combine(root, ".build", "cli", "yusuan.dll");
        Exec(Path.Combine(root, "yusuan"), ["--version"]);
        if (!File.Exists(dll)) { Console.Error.WriteLine($"{dll} missing: ./yusuan did not build"); return 2; }
        // The self-contained build runs by its own launcher, as ./yusuan runs it; the others through `dotnet`.
        var launcher = Path.Combine(root, ".build", "cli", "yusuan");
        var (exe, first) = File.Exists(Path.Combine(root, ".build", "cli", "yusuan.r2r.dll")) && File.Exists(launcher)
            ? (launcher, Array.Empty<string>()) : ("dotnet", new[] { dll });
        var texts = Corpus.Texts().ToList();
        var pdfs = Corpus.Pdfs().ToList();
        var wild = Directory.Exists(Path.Combine(Corpus.Folder(), "wild"))
            ? Directory.GetFiles(Path.Combine(Corpus.Folder(), "wild"), "*.pdf").Order().ToList() : [];
        Console.WriteLine($"{Environment.ProcessorCount} cores, median of {rounds} runs, wall clock with process start");

        Console.WriteLine($"version only           {Median(rounds, () => Exec(exe, [.. first, "--version"])) * 1000,7:F0} ms");
        foreach (var t in texts.Take(1))
            Console.WriteLine($"audit one text         {Median(rounds, () => Exec(exe, [.. first, "audit", t])) * 1000,7:F0} ms  {Peak(exe, first, t),6} MB  {Path.GetFileName(t)}");
        foreach (var p in pdfs)
            Console.WriteLine($"audit one PDF          {Median(rounds, () => Exec(exe, [.. first, "audit", p])) * 1000,7:F0} ms  {Peak(exe, first, p),6} MB  {Path.GetFileName(p)} ({Pages(p)} pages), pdftotext {Median(rounds, () => Exec("pdftotext", ["-layout", p, "-"])) * 1000:F0} ms");

        if (texts.Count > 0)
        {
            var batch = Enumerable.Range(0, 150).Select(i => texts[i % texts.Count]).ToArray();
            var s = Median(Math.Min(rounds, 3), () => Exec(exe, [.. first, "audit", .. batch]));
            Console.WriteLine($"150 texts, one call    {s,7:F2} s = {s / 150 * 1000:F1} ms per document");
        }
        foreach (var (name, set) in new[] { ("corpus PDFs ×3", pdfs.Concat(pdfs).Concat(pdfs).ToList()), ("wild PDFs", wild) })
        {
            if (set.Count == 0) continue;
            var pages = set.Sum(Pages);
            var ours = Median(Math.Min(rounds, 3), () => Exec(exe, [.. first, "audit", .. set]));
            var theirs = Median(Math.Min(rounds, 3), () => { foreach (var f in set) Exec("pdftotext", ["-layout", f, "-"]); });
            Console.WriteLine($"{name,-22} {set.Count} files, {pages} pages: yusuan {ours:F1} s = {pages / ours:F0} pages/s; pdftotext once per file {theirs:F1} s = {pages / theirs:F0} pages/s; ratio {ours / theirs:F2}×");
        }
        return 0;
    }

    private static int Pages(string pdf)
    {
        using var d = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return d.NumberOfPages;
    }

    /// <summary>Peak resident memory (MB) of one audit run, from GNU time; "–" where it is not installed.</summary>
    private static string Peak(string exe, string[] first, string file)
    {
        if (!File.Exists("/usr/bin/time")) return "–";
        var p = Start("/usr/bin/time", ["-f", "%M", exe, .. first, "audit", file]);
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var last = err.Trim().Split('\n')[^1];
        return long.TryParse(last, out var kb) ? (kb / 1024.0).ToString("F0") : "–";
    }

    private static double Median(int rounds, Action run)
    {
        var times = new List<double>();
        for (var i = 0; i < Math.Max(1, rounds); i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            times.Add(sw.Elapsed.TotalSeconds);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    private static void Exec(string file, string[] args)
    {
        using var p = Start(file, args);
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
    }

    private static Process Start(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }
}
