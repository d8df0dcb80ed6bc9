using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenYusuan.Model.Json;

/// <summary>The canonical JSON form of the model (spec/disclosure-json.md), both ways.</summary>
public static class DisclosureJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);
    public static JsonSerializerOptions Compact { get; } = CreateOptions(indented: false);

    /// <summary>Reading: a null where the model has no null (a list, a name) is an error in the input, not a model
    /// with a hole that a rule would trip over later. The canonical form never writes a null.</summary>
    private static JsonSerializerOptions Reading { get; } = CreateOptions(indented: false, strict: true);

    public static string Serialize(Disclosure disclosure, bool indented = true) =>
        JsonSerializer.Serialize(disclosure, indented ? Options : Compact);

    public static Disclosure Deserialize(string json) =>
        JsonSerializer.Deserialize<Disclosure>(json, Reading) ?? throw new JsonException("JSON 内容为空");

    private static JsonSerializerOptions CreateOptions(bool indented, bool strict = false)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Chinese stays readable in the output; the JSON is still valid UTF-8.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = strict,
        };
        options.Converters.Add(new AmountConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
