using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Tables;

/// <summary>Printed amounts: "1,204.71", "1204.71", "-3.00", "0"; a dash or em-dash for an empty cell.</summary>
public static partial class AmountText
{
    /// <summary>True when the token is an amount; integers count only when <paramref name="allowInteger"/>.</summary>
    public static bool TryParse(string token, bool allowInteger, out decimal value)
    {
        value = 0;
        var m = Amount().Match(token);
        if (!m.Success) return false;
        if (!allowInteger && !m.Groups["frac"].Success && !token.Contains(',')) return false;
        return decimal.TryParse(token.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A printed placeholder for an empty cell.</summary>
    public static bool IsPlaceholder(string token) => token is "-" or "—" or "－" or "--" or "——" or "/";

    /// <summary>Number of decimals printed, or -1 when the token is not an amount with a decimal point.</summary>
    public static int Decimals(string token)
    {
        var m = Amount().Match(token);
        return m.Success && m.Groups["frac"].Success ? m.Groups["frac"].Length - 1 : -1;
    }

    /// <summary>A number cut at a line break ("110." or "149.2" before "10"/"4"): digits after the
    /// point are fewer than the table's precision.</summary>
    public static bool IsFragment(string token, int precision, out int missing)
    {
        missing = 0;
        var m = Fragment().Match(token);
        if (!m.Success) return false;
        missing = precision - m.Groups["frac"].Length;
        return missing > 0;
    }

    public static bool IsDigits(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(?<frac>\.\d+)?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)\.(?<frac>\d*)$")]
    private static partial Regex Fragment();
}
