using System.Globalization;

namespace OpenYusuan.Audit.Engine;

/// <summary>Comparisons of printed figures, allowing only what rounding to the printed precision explains:
/// a figure compared with the sum of n printed figures may differ by n × p/2 (spec: Findings), where each figure
/// brings its own precision — a cell printed as an integer ("1234567") half a unit, one with two decimals half a cent.</summary>
public static class Amounts
{
    public enum Outcome { Equal, Rounding, Different }

    public static Outcome Compare(decimal expected, decimal actual, int operands, decimal step)
    {
        var diff = Math.Abs(expected - actual);
        if (diff == 0) return Outcome.Equal;
        return diff <= Math.Max(1, operands) * step / 2 ? Outcome.Rounding : Outcome.Different;
    }

    /// <summary>Compares a printed figure with the sum of <paramref name="operands"/> printed figures; the envelope is each
    /// figure's own half step (<see cref="Envelope"/>).</summary>
    public static Outcome Compare(decimal expected, decimal actual, int operands, IEnumerable<decimal> printed)
    {
        var diff = Math.Abs(expected - actual);
        if (diff == 0) return Outcome.Equal;
        return diff <= Envelope(printed.Append(expected), operands) ? Outcome.Rounding : Outcome.Different;
    }

    /// <summary>What rounding of the printed figures can move a comparison: n half steps of the finest precision, plus,
    /// for every figure printed coarser (an integer among two-decimal cells), the extra half step it brings. A zero is
    /// exact whatever its print.</summary>
    public static decimal Envelope(IEnumerable<decimal> printed, int operands)
    {
        var halves = printed.Where(v => v != 0).Select(v => 0.5m / (decimal)Math.Pow(10, Places(v))).ToList();
        var fine = halves.Count == 0 ? 0.005m : halves.Min();
        return Math.Max(1, operands) * fine + halves.Sum(h => h - fine);
    }

    /// <summary>A rate printed cut at its last digit instead of rounded (95.457 → 95.45): a habit of some software, which
    /// the audit reports as rounding, not as a contradiction.</summary>
    public static bool IsCut(decimal stated, decimal exact)
    {
        var unit = (decimal)Math.Pow(10, Places(stated));
        return stated == Math.Truncate(exact * unit) / unit;
    }

    /// <summary>How many decimal places a figure was printed with (its scale: 12.50 → 2).</summary>
    public static int Places(decimal v) => (decimal.GetBits(v)[3] >> 16) & 0xFF;

    /// <summary>The unit of the last printed digit of the figures (0.01 for two decimals).</summary>
    public static decimal Step(IEnumerable<decimal> printed)
    {
        var scale = printed.Select(Places).DefaultIfEmpty(2).Max();
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
