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
    public void A_bare_yusuan_shows_the_help_in_chinese()
    {
        var result = Yusuan.Run();
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("说明：", result.Out);
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Commands:", "Show help" })
            Assert.DoesNotContain(english, result.Out);
    }

    [Theory]
    [InlineData(new[] { "template", "--year", "abc", "-o", "x.xlsx" }, "选项 --year 的值“abc”不是整数")]
    [InlineData(new[] { "audit", "--format", "xml", "x.txt" }, "取值“xml”无效，可选：text、json、html")]
    [InlineData(new[] { "audit" }, "命令 audit 缺少必需的参数")]
    [InlineData(new[] { "render", "x.txt", "-o", "y.html" }, "缺少必需的选项 --to")]
    [InlineData(new[] { "frob" }, "无法识别的命令或参数“frob”")]
    public void Argument_errors_are_said_in_chinese(string[] args, string said)
    {
        var result = Yusuan.Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Contains(said, result.Err);
        Assert.DoesNotMatch("[A-Z][a-z]+ [a-z]+ (was|is|for|not) ", result.Err);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var result = Yusuan.Run("--version");
        Assert.Equal(0, result.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", result.Out);
    }
}
