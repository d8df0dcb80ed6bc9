using OpenYusuan.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Office;

/// <summary>The label Word draws before an automatically numbered paragraph ("一、", "（二）", "3."), which is not
/// in the paragraph's text but carries the document's structure. Counters follow Word: they belong to the abstract
/// list, a list instance with a start override restarts its level the first time it is used, and a level's count
/// restarts when a higher level advances.</summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> Overrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _abstracts = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styles = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _overridden = [];

    private sealed record Level(int Start, string Format, string Text);

    /// <summary>Word's levels are 0–8 and its numbers 0–32767: a level or a start outside them (a level 15, a list
    /// numbered from 2·10⁹) is the file's error, ignored or clamped rather than trusted as an index or a size.</summary>
    private const int Levels = 9;
    private const int MaxNumber = 32767;

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = Part(() => main.NumberingDefinitionsPart?.Numbering);
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
            {
                if (Int(a.AbstractNumberId) is not { } id) continue;
                _abstracts[id] = a.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()
                    .Select(l => (Index: Int(l.LevelIndex), Level: l)).Where(l => l.Index is >= 0 and < Levels)
                    .DistinctBy(l => l.Index).ToDictionary(l => l.Index!.Value, l => new Level(
                        Math.Clamp(Int(l.Level.StartNumberingValue?.Val) ?? 1, 0, MaxNumber),
                        l.Level.NumberingFormat?.Val?.InnerText ?? "decimal", l.Level.LevelText?.Val?.InnerText ?? ""));
            }
            foreach (var n in numbering.Elements<NumberingInstance>())
            {
                if (Int(n.NumberID) is not { } id || Int(n.AbstractNumId?.Val) is not { } abs) continue;
                var overrides = n.Elements<LevelOverride>()
                    .Select(o => (Index: Int(o.LevelIndex), Start: Int(o.StartOverrideNumberingValue?.Val)))
                    .Where(o => o.Index is >= 0 and < Levels && o.Start is not null).DistinctBy(o => o.Index)
                    .ToDictionary(o => o.Index!.Value, o => Math.Clamp(o.Start!.Value, 0, MaxNumber));
                _instances[id] = (abs, overrides);
            }
        }
        foreach (var s in Part(() => main.StyleDefinitionsPart?.Styles)?.Elements<Style>() ?? [])
            if (s.StyleId?.Value is { } sid && s.StyleParagraphProperties?.NumberingProperties is { } np && Int(np.NumberingId?.Val) is { } nid)
                _styles[sid] = (nid, Int(np.NumberingLevelReference?.Val) ?? 0);
    }

    /// <summary>An attribute's number, or null when it is missing or not a number (the SDK's typed value would throw).</summary>
    private static int? Int(DocumentFormat.OpenXml.OpenXmlSimpleType? value) =>
        int.TryParse(value?.InnerText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A part the document's relationships name: one the package does not hold is read as absent (the
    /// numbering then draws no labels) rather than failing the document.</summary>
    private static T? Part<T>(Func<T?> load) where T : class
    {
        try { return load(); }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                      or InvalidOperationException or KeyNotFoundException or IOException)
        {
            return null;
        }
    }

    /// <summary>The label for this paragraph, advancing the counters, or "" when it is not numbered.</summary>
    public string Label(Paragraph p)
    {
        var props = p.ParagraphProperties;
        (int NumId, int Level)? reference = props?.NumberingProperties is { } np && Int(np.NumberingId?.Val) is { } id
            ? (id, Int(np.NumberingLevelReference?.Val) ?? 0)
            : props?.ParagraphStyleId?.Val?.Value is { } style && _styles.TryGetValue(style, out var s) ? s : null;
        if (reference is not { NumId: > 0, Level: >= 0 and < Levels } r || !_instances.TryGetValue(r.NumId, out var instance)
            || !_abstracts.TryGetValue(instance.AbstractId, out var levels) || !levels.TryGetValue(r.Level, out var level))
            return "";
        var counters = _counters.TryGetValue(instance.AbstractId, out var c) ? c : _counters[instance.AbstractId] = new int[Levels];
        counters[r.Level] = instance.Overrides.TryGetValue(r.Level, out var start) && _overridden.Add(r.NumId * 16 + r.Level) ? start
            : counters[r.Level] == 0 ? level.Start
            : Math.Min(counters[r.Level] + 1, MaxNumber);
        for (var k = r.Level + 1; k < counters.Length; k++) counters[k] = 0;
        if (level.Format == "bullet" || level.Format == "none") return "";
        var text = level.Text;
        for (var k = 0; k <= r.Level; k++)
            if (levels.TryGetValue(k, out var lk))
                text = text.Replace($"%{k + 1}", Format(Math.Max(counters[k], lk.Start), lk.Format));
        return text;
    }

    private static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "japaneseCounting" or "chineseLegalSimplified" => ChineseNumbers.Format(n),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperRoman" when n is >= 1 and < 4000 => Roman(n),
        "lowerRoman" when n is >= 1 and < 4000 => Roman(n).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        _ => n.ToString(),
    };

    private static string Roman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= value) { sb.Append(symbol); n -= value; }
        return sb.ToString();
    }
}
