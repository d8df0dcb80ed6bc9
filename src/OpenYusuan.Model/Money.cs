using System.Globalization;

namespace OpenYusuan.Model;

/// <summary>The figures the model holds are money as published: under 10¹⁵ in absolute value (a thousand trillion,
/// in 元 or 万元 — far above any budget) with at most six decimal places. Inside that range no sum, share, rate or
/// rounding slack the audit computes can overflow or divide by a zero that underflowed; a figure outside it is an
/// input error (docs/limits.md), refused when the document is read.</summary>
public static class Money
{
    public const decimal Limit = 1_000_000_000_000_000m;
    public const int MaxDecimals = 6;

    /// <summary>What a printed figure too large for a decimal is read as: out of range, so the document is refused
    /// with the reason instead of failing on an overflow.</summary>
    public const decimal OutOfRange = Limit * 10;

    public static bool InRange(decimal value) => Math.Abs(value) < Limit && value.Scale <= MaxDecimals;

    /// <summary>A printed figure ("1,204.71", "-3.00") within range; false for anything else.</summary>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", "").Replace(" ", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value) && InRange(value);

    /// <summary>A figure a pattern has already recognized as a number: its value, or <see cref="OutOfRange"/> (with its
    /// sign) when it is past the limit or has more digits than a decimal holds — so that the reader's own sums of such
    /// figures cannot overflow before the document is refused for them.</summary>
    public static decimal Parse(string text) =>
        decimal.TryParse(text.Replace(",", "").Replace(" ", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < Limit ? value
        : text.TrimStart().StartsWith('-') ? -OutOfRange : OutOfRange;
}
