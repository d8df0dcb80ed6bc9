using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>Every verb answers --help; --version prints the version; help text is kept as snapshots.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("help-root.txt", new[] { "--help" })]
    [InlineData("help-parse.txt", new[] { "parse", "--help" })]
    [InlineData("help-audit.txt", new[] { "audit", "--help" })]
    [InlineData("help-rules.txt", new[] { "rules", "--help" })]
    [InlineData("help-render.txt", new[] { "render", "--help" })]
    public void Help_is_stable(string snapshot, string[] args)
    {
        var result = Yusuan.Run(args);
        Assert.Equal(0, result.Exit);
        // In-process the executable is the test host; the real command is named yusuan.
        Snapshot.Match(snapshot, result.Out.Replace("testhost", "yusuan"));
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var result = Yusuan.Run("--version");
        Assert.Equal(0, result.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", result.Out);
    }
}
