using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenYusuan.Model.Json;

/// <summary>Amounts travel as JSON strings holding a plain decimal, so the printed precision survives
/// ("1.20" stays "1.20"; decimal keeps its scale). Numbers are accepted on input for convenience.</summary>
public sealed class AmountConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetDecimal();
        var s = reader.GetString();
        if (s is null || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
            throw new JsonException($"金额应为纯数字字符串，实为 \"{s}\"");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
