using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The consistent example changed in a few places, written into a test's folder, read and audited: how the
/// rule tests make their one-problem variants.</summary>
public static class ExampleVariant
{
    /// <summary>The example with <paramref name="from"/> (first found after <paramref name="after"/>) replaced by
    /// <paramref name="to"/>, written to <paramref name="dir"/>; the model, its path and the 1-based line of the change.</summary>
    public static (Disclosure Document, string Path, int Line) Read(string dir, string after, string from, string to)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        var start = text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, after);
        var at = text.IndexOf(from, start, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        var path = Write(dir, text[..at] + to + text[(at + from.Length)..]);
        return (DisclosureReader.Read(path), path, text[..at].Count(c => c == '\n') + 1);
    }

    /// <summary>The example with each <c>From</c> (found exactly once) replaced, audited.</summary>
    public static IReadOnlyList<Finding> Audit(string dir, params (string From, string To)[] changes)
    {
        var text = File.ReadAllText(SharedFiles.Example);
        foreach (var (from, to) in changes)
        {
            Assert.Equal(1, text.Split(from).Length - 1);
            text = text.Replace(from, to);
        }
        var path = Write(dir, text);
        return new Auditor().Audit(DisclosureReader.Read(path), path).Findings;
    }

    private static string Write(string dir, string text)
    {
        var path = Path.Combine(dir, $"example-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
