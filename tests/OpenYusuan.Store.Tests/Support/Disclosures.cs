using OpenYusuan.Reading.Tests.Support;

namespace OpenYusuan.Store.Tests.Support;

/// <summary>Hand-made inputs from the bundled example: the same consistent budget under other department names (so each
/// has its own bytes and entity), and files that cannot be read.</summary>
public static class Disclosures
{
    private static readonly string[] Names = ["财政局", "教育局", "民政局", "司法局", "水务局", "商务局", "审计局", "林业局", "统计局", "医保局", "体育局", "档案局"];

    public static string ExampleText => File.ReadAllText(SharedFiles.Example);

    /// <summary>The example as the budget of 示例市{name}: every mention of the entity renamed.</summary>
    public static string Budget(string name) => ExampleText.Replace("示例市财政局", "示例市" + name);

    /// <summary><paramref name="count"/> distinct budgets written into <paramref name="dir"/> (sub-folders included, to
    /// exercise the recursive walk); returns their paths.</summary>
    public static List<string> WriteBudgets(string dir, int count)
    {
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = Names[i % Names.Length] + (i >= Names.Length ? (i / Names.Length + 1).ToString() : "");
            var folder = Path.Combine(dir, i % 2 == 0 ? "" : "units");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"budget-{i:00}.txt");
            File.WriteAllText(path, Budget(name));
            paths.Add(path);
        }
        return paths;
    }
}
