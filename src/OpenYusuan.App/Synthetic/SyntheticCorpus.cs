using System.Globalization;
using OpenYusuan.Model;
using OpenYusuan.Reading;
using OpenYusuan.Rendering;
using OpenYusuan.Rendering.Drafting;

namespace OpenYusuan.App.Synthetic;

/// <summary>Makes a corpus of many disclosures from one consistent model (the bundled example), for scale tests and the
/// store benchmark: each document gets its own entity (region × department), year and size (every table figure
/// multiplied by a whole factor, which keeps every identity exact), its explanation redrafted from its tables, and is
/// rendered to HTML, DOCX or XLSX. A share of them carry one seeded error — one leaf figure changed, so that a sum no
/// longer holds — listed in the manifest with where it is. The same seed gives the same documents (DOCX and XLSX
/// packages differ only in the time stamps of their zip entries).</summary>
public sealed class SyntheticCorpus(Disclosure template, int seed = 17)
{
    private static readonly string[] Regions =
    [
        "东川区", "西岭县", "南湖区", "北关区", "青山县", "白河市", "金沙区", "玉泉县", "长乐区", "安平县",
        "永宁区", "新城区", "临江市", "桃源县", "石门区", "宁远县", "清河区", "丰台镇", "龙泉区", "云溪县",
    ];

    private static readonly string[] Departments =
    [
        "财政局", "教育局", "民政局", "司法局", "水务局", "商务局", "审计局", "林业局", "统计局", "医疗保障局",
        "体育局", "档案局", "科学技术局", "农业农村局", "交通运输局", "文化和旅游局", "卫生健康委员会", "应急管理局",
        "市场监督管理局", "生态环境局", "自然资源局", "住房和城乡建设局", "人力资源和社会保障局", "退役军人事务局", "信访局",
    ];

    /// <summary>One generated document: its file name, bytes and what was seeded into it (null: none).</summary>
    public sealed record Item(string Name, byte[] Bytes, string Entity, int Year, int Scale, string Format, string? SeededError);

    private readonly string _oldEntity = template.Entity ?? "";
    private readonly int _oldYear = template.Year ?? 2025;

    /// <summary>The i-th document (independent of the others, so documents can be made in parallel).</summary>
    public Item Make(int index, double errorShare = 0.2)
    {
        // Not HashCode.Combine: it is randomized per process, and the corpus must be the same on every run.
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var entity = Regions[index % Regions.Length] + Departments[index / Regions.Length % Departments.Length];
        var year = 2019 + index / (Regions.Length * Departments.Length) % 8;
        var scale = random.Next(1, 41);
        var format = random.NextDouble() switch { < 0.7 => "html", < 0.9 => "docx", _ => "xlsx" };
        var model = Rename(Scaled(template, scale), entity, year);
        string? seeded = null;
        // The explanation is drafted from the clean tables; the error is seeded afterwards, as a typo in one table.
        model = new NarrativeDrafter(model).Apply();
        if (random.NextDouble() < errorShare) (model, seeded) = SeedError(model, random);
        var bytes = Renderer.Render(model, format);
        return new Item($"{entity}-{year}-{index:00000}.{format}", bytes, entity, year, scale, format, seeded);
    }

    /// <summary>Writes <paramref name="count"/> documents under <paramref name="folder"/> (one sub-folder per year) and a
    /// manifest.tsv; returns the items' paths.</summary>
    public IReadOnlyList<string> Write(string folder, int count, double errorShare = 0.2)
    {
        var paths = new string[count];
        var lines = new string[count];
        Parallel.For(0, count, i =>
        {
            var item = Make(i, errorShare);
            var dir = Path.Combine(folder, item.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            paths[i] = Path.Combine(dir, item.Name);
            File.WriteAllBytes(paths[i], item.Bytes);
            lines[i] = string.Join('\t', paths[i], item.Entity, item.Year, item.Scale, item.Format, item.SeededError ?? "");
        });
        File.WriteAllLines(Path.Combine(folder, "manifest.tsv"), ["path\tentity\tyear\tscale\tformat\tseeded_error", .. lines]);
        return paths;
    }

    /// <summary>The bundled example, read from its text.</summary>
    public static Disclosure Example(string examplePath) => DisclosureReader.Read(examplePath);

    private static Disclosure Scaled(Disclosure d, int k)
    {
        if (k == 1) return d;
        IReadOnlyDictionary<string, decimal>? Times(IReadOnlyDictionary<string, decimal>? v) => v?.ToDictionary(p => p.Key, p => p.Value * k);
        IReadOnlyList<TableRow>? Rows(IReadOnlyList<TableRow>? rows) => rows?.Select(r => r with { Values = Times(r.Values)! }).ToList();
        return d with
        {
            Tables = d.Tables.Select(t => t with
            {
                Rows = Rows(t.Rows), Totals = Times(t.Totals), Income = Rows(t.Income), Expense = Rows(t.Expense),
                ExpenseByPurpose = Rows(t.ExpenseByPurpose), ExpenseByEconomic = Rows(t.ExpenseByEconomic),
                IncomeTotal = t.IncomeTotal * k, ExpenseTotals = Times(t.ExpenseTotals),
            }).ToList(),
        };
    }

    private Disclosure Rename(Disclosure d, string entity, int year)
    {
        string R(string s) => s.Replace(_oldEntity, entity).Replace(_oldYear.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture))
            .Replace((_oldYear - 1).ToString(CultureInfo.InvariantCulture), (year - 1).ToString(CultureInfo.InvariantCulture));
        Section S(Section s) => s with { Title = R(s.Title), Text = R(s.Text), Subsections = s.Subsections.Select(S).ToList(), Claims = [], Marks = null };
        return d with
        {
            Entity = entity, Year = year,
            Toc = d.Toc.Select(t => t with { Title = R(t.Title) }).ToList(),
            Sections = d.Sections.Select(S).ToList(),
            Tables = d.Tables.Select(t => t with { Title = t.Title is null ? null : R(t.Title) }).ToList(),
        };
    }

    /// <summary>One leaf figure (a 项 row of the 一般公共预算支出表) raised by 1.00: its 款 and 类 no longer add up.</summary>
    private static (Disclosure, string?) SeedError(Disclosure d, Random random)
    {
        var table = d.Table(TableKinds.GeneralBudgetExpense);
        var leaves = table?.Rows?.Where(r => r.Code is { Length: 7 } && r.Values.ContainsKey("total")).ToList() ?? [];
        if (table is null || leaves.Count == 0) return (d, null);
        var leaf = leaves[random.Next(leaves.Count)];
        var changed = table with { Rows = table.Rows!.Select(r => r == leaf ? r with { Values = new Dictionary<string, decimal>(r.Values) { ["total"] = r.Values["total"] + 1m } } : r).ToList() };
        return (d with { Tables = d.Tables.Select(t => t == table ? changed : t).ToList() }, $"general_budget_expense {leaf.Code} total +1.00");
    }
}
