using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenYusuan.Model.Json;

/// <summary>The canonical JSON form of the model (spec/disclosure-json.md), both ways.</summary>
public static class DisclosureJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);
    public static JsonSerializerOptions Compact { get; } = CreateOptions(indented: false);

    public static string Serialize(Disclosure disclosure, bool indented = true) =>
        JsonSerializer.Serialize(disclosure, indented ? Options : Compact);

    public static Disclosure Deserialize(string json) =>
        JsonSerializer.Deserialize<Disclosure>(json, Options) ?? throw new JsonException("JSON 内容为空");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Chinese stays readable in the output; the JSON is still valid UTF-8.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = false,
        };
        options.Converters.Add(new AmountConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
