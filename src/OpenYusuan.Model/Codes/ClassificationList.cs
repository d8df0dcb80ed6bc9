using System.Reflection;

namespace OpenYusuan.Model.Codes;

/// <summary>An observed code list (支出功能分类 or 经济分类) loaded from the embedded reference CSV.
/// The lists are incomplete: an unknown code is not an error by itself.</summary>
public sealed class ClassificationList
{
    private readonly Dictionary<string, CodeEntry> _byCode;
    // Every code a (normalized) name stands for, in list order (the first is the name's code): the lookups by name are per
    // claim and per row.
    private readonly Dictionary<string, List<string>> _codesByName = new();

    private ClassificationList(IEnumerable<CodeEntry> entries)
    {
        _byCode = entries.ToDictionary(e => e.Code);
        foreach (var e in _byCode.Values)
            foreach (var name in e.Variants.Prepend(e.Name))
            {
                var key = NormalizeName(name);
                if (!_codesByName.TryGetValue(key, out var codes)) _codesByName[key] = codes = [];
                if (!codes.Contains(e.Code)) codes.Add(e.Code);
            }
    }

    /// <summary>Every code whose canonical or variant name is <paramref name="name"/>, in list order.</summary>
    public IReadOnlyList<string> CodesOfName(string name) => _codesByName.GetValueOrDefault(NormalizeName(name)) ?? [];

    public static ClassificationList Functional { get; } = Load("functional_classification.csv");
    // The observed list, then the 类 of both economic classifications as the 2024 科目 define them (the observed list
    // lacks most 政府预算支出经济分类 类, which 收支总表 of some regions list on a side of their own).
    public static ClassificationList Economic { get; } = Load("economic_classification.csv", "economic_classes.csv");

    public IEnumerable<CodeEntry> Entries => _byCode.Values;

    public CodeEntry? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Code whose canonical or variant name is <paramref name="name"/> (ignoring spaces and bracket width).</summary>
    public string? CodeOfName(string name) => CodesOfName(name) is [var first, ..] ? first : null;

    /// <summary>The code beginning with <paramref name="first"/> whose name is <paramref name="name"/>: names shared by the
    /// 部门 (3xx) and 政府 (5xx) economic classifications (对企业补助, 其他支出) told apart by the side they are listed on.</summary>
    public string? CodeOfName(string name, char first)
    {
        return CodesOfName(name).Where(c => c[0] == first).OrderBy(c => c.Length).FirstOrDefault();
    }

    /// <summary>The one code of the given length whose name starts with <paramref name="prefix"/> (a name cut where
    /// its cell wrapped), or null when none or several do.</summary>
    public string? CodeOfNamePrefix(string prefix, int codeLength)
    {
        var p = NormalizeName(prefix);
        if (p.Length < 4) return null;
        var codes = _codesByName.Where(kv => kv.Value[0].Length == codeLength && kv.Key.StartsWith(p, StringComparison.Ordinal))
            .Select(kv => kv.Value[0]).Distinct().Take(2).ToList();
        return codes.Count == 1 ? codes[0] : null;
    }

    /// <summary>Every name the code has been printed with, canonical first.</summary>
    public IEnumerable<string> NamesOf(string code) =>
        _byCode.TryGetValue(code, out var e) ? e.Variants.Prepend(e.Name) : [];

    public static string NormalizeName(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            chars.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }
        return chars.ToString();
    }

    private static ClassificationList Load(params string[] resources)
    {
        var rows = new List<(string Code, string Level, string Name, string? Parent)>();
        foreach (var resource in resources)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"missing embedded resource {resource}");
            using var reader = new StreamReader(stream);
            reader.ReadLine(); // header: code,level,name,parent_code,source
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split(',', 5);
                if (f.Length < 4 || f[0].Length == 0) continue;
                // A CONFLICT row is another document's misnumbering, not a name of this code.
                if (f.Length == 5 && f[4].Contains("[CONFLICT")) continue;
                rows.Add((f[0], f[1], f[2], f[3].Length == 0 ? null : f[3]));
            }
        }
        // The first row of a code is canonical; later rows are variants (or conflicts) of its name.
        return new ClassificationList(rows.GroupBy(r => r.Code).Select(g =>
        {
            var first = g.First();
            return new CodeEntry(first.Code, first.Level, first.Name, first.Parent,
                g.Skip(1).Select(r => r.Name).Distinct().ToList());
        }));
    }
}
