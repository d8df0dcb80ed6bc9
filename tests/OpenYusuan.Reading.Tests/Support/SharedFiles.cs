namespace OpenYusuan.Reading.Tests.Support;

/// <summary>Locates the repository and ../shared (corpus, truth) from the test's output folder.
/// Corpus tests skip with a message when ../shared is not beside the checkout.</summary>
public static class SharedFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("OPENYUSUAN_SHARED");
            var dir = env ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(dir, "corpus")) ? dir : null;
        }
    }

    public const string Missing = "../shared/corpus 不在仓库旁边，跳过语料测试（set OPENYUSUAN_SHARED to run them）";

    public static string Corpus(string name) => Path.Combine(Shared!, "corpus", name);

    /// <summary>A file of ../shared/corpus/wild; the calling test is skipped with a message when it is absent.</summary>
    public static string Wild(string name)
    {
        Xunit.Skip.If(Shared is null, Missing);
        var path = Corpus(Path.Combine("wild", name));
        Xunit.Skip.If(!File.Exists(path), $"{path} 不在语料中，跳过");
        return path;
    }

    public static string CorpusByPrefix(string prefix) =>
        Directory.GetFiles(Path.Combine(Shared!, "corpus"), prefix + "*").Single();

    public static string Truth(string id) => Path.Combine(Shared!, "truth", id + ".json");

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>The variant fixtures in the source tree (for test projects that do not copy them).</summary>
    public static IReadOnlyList<string> VariantTexts() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "tests", "OpenYusuan.Reading.Tests", "Fixtures", "Variants"), "*.txt").Order().ToList();

    public static string Example => Path.Combine(RepoRoot, "examples", "example-budget-2025.txt");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenYusuan.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (OpenYusuan.slnx) not found");
    }
}
