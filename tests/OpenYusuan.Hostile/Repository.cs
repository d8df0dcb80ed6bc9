namespace OpenYusuan.Hostile;

/// <summary>The checkout (found from the running assembly) and the files the generators start from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Example => Path.Combine(Root, "examples", "example-budget-2025.txt");

    /// <summary>../shared/corpus beside the checkout (or $OPENYUSUAN_SHARED/corpus), null when absent.</summary>
    public static string? Corpus
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("OPENYUSUAN_SHARED") ?? Path.Combine(Root, "..", "shared");
            var corpus = Path.GetFullPath(Path.Combine(shared, "corpus"));
            return Directory.Exists(corpus) ? corpus : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(Environment.GetEnvironmentVariable("OPENYUSUAN_ROOT") ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenYusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (OpenYusuan.slnx) not found");
    }
}
