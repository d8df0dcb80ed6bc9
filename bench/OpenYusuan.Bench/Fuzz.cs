using System.Diagnostics;
using OpenYusuan.Hostile;

namespace OpenYusuan.Bench;

/// <summary>The long fuzz run of issue 15: `--fuzz N [--seed S] [--out DIR]` feeds N generated inputs (Mutator: byte
/// mutations of the example and the corpus in every format, and structural attacks) to the yusuan command and reports
/// inputs tried, crashes, hangs, internal errors and peak memory. The inputs run in a worker process
/// (`--fuzz-worker S FROM TO`) watched from here: a worker that dies is a crash of the input it was on, one silent for
/// 60 s a hang, one past 2 GB resident a memory failure; each is killed, its input saved to DIR, and a new worker goes
/// on from the next input. Peak memory is the largest resident set (VmHWM) any worker reached.</summary>
public static class Fuzz
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private const long MemoryKill = 2L << 30;

    public static int Run(string[] args)
    {
        var count = int.Parse(args[Array.IndexOf(args, "--fuzz") + 1]);
        var seed = Option(args, "--seed") is { } s ? int.Parse(s) : 15;
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "yusuan-fuzz");
        Directory.CreateDirectory(output);
        var watch = Stopwatch.StartNew();
        int tried = 0, crashes = 0, hangs = 0, memory = 0, internals = 0, workers = 0;
        var exits = new int[3];
        long peak = 0;
        var next = 0;
        var failures = new List<string>();
        while (next < count)
        {
            workers++;
            using var worker = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
            {
                ArgumentList = { typeof(Fuzz).Assembly.Location, "--fuzz-worker", seed.ToString(), next.ToString(), count.ToString() },
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            worker.ErrorDataReceived += (_, _) => { };
            worker.BeginErrorReadLine();
            var current = next;
            var lastProgress = Stopwatch.StartNew();
            var reader = worker.StandardOutput;
            string? failure = null;
            var line = reader.ReadLineAsync();
            while (true)
            {
                if (line.Wait(TimeSpan.FromMilliseconds(250)))
                {
                    var text = line.Result;
                    if (text is null) { failure = worker.WaitForExit(5000) && worker.ExitCode == 0 ? null : "crash"; break; }
                    lastProgress.Restart();
                    var parts = text.Split('\t');
                    if (parts[0] == "start") current = int.Parse(parts[1]);
                    else if (parts[0] == "done")
                    {
                        tried++;
                        next = current + 1;
                        var exit = int.Parse(parts[3]);
                        if (exit is >= 0 and <= 2) exits[exit]++;
                        if (parts[2] != "Ok")
                        {
                            if (parts[2] == "Crash") crashes++; else internals++;
                            failures.Add($"{current}\t{parts[2]}\t{parts[4]}\t{parts[5]}");
                            Save(seed, current, output);
                        }
                        if (tried % 500 == 0) Progress(tried, count, crashes, hangs, memory, internals, peak, watch);
                    }
                    line = reader.ReadLineAsync();
                }
                peak = Math.Max(peak, Resident(worker.Id, "VmHWM"));
                if (Resident(worker.Id, "VmRSS") > MemoryKill) { failure = "memory"; break; }
                if (lastProgress.Elapsed > Hang) { failure = "hang"; break; }
            }
            peak = Math.Max(peak, Resident(worker.Id, "VmHWM"));
            if (failure is null) continue;
            if (!worker.HasExited) { worker.Kill(entireProcessTree: true); worker.WaitForExit(); }
            tried++;
            next = current + 1;
            if (failure == "crash") crashes++; else if (failure == "hang") hangs++; else memory++;
            failures.Add($"{current}\t{failure}");
            Save(seed, current, output);
        }
        Progress(tried, count, crashes, hangs, memory, internals, peak, watch);
        Console.WriteLine($"exit codes: 0 × {exits[0]}, 1 × {exits[1]}, 2 × {exits[2]}; {workers} worker process(es); inputs in {output}");
        foreach (var f in failures.Take(50)) Console.WriteLine("  " + f);
        File.WriteAllLines(Path.Combine(output, "failures.tsv"), failures);
        return crashes + hangs + memory + internals == 0 ? 0 : 1;
    }

    /// <summary>The worker: inputs FROM..TO-1 of the seed, one line before and after each.</summary>
    public static int Worker(string[] args)
    {
        var at = Array.IndexOf(args, "--fuzz-worker");
        var (seed, from, to) = (int.Parse(args[at + 1]), int.Parse(args[at + 2]), int.Parse(args[at + 3]));
        var mutator = new Mutator(Seeds.Load(), seed);
        var folder = Directory.CreateTempSubdirectory("yusuan-fuzz-").FullName;
        try
        {
            for (var i = from; i < to; i++)
            {
                Console.Out.WriteLine($"start\t{i}");
                Console.Out.Flush();
                FuzzTarget.Result result;
                try { result = FuzzTarget.Run(mutator.Next(i), folder, i); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A generator that cannot make its input is the harness's bug, reported as such, not the reader's.
                    result = new(FuzzTarget.Verdict.Crash, "generate", -1, $"{e.GetType().Name}: {e.Message}");
                }
                Console.Out.WriteLine($"done\t{i}\t{result.Verdict}\t{result.Exit}\t{result.Verb}\t{result.Detail.Replace('\n', ' ').Replace('\t', ' ')}");
                Console.Out.Flush();
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
        return 0;
    }

    private static void Save(int seed, int index, string output)
    {
        try { new Mutator(Seeds.Load(), seed).Next(index).SaveIn(output); }
        catch (Exception e) { Console.Error.WriteLine($"could not save input {index}: {e.Message}"); }
    }

    private static void Progress(int tried, int count, int crashes, int hangs, int memory, int internals, long peak, Stopwatch watch) =>
        Console.WriteLine($"{tried}/{count} inputs in {watch.Elapsed.TotalSeconds:F0} s ({tried / Math.Max(1, watch.Elapsed.TotalSeconds):F1}/s): " +
            $"{crashes} crashes, {hangs} hangs (60 s), {memory} over 2 GB, {internals} internal errors; peak resident {peak / 1024 / 1024} MB");

    /// <summary>A /proc/PID/status figure in bytes (0 where /proc is not there or the process is gone).</summary>
    private static long Resident(int pid, string field)
    {
        try
        {
            foreach (var l in File.ReadLines($"/proc/{pid}/status"))
                if (l.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(l[(field.Length + 1)..].Trim().Split(' ')[0]) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return 0;
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is >= 0 and var i && i + 1 < args.Length ? args[i + 1] : null;
}
