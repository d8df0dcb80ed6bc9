using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Figures in the cells of a table whose columns are known: any decimal, grouped or not, integers too
/// (an Excel "General" cell prints 50830 or 270.7), a figure whose glyphs came out as separate words
/// ("174,900 .64") joined again; "-", "—" and "/" are empty cells.</summary>
public static partial class GridFigures
{
    public static bool TryParse(string cell, out decimal value, out string printed)
    {
        value = 0;
        printed = Joined(cell);
        if (!Amount().IsMatch(printed)) return false;
        return decimal.TryParse(printed.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A figure cell that begins with the end of the label to its left, which a PDF printed past the rule
    /// ("1、人员经费和公用经费支" | "出 2,022.39"): the spilled words, then the figure, apart.</summary>
    public static bool TrySplitSpill(string cell, out string spill, out decimal value)
    {
        spill = "";
        value = 0;
        var m = Spilled().Match(cell.Trim());
        if (!m.Success || !TryParse(m.Groups[2].Value, out value, out _)) return false;
        spill = m.Groups[1].Value;
        return true;
    }

    /// <summary>A cell that can only be a figure: decimals, or thousands separators (a bare integer might be a code).</summary>
    public static bool IsAmountLike(string cell)
    {
        var t = Joined(cell);
        return Amount().IsMatch(t) && (t.Contains('.') || t.Contains(','));
    }

    public static bool IsPlaceholder(string cell) => cell.Trim() is "-" or "—" or "－" or "--" or "——" or "/" or "—-" or "/ ";

    /// <summary>The cell without the spaces a PDF puts between a figure's pieces.</summary>
    private static string Joined(string cell)
    {
        var t = cell.Trim();
        return t.Contains(' ') && Pieces().IsMatch(t) ? t.Replace(" ", "") : t;
    }

    [GeneratedRegex(@"^-?\d+(,\d{3})*(\.\d+)?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^([^\d\s,.\-]{1,4})\s+(-?[\d,. ]*\d)$")]
    private static partial Regex Spilled();

    [GeneratedRegex(@"^[\d,.\- ]+$")]
    private static partial Regex Pieces();
}
