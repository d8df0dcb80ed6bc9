using OpenYusuan.Model;
namespace OpenYusuan.Model;

/// <summary>Section ordinals: 一…九十九 (and ASCII digits) read and written.</summary>
public static class ChineseNumbers
{
    public static int? Parse(string s)
    {
        if (s.Length == 0) return null;
        if (s.All(char.IsAsciiDigit)) return int.TryParse(s, out var n) ? n : null; // no ordinal has ten digits
        const string digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { current = d; continue; }
            if (c == '两') { current = 2; continue; }
            if (c != '十') return null;
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        }
        return total + current;
    }

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (larger numbers in digits).</summary>
    public static string Format(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString();
        if (n < 10) return digits[n].ToString();
        return (n / 10 == 1 ? "" : digits[n / 10].ToString()) + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }
}
