using OpenYusuan.App;
using OpenYusuan.Model;
using OpenYusuan.Reading;

namespace OpenYusuan.Cli.Commands;

/// <summary>How the commands that read one disclosure and write one file handle their files: an input that cannot be
/// used, or an output that cannot be written, gets one line on stderr naming the file and the problem (the caller
/// then exits 2), never a stack trace.</summary>
internal static class CommandFiles
{
    /// <summary>The disclosure, or null after saying why it cannot be used (<paramref name="consequence"/> is appended).
    /// This is every verb's one failure path for reading a document: a refusal (<see cref="UnusableInputException"/>,
    /// the time budget and every limit included) and, as the last guard, a reader's own bug, each one line naming the file.</summary>
    public static Disclosure? Read(string path, TextWriter stderr, string consequence = "")
    {
        try { return DisclosureWorkflows.Read(DocumentBytes.FromFile(path)); }
        catch (UnusableInputException e)
        {
            stderr.WriteLine($"yusuan: {path}: {e.Message}{consequence}");
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            InternalError(path, "读取", e, stderr);
            return null;
        }
    }

    /// <summary>Runs the work done on one document after it was read (audit, drafting, rendering); a failure is that
    /// document's (exit 2 with one line), never a stack trace.</summary>
    public static int Guard(string path, string what, TextWriter stderr, Func<int> work)
    {
        try { return work(); }
        catch (UnusableInputException e)
        {
            stderr.WriteLine($"yusuan: {path}: {e.Message}");
            return YusuanApp.Unusable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            InternalError(path, what, e, stderr);
            return YusuanApp.Unusable;
        }
    }

    /// <summary>One line for a bug (its stack trace only with YUSUAN_DEBUG=1).</summary>
    public static void InternalError(string path, string what, Exception e, TextWriter stderr)
    {
        stderr.WriteLine($"yusuan: {path}: {what}失败（内部错误 {e.GetType().Name}：{e.Message}），请报告此问题");
        if (Environment.GetEnvironmentVariable("YUSUAN_DEBUG") == "1") stderr.WriteLine(e);
    }

    private static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["html"] = [".html", ".htm"], ["docx"] = [".docx"], ["xlsx"] = [".xlsx"], ["pdf"] = [".pdf"], ["json"] = [".json"], ["text"] = [".txt"], ["sarif"] = [".sarif", ".json"],
    };

    /// <summary>Whether <paramref name="target"/> may receive a <paramref name="format"/> file: not one of the inputs (a
    /// render or an annotation must never overwrite what it was made from, whatever --force says), not a directory, and
    /// named for what it will hold (a PDF written into x.html opens as garbage). False after saying why.</summary>
    public static bool CheckTarget(string target, string format, IEnumerable<string> inputs, TextWriter stderr)
    {
        var full = Path.GetFullPath(target);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            stderr.WriteLine($"yusuan: {target}: 输出文件就是输入文件，不能覆盖原文件；请换一个输出路径");
            return false;
        }
        if (Directory.Exists(target))
        {
            stderr.WriteLine($"yusuan: {target}: 这是一个目录，不是输出文件；请给出文件名（如 {Path.Combine(target, "out" + Extensions.GetValueOrDefault(format, [""])[0])}）");
            return false;
        }
        if (Extensions.TryGetValue(format, out var allowed) && !allowed.Contains(Path.GetExtension(target).ToLowerInvariant()))
        {
            stderr.WriteLine($"yusuan: {target}: 输出格式是 {format}，文件名应以 {string.Join(" 或 ", allowed)} 结尾");
            return false;
        }
        return true;
    }

    /// <summary>Writes what <paramref name="content"/> produces; false after saying why it could not be written (a
    /// renderer's own refusal, such as a missing CJK font, included).</summary>
    public static bool Write(string target, Func<byte[]> content, TextWriter stderr)
    {
        try
        {
            File.WriteAllBytes(target, content());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"yusuan: {target}: 无法写出：{FailureWording.Of(e)}");
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine($"yusuan: {target}: {e.Message}");
        }
        return false;
    }
}
