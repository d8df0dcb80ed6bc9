namespace OpenYusuan.App;

/// <summary>The files a batch command takes from its arguments: a file as given, a folder as the disclosures in it
/// and in its sub-folders (by extension), in a stable order.</summary>
public static class DisclosureFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".txt", ".docx", ".xlsx", ".html", ".htm", ".json"];

    /// <summary>Full paths, each once; a path that is neither a file nor a folder is returned as given, so that the
    /// caller reports it as missing.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in files)
                if (seen.Add(File.Exists(file) ? Path.GetFullPath(file) : file)) found.Add(File.Exists(file) ? Path.GetFullPath(file) : file);
        }
        return found;
    }
}
