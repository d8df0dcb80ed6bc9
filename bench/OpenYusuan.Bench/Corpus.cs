namespace OpenYusuan.Bench;

/// <summary>Finds ../shared/corpus beside the checkout (or OPENYUSUAN_SHARED).</summary>
public static class Corpus
{
    public static string Folder()
    {
        var env = Environment.GetEnvironmentVariable("OPENYUSUAN_SHARED");
        if (env is not null) return Path.Combine(env, "corpus");
        return Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "corpus"));
    }

    /// <summary>The bundled example disclosure of the repository.</summary>
    public static string Example() => Path.Combine(RepoRoot(), "examples", "example-budget-2025.txt");

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenYusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? ".";
    }

    public static IEnumerable<string> Texts() => Files("*.txt");

    public static IEnumerable<string> Pdfs() => Files("*.pdf");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.Exists(Folder())
            ? Directory.GetFiles(Folder(), pattern).Order().Where(f => Environment.GetEnvironmentVariable("YS_ONLY") is not { } only || Path.GetFileName(f).StartsWith(only))
            : [];
}
