using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenYusuan.Model.Json;

/// <summary>For the few decimals that are counts or scores, not money (an indicator's weight): a JSON number.</summary>
public sealed class NumberConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? decimal.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
