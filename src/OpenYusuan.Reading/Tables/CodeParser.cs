using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Tables;

/// <summary>Reads the classification code at the start of a row, printed as one string (2101501),
/// as 类/款/项 groups (210 15 01), or with the 类 (and 款) left blank on 款/项 rows, and completes it
/// from the rows above.</summary>
public sealed partial class CodeParser
{
    private string? _class;
    private string? _section;

    /// <summary>Parses a code at the start of <paramref name="text"/>; returns it and the rest of the line.</summary>
    public bool TryParseLeading(string text, out string code, out string rest)
    {
        code = rest = "";
        var m = Grouped().Match(text);
        if (m.Success && TryCompose(Parts(m), out code))
        {
            rest = text[m.Length..].Trim();
            return true;
        }
        m = Partial().Match(text);
        if (m.Success && TryComposeUnder(Parts(m), out code))
        {
            rest = text[m.Length..].Trim();
            return true;
        }
        return false;
    }

    /// <summary>Composes a code from cells (类, 款, 项), any of which may be blank or already longer.</summary>
    public bool TryFromCells(IReadOnlyList<string> cells, out string code)
    {
        code = "";
        // A 款/项 printed without its leading zero ("2" for 02), as some PDFs do, is padded.
        var parts = cells.Select((c, i) => c.Trim() is { Length: 1 } one && i > 0 && char.IsAsciiDigit(one[0]) ? "0" + one : c.Trim()).ToList();
        if (parts.Any(p => p.Length > 0 && !p.All(char.IsAsciiDigit))) return false;
        if (parts.All(p => p.Length == 0)) return false;
        if (parts[0].Length > 0) return TryCompose(parts.Where(p => p.Length > 0).ToArray(), out code);
        // 类 blank: 款 (and 项) continue the 类 above; 类 and 款 blank: 项 under the 款 above.
        if (parts.Count > 1 && parts[1].Length > 0)
            return _class is not null && TryCompose([_class, .. parts.Skip(1).Where(p => p.Length > 0)], out code);
        return _section is not null && parts.Count > 2 && TryCompose([_section, parts[2]], out code);
    }

    private static string[] Parts(Match m) =>
        m.Groups.Cast<Group>().Skip(1).Select(g => g.Value).Where(v => v.Length > 0).Select((v, i) => i > 0 && v.Length == 1 ? "0" + v : v).ToArray();

    private bool TryComposeUnder(string[] parts, out string code)
    {
        code = "";
        // Two groups (款 项) continue the 类 above; one group is a 项 under the 款 above, else a 款.
        if (parts.Length == 2 && _class is not null) return TryCompose([_class, .. parts], out code);
        if (parts.Length == 1 && _section is not null) return TryCompose([_section, parts[0]], out code);
        if (parts.Length == 1 && _class is not null) return TryCompose([_class, parts[0]], out code);
        return false;
    }

    private bool TryCompose(string[] parts, out string code)
    {
        code = "";
        if (parts.Length == 0 || parts[0].Length is not (3 or 5 or 7) || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var joined = string.Concat(parts);
        if (joined.Length is not (3 or 5 or 7)) return false;
        code = joined;
        _class = code[..3];
        _section = code.Length >= 5 ? code[..5] : null;
        return true;
    }

    // 210 15 01 / 210 15 / 210 / 2101501 / 21015 at line start, followed by space or end. Some PDFs drop the
    // leading zero of a 款/项 ("301 2 津贴补贴"): a one-digit part followed by a name is padded.
    [GeneratedRegex(@"^(\d{7}|\d{5}|\d{3})(?:[ \t]+(\d{2}|\d(?=[ \t]+[^\d\s])))?(?:[ \t]+(\d{2}|\d(?=[ \t]+[^\d\s])))?(?=\s|$)")]
    private static partial Regex Grouped();

    // 15 01 / 01 followed by a name: a row printed with only 款/项 digits.
    [GeneratedRegex(@"^(\d{2})(?:[ \t]+(\d{2}))?(?=\s+[^\d\s])")]
    private static partial Regex Partial();
}
