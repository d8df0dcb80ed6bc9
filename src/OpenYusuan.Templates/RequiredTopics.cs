using System.Text.Json.Serialization;

namespace OpenYusuan.Templates;

/// <summary>What every department's explanation must speak of, whatever its template numbers its parts
/// (Data/required-topics.json): a topic and the words that show it was written about.</summary>
public sealed partial record RequiredTopic(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
    [property: JsonPropertyName("whole_only")] bool WholeOnly = false)
{
    private sealed record Data(
        [property: JsonPropertyName("budget")] IReadOnlyList<RequiredTopic> Budget,
        [property: JsonPropertyName("final")] IReadOnlyList<RequiredTopic> Final);

    private static readonly Lazy<Data> Loaded = new(() => TableFamily.Load("required-topics.json", TopicsJson.Default.Data));

    [JsonSerializable(typeof(Data))]
    private sealed partial class TopicsJson : JsonSerializerContext;

    /// <summary>The topics of a budget, or of a 决算 when <paramref name="final"/>.</summary>
    public static IReadOnlyList<RequiredTopic> For(bool final) => final ? Loaded.Value.Final : Loaded.Value.Budget;
}
