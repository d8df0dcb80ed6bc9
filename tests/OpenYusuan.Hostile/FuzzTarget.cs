using OpenYusuan.Cli;

namespace OpenYusuan.Hostile;

/// <summary>Feeds one generated input to the yusuan command in-process (audit always; parse and render to HTML for some)
/// and judges the result by the contract of issue 15: exit 0, 1 or 2; no stack trace; no internal error; a refusal
/// names the file.</summary>
public static class FuzzTarget
{
    public enum Verdict { Ok, InternalError, Crash }

    public sealed record Result(Verdict Verdict, string Verb, int Exit, string Detail);

    /// <summary>Runs the input saved in <paramref name="folder"/>; <paramref name="index"/> picks which verbs besides
    /// audit (parse for every third input, render for every fifth).</summary>
    public static Result Run(HostileCase input, string folder, int index)
    {
        var path = input.SaveIn(folder);
        try
        {
            var result = Check("audit", path, ["audit", path]);
            if (result.Verdict == Verdict.Ok && index % 3 == 0) result = Check("parse", path, ["parse", path]);
            if (result.Verdict == Verdict.Ok && index % 5 == 0) result = Check("render", path, ["render", path, "--to", "html", "-o", path + ".html", "--force"]);
            return result;
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".html");
        }
    }

    private static Result Check(string verb, string path, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try { exit = YusuanApp.Run(args, stdout, stderr); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(Verdict.Crash, verb, -1, $"{e.GetType().Name}: {e.Message}");
        }
        var err = stderr.ToString();
        if (exit is not (0 or 1 or 2) || err.Contains("   at ", StringComparison.Ordinal) || err.Contains("Unhandled exception", StringComparison.Ordinal))
            return new(Verdict.Crash, verb, exit, Shorten(err));
        if (err.Contains("内部错误", StringComparison.Ordinal) || (exit == 2 && !err.Contains(path, StringComparison.Ordinal)))
            return new(Verdict.InternalError, verb, exit, Shorten(err));
        return new(Verdict.Ok, verb, exit, "");
    }

    private static string Shorten(string text) => text.Length <= 600 ? text.Trim() : text[..600].Trim() + "…";
}
