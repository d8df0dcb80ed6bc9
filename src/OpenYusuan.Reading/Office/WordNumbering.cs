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

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id) continue;
            _abstracts[id] = a.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(
                l => l.LevelIndex!.Value,
                l => new Level(l.StartNumberingValue?.Val?.Value ?? 1, l.NumberingFormat?.Val?.InnerText ?? "decimal", l.LevelText?.Val?.Value ?? ""));
        }
        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is not { } id || n.AbstractNumId?.Val?.Value is not { } abs) continue;
            var overrides = n.Elements<LevelOverride>().Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
            _instances[id] = (abs, overrides);
        }
        foreach (var s in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (s.StyleId?.Value is { } sid && s.StyleParagraphProperties?.NumberingProperties is { } np && np.NumberingId?.Val?.Value is { } nid)
                _styles[sid] = (nid, np.NumberingLevelReference?.Val?.Value ?? 0);
    }

    /// <summary>The label for this paragraph, advancing the counters, or "" when it is not numbered.</summary>
    public string Label(Paragraph p)
    {
        var props = p.ParagraphProperties;
        (int NumId, int Level)? reference = props?.NumberingProperties is { NumberingId.Val.Value: var id } np
            ? (id, np.NumberingLevelReference?.Val?.Value ?? 0)
            : props?.ParagraphStyleId?.Val?.Value is { } style && _styles.TryGetValue(style, out var s) ? s : null;
        if (reference is not { NumId: > 0 } r || !_instances.TryGetValue(r.NumId, out var instance)
            || !_abstracts.TryGetValue(instance.AbstractId, out var levels) || !levels.TryGetValue(r.Level, out var level))
            return "";
        var counters = _counters.TryGetValue(instance.AbstractId, out var c) ? c : _counters[instance.AbstractId] = new int[10];
        counters[r.Level] = instance.Overrides.TryGetValue(r.Level, out var start) && _overridden.Add(r.NumId * 16 + r.Level) ? start
            : counters[r.Level] == 0 ? level.Start
            : counters[r.Level] + 1;
        for (var k = r.Level + 1; k < counters.Length; k++) counters[k] = 0;
        if (level.Format == "bullet" || level.Format == "none") return "";
        var text = level.Text;
        for (var k = 0; k <= r.Level && k < 9; k++)
            if (levels.TryGetValue(k, out var lk))
                text = text.Replace($"%{k + 1}", Format(Math.Max(counters[k], lk.Start), lk.Format));
        return text;
    }

    private static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "japaneseCounting" or "chineseLegalSimplified" => ChineseNumbers.Format(n),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperRoman" => Roman(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
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
