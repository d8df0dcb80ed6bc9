using OpenYusuan.Hostile;
using OpenYusuan.Reading.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace OpenYusuan.Audit.Tests.Hostile;

/// <summary>The quick fuzz run of issue 15, part of every test run: 500 inputs generated from a fixed seed
/// (byte mutations of the example in every format and of the small corpus files, and the structural attacks of
/// <see cref="Mutator"/>), each fed to `yusuan audit` (and to parse and render for some). Every one must end with exit
/// 0, 1 or 2, without a stack trace or an internal error, naming the file when refused, and must finish (a hang is
/// reported with the input's number). The long run is `bench --fuzz N` (docs/limits.md).</summary>
public sealed class QuickFuzzTests(ITestOutputHelper output) : TempFolder("quick-fuzz")
{
    private const int Seed = 2025;
    private const int Inputs = 500;

    [Fact]
    public void Generated_hostile_inputs_keep_the_contract()
    {
        if (Repository.Corpus is null) output.WriteLine(SharedFiles.Missing + "：只用示例文件的各种格式作种子");
        var mutator = new Mutator(Seeds.Load(maxCorpusBytes: 200_000), Seed);
        var failures = new List<string>();
        var exits = new int[3];
        for (var i = 0; i < Inputs; i++)
        {
            var index = i;
            var run = Task.Factory.StartNew(() => FuzzTarget.Run(mutator.Next(index), Dir, index), TaskCreationOptions.LongRunning);
            if (!run.Wait(TimeSpan.FromMinutes(2)))
            {
                failures.Add($"input {index} (seed {Seed}): did not finish (hang)");
                break;
            }
            var result = run.Result;
            if (result.Exit is >= 0 and <= 2) exits[result.Exit]++;
            if (result.Verdict != FuzzTarget.Verdict.Ok)
                failures.Add($"input {index} (seed {Seed}, {mutator.Next(index).Name}.{mutator.Next(index).Extension}): {result.Verdict} in {result.Verb}, exit {result.Exit}: {result.Detail}");
        }
        output.WriteLine($"{Inputs} inputs: exit 0 × {exits[0]}, 1 × {exits[1]}, 2 × {exits[2]}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The run reaches all three outcomes: inputs read cleanly, with findings, and refused.
        Assert.True(exits[2] > 0 && exits[0] + exits[1] > 0, $"exit 0 × {exits[0]}, 1 × {exits[1]}, 2 × {exits[2]}");
    }
}
