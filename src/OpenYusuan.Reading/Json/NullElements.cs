using System.Collections;
using System.Reflection;

namespace OpenYusuan.Reading.Json;

/// <summary>Finds a null inside a list of the model read from JSON (<c>"sections": [null]</c>): the serializer checks
/// nullability of properties but not of list elements, and every rule assumes a list holds things.</summary>
internal static class NullElements
{
    /// <summary>The JSON-ish path of the first null element, or null when there is none.</summary>
    public static string? Find(object model) => Find(model, "$", 0);

    private static string? Find(object value, string path, int depth)
    {
        if (depth > 64) return null;
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum || value is decimal) return null;
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary)
                if (e.Value is { } v && Find(v, $"{path}.{e.Key}", depth + 1) is { } found) return found;
            return null;
        }
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is null) return $"{path}[{i}]";
                if (Find(item, $"{path}[{i}]", depth + 1) is { } found) return found;
                i++;
            }
            return null;
        }
        if (type.Namespace?.StartsWith("OpenYusuan.Model", StringComparison.Ordinal) != true) return null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead || property.SetMethod is null) continue;
            if (property.GetValue(value) is { } v && Find(v, $"{path}.{property.Name}", depth + 1) is { } found) return found;
        }
        return null;
    }
}
