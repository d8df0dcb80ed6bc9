namespace OpenYusuan.Reading.Text;

/// <summary>Parses section ordinals: 一…九十九 and ASCII digits.</summary>
public static class ChineseNumbers
{
    public static int? Parse(string s)
    {
        if (s.Length == 0) return null;
        if (s.All(char.IsAsciiDigit)) return int.Parse(s);
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
}
