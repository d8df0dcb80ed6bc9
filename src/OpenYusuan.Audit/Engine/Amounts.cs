using System.Globalization;

namespace OpenYusuan.Audit.Engine;

/// <summary>Comparisons of printed figures, allowing only what rounding to the printed precision explains:
/// a figure compared with the sum of n printed figures may differ by n × p/2 (spec: Findings).</summary>
public static class Amounts
{
    public enum Outcome { Equal, Rounding, Different }

    public static Outcome Compare(decimal expected, decimal actual, int operands, decimal step)
    {
        var diff = Math.Abs(expected - actual);
        if (diff == 0) return Outcome.Equal;
        return diff <= Math.Max(1, operands) * step / 2 ? Outcome.Rounding : Outcome.Different;
    }

    /// <summary>The unit of the last printed digit of the figures (0.01 for two decimals).</summary>
    public static decimal Step(IEnumerable<decimal> printed)
    {
        var scale = printed.Select(v => (int)((decimal.GetBits(v)[3] >> 16) & 0xFF)).DefaultIfEmpty(2).Max();
        return 1m / (decimal)Math.Pow(10, scale);
    }

    public static string Show(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "（空）";

    /// <summary>"1.83 + 0.41" — the operands of a sum, as printed.</summary>
    public static string Sum(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "无" : string.Join(" + ", list.Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }
}
