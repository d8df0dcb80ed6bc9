namespace OpenYusuan.Hostile;

/// <summary>One generated input: a name saying what it attacks, the file extension it is saved under, its bytes.</summary>
public sealed record HostileCase(string Name, string Extension, byte[] Bytes)
{
    /// <summary>Saves the input in <paramref name="folder"/> under a name that says what it is.</summary>
    public string SaveIn(string folder)
    {
        var path = Path.Combine(folder, $"{string.Concat(Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'))}.{Extension}");
        File.WriteAllBytes(path, Bytes);
        return path;
    }
}
