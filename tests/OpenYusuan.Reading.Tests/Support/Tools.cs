using System.Diagnostics;

namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Runs a program the tests use (pdftotext, pdftoppm, Chromium, LibreOffice) and waits for it; a program
/// still running at the time limit is killed and the test fails with a TimeoutException.</summary>
public static class Tools
{
    public sealed record Result(int ExitCode, string Err);

    public static Result Run(string program, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalSeconds:F0} s");
        }
        return new Result(p.ExitCode, err.Result);
    }
}
