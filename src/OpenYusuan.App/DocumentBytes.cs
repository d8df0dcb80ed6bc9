using System.Security.Cryptography;

namespace OpenYusuan.App;

/// <summary>A document as it arrived: its bytes and the name it came under (a path, an upload's file name). The
/// workflows never open a path themselves; whoever has the bytes — the CLI, the importer, the web app — hands them in.</summary>
public sealed record DocumentBytes(string Name, byte[] Bytes)
{
    private string? _hash;

    /// <summary>The SHA-256 of the bytes in lower-case hex: the document's key in the store.</summary>
    public string Hash => _hash ??= Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>A file given by its path (the CLI's inputs): refused with a Chinese reason when it is no regular file or too
    /// large.</summary>
    public static DocumentBytes FromFile(string path) => new(path, OpenYusuan.Reading.DisclosureReader.FileBytes(path));

    /// <summary>Reads a whole stream (an upload, a file) into memory.</summary>
    public static DocumentBytes FromStream(Stream stream, string name)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new DocumentBytes(name, copy.ToArray());
    }
}
