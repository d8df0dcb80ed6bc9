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
            throw new UnusableInputException($"JSON 无法解析为披露模型：{FailureWording.Of(e)}");
        }
        if (model.Schema != Disclosure.SchemaName)
            throw new UnusableInputException($"JSON 的 schema 为“{model.Schema}”，应为“{Disclosure.SchemaName}”");
        // A table's lists as the model has them: a one-sided table has rows, a two-sided one its two sides (JSON may
        // leave them out or write null where a table has none).
        var tables = model.Tables.Select(t => TableKinds.IsTwoSided(t.Kind)
            ? t with { Income = t.Income ?? [], Expense = t.Expense ?? [] }
            : t with { Rows = t.Rows ?? [] }).ToList();
        return model with { Tables = tables, Source = new SourceInfo(path, "json", Convert.ToHexStringLower(SHA256.HashData(bytes))) };
    }
}
