using System.Globalization;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Findings;
using OpenYusuan.Store.Import;

namespace OpenYusuan.Store.Queries;

/// <summary>`yusuan history ENTITY`: one entity's stored disclosures of one kind over the years — each table's lines side
/// by side (the table's main column, in 万元) with the change between the last two years — and the check no single
/// document allows: every "上年" figure a year's explanation states (given, or implied by its 比上年增加/减少) against what
/// the previous year's disclosure printed for the same 科目 or “三公” item (rule YS0507).</summary>
public static class EntityHistory
{
    public sealed record Result(string Entity, string Kind, IReadOnlyList<int> Years, ResultTable Lines, IReadOnlyList<YearFinding> Findings);

    /// <summary>A YS0507 finding with the year whose document states the figure.</summary>
    public sealed record YearFinding(int Year, string Document, Finding Finding);

    private static readonly string[] ThreePublicItems = ["abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation"];

    public static Result Of(YusuanStore store, string entity, string kind = "budget")
    {
        var name = Resolve(store, entity);
        var documents = store.Connection.Rows(null,
                "SELECT year, hash, name FROM stored_documents WHERE entity = $1 AND kind = $2 AND year IS NOT NULL ORDER BY year, read_at DESC, hash", name, kind)
            .GroupBy(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => ((string)g.First()[1]!, (string)g.First()[2]!));
        if (documents.Count == 0)
            throw new StoreException($"库中没有“{name}”的{(kind == "final" ? "决算" : "预算")}文件");
        var years = documents.Keys.Order().ToList();
        var cells = years.ToDictionary(y => y, y => Cells(store, documents[y].Item1));
        return new Result(name, kind, years, SideBySide(years, cells), Check(store, kind, years, documents, cells));
    }

    /// <summary>The stored entity name: the exact one, else the only one containing the text.</summary>
    private static string Resolve(YusuanStore store, string entity)
    {
        var wanted = DocumentWriter.EntityName(entity) ?? entity;
        if (store.Connection.Count("SELECT COUNT(*) FROM stored_documents WHERE entity = $1", wanted) > 0) return wanted;
        var like = store.Connection.Rows(null, "SELECT DISTINCT entity FROM stored_documents WHERE entity LIKE $1 ORDER BY entity", "%" + wanted + "%")
            .Select(r => (string)r[0]!).ToList();
        return like.Count switch
        {
            1 => like[0],
            0 => throw new StoreException($"库中没有主体“{entity}”（可用 yusuan query \"SELECT name FROM entities\" 查看）"),
            _ => throw new StoreException($"“{entity}”对应多个主体，请写全名：{string.Join("、", like.Take(10))}{(like.Count > 10 ? " 等" : "")}"),
        };
    }

    private sealed record Cell(string Table, string Side, string Key, string? Name, string Column, decimal Wan);

    private static List<Cell> Cells(YusuanStore store, string hash) =>
        store.Connection.Rows(null,
                "SELECT table_kind, side, COALESCE(code, item, project, name), name, col, value, money_unit, line FROM stored_cells WHERE document = $1 ORDER BY table_kind, line", hash)
            .Select(r => new Cell((string)r[0]!, (string)r[1]!, (string?)r[2] ?? "", (string?)r[3], (string)r[4]!,
                (string?)r[6] == "元" ? Convert.ToDecimal(r[5], CultureInfo.InvariantCulture) / 10000m : Convert.ToDecimal(r[5], CultureInfo.InvariantCulture)))
            .ToList();

    private static readonly string[] MainColumns = ["total", "amount", "final"];

    private static ResultTable SideBySide(List<int> years, Dictionary<int, List<Cell>> cells)
    {
        // Each table's main column: the first of total / amount / final it has.
        var main = cells.Values.SelectMany(c => c).GroupBy(c => c.Table)
            .ToDictionary(g => g.Key, g => MainColumns.FirstOrDefault(m => g.Any(c => c.Column == m)) ?? g.First().Column);
        var order = new List<(string Table, string Side, string Key)>();
        var names = new Dictionary<(string, string, string), string?>();
        var values = new Dictionary<(string, string, string, int), decimal>();
        foreach (var year in years)
            foreach (var c in cells[year].Where(c => c.Column == main[c.Table]))
            {
                var key = (c.Table, c.Side, c.Key);
                if (!names.ContainsKey(key)) { order.Add(key); names[key] = c.Name; }
                values.TryAdd((c.Table, c.Side, c.Key, year), c.Wan);
            }
        var rows = order.OrderBy(k => k.Table, StringComparer.Ordinal).Select(k =>
        {
            var row = new List<object?> { k.Table, k.Key, names[k] };
            row.AddRange(years.Select(y => values.TryGetValue((k.Table, k.Side, k.Key, y), out var v) ? (object)v : null));
            decimal? last = years.Count > 0 && values.TryGetValue((k.Table, k.Side, k.Key, years[^1]), out var l) ? l : null;
            decimal? before = years.Count > 1 && values.TryGetValue((k.Table, k.Side, k.Key, years[^2]), out var b) ? b : null;
            row.Add(last is { } x && before is { } y0 ? x - y0 : null);
            row.Add(last is { } x2 && before is { } y1 && y1 != 0 ? Math.Round((x2 - y1) / y1 * 100, 2, MidpointRounding.AwayFromZero) : null);
            return row.ToArray();
        }).ToList();
        return new ResultTable(["table", "key", "name", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture)), "change", "change_pct"], rows);
    }

    private static List<YearFinding> Check(YusuanStore store, string kind, List<int> years, Dictionary<int, (string Hash, string Name)> documents, Dictionary<int, List<Cell>> cells)
    {
        var findings = new List<YearFinding>();
        var codeTable = kind == "final" ? "final_general_budget_expense" : "general_budget_expense";
        var threePublic = kind == "final" ? "final_three_public" : "three_public";
        var threePublicColumn = kind == "final" ? "final" : "total";
        foreach (var year in years.Where(y => documents.ContainsKey(y - 1)))
        {
            var before = cells[year - 1];
            var claims = store.Connection.Rows(null,
                "SELECT section, ordinal, subject, code, item, amount, prior, prior_stated, direction FROM stored_claims WHERE document = $1 ORDER BY section, ordinal", documents[year].Hash);
            foreach (var c in claims)
            {
                string? code = (string?)c[3], item = (string?)c[4], direction = (string?)c[8];
                decimal? stated = direction == "new" ? 0m : Dec(c[7]) ?? Dec(c[6]);
                if (stated is null) continue;
                (string Table, string Column, string Key)? where = code is not null ? (codeTable, "total", code)
                    : item is not null && ThreePublicItems.Contains(item) ? (threePublic, threePublicColumn, item) : null;
                if (where is not { } w || before.All(x => x.Table != w.Table)) continue;
                var printed = before.FirstOrDefault(x => x.Table == w.Table && x.Column == w.Column && x.Key == w.Key && x.Side is "rows" or "income" or "expense")?.Wan ?? 0m;
                // Both figures are printed to the 分 of 万元; the implied one (amount − change) can be off by one 分.
                if (Math.Abs(printed - stated.Value) <= 0.011m) continue;
                var section = (string)c[0]!;
                var descriptor = RuleCatalog.PriorYearDiffers;
                var message = descriptor.Template
                    .Replace("{year}", year.ToString(CultureInfo.InvariantCulture)).Replace("{section}", section).Replace("{subject}", (string?)c[2] ?? code ?? item)
                    .Replace("{stated}", N(stated.Value)).Replace("{prior_year}", (year - 1).ToString(CultureInfo.InvariantCulture))
                    .Replace("{table}", OpenYusuan.Model.TableKinds.ChineseName(w.Table)).Replace("{code}", code ?? Item(item!)).Replace("{printed}", N(printed));
                var subsection = section.Contains('.') ? int.Parse(section[(section.IndexOf('.') + 1)..].Split('.')[0], CultureInfo.InvariantCulture) : (int?)null;
                findings.Add(new YearFinding(year, documents[year].Name, new Finding
                {
                    Rule = descriptor.Id, Severity = descriptor.DefaultSeverity, Message = message,
                    Location = new FindingLocation { Section = section.Split('.')[0], Subsection = subsection, Claim = Convert.ToInt32(c[1], CultureInfo.InvariantCulture), Row = code ?? item },
                    Expected = N(printed), Actual = N(stated.Value),
                    Related = [new FindingLocation { Table = w.Table, Row = w.Key, Column = w.Column }],
                }));
            }
        }
        return findings;
    }

    private static decimal? Dec(object? v) => v is null ? null : Convert.ToDecimal(v, CultureInfo.InvariantCulture);

    private static string N(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Item(string item) => item switch
    {
        "abroad" => "因公出国（境）费",
        "reception" => "公务接待费",
        "vehicle" => "公务用车购置及运行费",
        "vehicle_purchase" => "公务用车购置费",
        _ => "公务用车运行费",
    };
}
