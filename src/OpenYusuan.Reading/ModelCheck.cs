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
        if (Find(model, "$", 0) is { } problem) throw new UnusableInputException(problem);
    }

    private static string? Find(object value, string path, int depth)
    {
        if (depth > 64) return null;
        if (value is decimal d)
            return Money.InRange(d) ? null
                : $"{path} 的数值 {Shown(d)} 超出可处理的范围（金额的绝对值须小于 10 的 15 次方，小数不超过 {Money.MaxDecimals} 位）";
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum) return null;
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
                if (item is null) return $"JSON 无法解析为披露模型：{path}[{i}] 为 null，此处应是一个对象或值";
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

    private static string Shown(decimal d)
    {
        if (Math.Abs(d) == Money.OutOfRange) return "（一个超过 15 位整数的数字）";
        var text = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.Length <= 32 ? text : text[..32] + "…";
    }
}
