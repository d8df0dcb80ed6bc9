using System.IO.Compression;
using OpenYusuan.Model;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Store.Import;

/// <summary>A model as the store keeps it: its canonical JSON (spec/disclosure-json.md), gzipped — for the parts of a
/// publication published as several files, which are joined from their models. A whole document keeps only its bytes:
/// its model is read again when asked for (the readers are deterministic), which spares every import the serializing of
/// a model that only `compare` needs.</summary>
public static class StoredModel
{
    public static byte[] Pack(Disclosure model)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
            writer.Write(DisclosureJson.Serialize(model, indented: false));
        return buffer.ToArray();
    }

    public static Disclosure Unpack(byte[] packed)
    {
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return DisclosureJson.Deserialize(reader.ReadToEnd());
    }
}
