using System.Collections;
using System.Reflection;
using OpenYusuan.Model;

namespace OpenYusuan.Reading;

/// <summary>What every model a reader returns must be, whatever its input said: no null inside a list (JSON's
/// <c>"sections": [null]</c>: the serializer checks properties, not list elements, and every rule assumes a list holds
/// things), and every figure within <see cref="Money"/>'s range (a table figure of 99999999999999999999.99 or
/// 0.0000000000000000000000000001 would overflow a share or underflow a divisor to zero in the audit).</summary>
internal static class ModelCheck
{
    /// <summary>Throws <see cref="UnusableInputException"/> naming the first problem.</summary>
    public static void Check(Disclosure model)
    {
        var path = new List<(string Mark, object Key)> { ("$", "") };
        if (Find(model, path) is { } problem) throw new UnusableInputException(problem);
    }

    // The walk runs on every document: the path is kept as segments and spelled out only for the problem it reports.
    private static string? Find(object value, List<(string Mark, object Key)> path)
    {
        if (path.Count > 64) return null;
        if (value is decimal d)
            return Money.InRange(d) ? null
                : $"{Spelled(path)} 的数值 {Shown(d)} 超出可处理的范围（金额的绝对值须小于 10 的 15 次方，小数不超过 {Money.MaxDecimals} 位）";
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum) return null;
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary)
                if (e.Value is { } v && Within(v, path, (".", e.Key)) is { } found) return found;
            return null;
        }
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is null) return $"JSON 无法解析为披露模型：{Spelled(path)}[{i}] 为 null，此处应是一个对象或值";
                if (Within(item, path, ("[]", i)) is { } found) return found;
                i++;
            }
            return null;
        }
        if (type.Namespace?.StartsWith("OpenYusuan.Model", StringComparison.Ordinal) != true) return null;
        foreach (var property in Properties.GetOrAdd(type, Readable))
            if (property.GetValue(value) is { } v && Within(v, path, (".", property.Name)) is { } found) return found;
        return null;
    }

    private static string? Within(object value, List<(string Mark, object Key)> path, (string Mark, object Key) segment)
    {
        path.Add(segment);
        var found = Find(value, path);
        path.RemoveAt(path.Count - 1);
        return found;
    }

    private static string Spelled(List<(string Mark, object Key)> path) =>
        string.Concat(path.Select(p => p.Mark == "[]" ? $"[{p.Key}]" : p.Mark + p.Key));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    // Only properties that can hold a figure or a list are walked: a string, a count or a flag can hold neither, and
    // reading them by reflection was most of the walk's cost on every document.
    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.SetMethod is not null && MayHold(p.PropertyType)).ToArray();

    private static bool MayHold(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(decimal) || !(t == typeof(string) || t.IsPrimitive || t.IsEnum);
    }

    private static string Shown(decimal d)
    {
        if (Math.Abs(d) == Money.OutOfRange) return "（一个超过 15 位整数的数字）";
        var text = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.Length <= 32 ? text : text[..32] + "…";
    }
}
