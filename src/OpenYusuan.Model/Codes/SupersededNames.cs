using System.Reflection;

namespace OpenYusuan.Model.Codes;

/// <summary>Classification names a later revision renamed (文化体育与传媒支出 → 文化旅游体育与传媒支出 in 2019 …), from the
/// embedded superseded_names.csv (sources in Data/SOURCE.md).</summary>
public static class SupersededNames
{
    /// <summary>One renaming: <see cref="Old"/> is not the name of <see cref="Code"/> from <see cref="RenamedIn"/> on.</summary>
    public sealed record Renaming(string Code, string Level, string Old, string Current, int RenamedIn);

    public static IReadOnlyList<Renaming> All { get; } = Load();

    /// <summary>The renaming whose old name is <paramref name="name"/> (spaces and bracket width ignored), or null.</summary>
    public static Renaming? OfOldName(string name)
    {
        var key = ClassificationList.NormalizeName(name);
        return All.FirstOrDefault(r => ClassificationList.NormalizeName(r.Old) == key);
    }

    private static List<Renaming> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("superseded_names.csv")
            ?? throw new InvalidOperationException("missing embedded resource superseded_names.csv");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: code,level,old_name,current_name,renamed_in,source
        var list = new List<Renaming>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',', 6);
            if (f.Length < 5 || f[0].Length == 0) continue;
            list.Add(new Renaming(f[0], f[1], f[2], f[3], int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return list;
    }
}
