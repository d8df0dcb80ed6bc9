using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenYusuan.Model;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Reading.Json;

/// <summary>Reads the canonical JSON form (spec/disclosure-json.md) back into the model.</summary>
public static class JsonDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path)
    {
        Disclosure model;
        try
        {
            model = DisclosureJson.Deserialize(Encoding.UTF8.GetString(bytes));
        }
        catch (JsonException e)
        {
            throw new UnusableInputException($"JSON 无法解析为披露模型：{e.Message}");
        }
        if (NullElements.Find(model) is { } at)
            throw new UnusableInputException($"JSON 无法解析为披露模型：{at} 为 null，此处应是一个对象或值");
        if (model.Schema != Disclosure.SchemaName)
            throw new UnusableInputException($"JSON 的 schema 为“{model.Schema}”，应为“{Disclosure.SchemaName}”");
        return model with { Source = new SourceInfo(path, "json", Convert.ToHexStringLower(SHA256.HashData(bytes))) };
    }
}
