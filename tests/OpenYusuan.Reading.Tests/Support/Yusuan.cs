using OpenYusuan.Cli;

namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Runs the yusuan command in-process and captures what it prints.</summary>
public static class Yusuan
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = YusuanApp.Run(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }
}
