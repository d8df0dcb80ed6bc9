using Xunit;

namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Compares output with a checked-in expected file under tests/…/Snapshots. Run with
/// UPDATE_SNAPSHOTS=1 to rewrite the files after an intended change, then review the diff.</summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(SharedFiles.RepoRoot, "tests", "OpenYusuan.Reading.Tests", "Snapshots", name);
        actual = actual.Replace("\r\n", "\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") != "1")
                Assert.Fail($"snapshot {name} did not exist; it was written — review and commit it");
            return;
        }
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
