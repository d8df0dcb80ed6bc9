using OpenYusuan.Model;
using OpenYusuan.Reading;

namespace OpenYusuan.Cli.Commands;

/// <summary>How the commands that read one disclosure and write one file handle their files: an input that cannot be
/// used, or an output that cannot be written, gets one line on stderr naming the file and the problem (the caller
/// then exits 2), never a stack trace.</summary>
internal static class CommandFiles
{
    /// <summary>The disclosure, or null after saying why it cannot be used (<paramref name="consequence"/> is appended).</summary>
    public static Disclosure? Read(string path, TextWriter stderr, string consequence = "")
    {
        try { return DisclosureReader.Read(path); }
        catch (UnusableInputException e)
        {
            stderr.WriteLine($"yusuan: {path}: {e.Message}{consequence}");
            return null;
        }
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
            stderr.WriteLine($"yusuan: {target}: 无法写出：{e.Message}");
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine($"yusuan: {target}: {e.Message}");
        }
        return false;
    }
}
