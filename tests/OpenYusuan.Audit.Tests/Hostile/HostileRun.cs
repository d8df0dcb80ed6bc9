using OpenYusuan.Hostile;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Hostile;

/// <summary>Runs a verb of the yusuan command on a generated input and checks the contract every input is owed: an exit
/// code of 0, 1 or 2, never a stack trace or an internal error, one line naming the file when it is refused, and (for the
/// inputs that drove memory without bound) under 1 GB allocated.</summary>
internal static class HostileRun
{
    public const long MemoryBound = 1L << 30;

    /// <summary>What the verb printed and how much the reading thread allocated.</summary>
    public sealed record Outcome(int Exit, string Out, string Err, long Allocated);

    public static Outcome Run(HostileCase input, string folder, params string[] verb)
    {
        var path = input.SaveIn(folder);
        string[] args = [.. verb.Select(a => a.Replace("{in}", path).Replace("{dir}", folder))];
        if (!args.Contains(path)) args = [.. args, path];
        // A hang fails the test with the input's name instead of stopping the suite; the work itself runs on one thread,
        // so its allocations are counted there.
        var run = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = Yusuan.Run(args);
            return new Outcome(result.Exit, result.Out, result.Err, GC.GetAllocatedBytesForCurrentThread() - before);
        }, TaskCreationOptions.LongRunning);
        Assert.True(run.Wait(TimeSpan.FromMinutes(5)), $"{input.Name}: yusuan {string.Join(' ', verb)} did not finish (hang)");
        var outcome = run.Result;
        Assert.True(outcome.Exit is 0 or 1 or 2, $"{input.Name}: exit {outcome.Exit}\n{outcome.Err}");
        Assert.DoesNotContain("内部错误", outcome.Err);
        Assert.DoesNotContain("   at ", outcome.Err);
        if (outcome.Exit == 2) Assert.Contains(path, outcome.Err);
        Assert.True(outcome.Allocated < MemoryBound, $"{input.Name}: allocated {outcome.Allocated / 1024 / 1024} MB");
        return outcome;
    }

    /// <summary>parse, then audit: both keep the contract; the refusal (if any) is the same.</summary>
    public static Outcome ParseAndAudit(HostileCase input, string folder)
    {
        var parse = Run(input, folder, "parse");
        var audit = Run(input, folder, "audit");
        Assert.Equal(parse.Exit == 2, audit.Exit == 2);
        return audit;
    }
}
