using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>What a row's label cells say: its code (from code columns, or glued to a name), name, project, sub-unit,
/// the economic codes printed beside a functional one, and any remark. Which code is the row's own depends on the
/// kind: a 功能分类 code in functional tables, a 部门经济分类 code in economic ones.</summary>
public sealed record GridRowLabels
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Project { get; init; }
    public string? Unit { get; init; }
    /// <summary>The number a unit is printed with (015, 015001): a longer number under a shorter one is its sub-unit.</summary>
    public string? UnitNumber { get; init; }
    public string? EconomicCode { get; init; }
    public string? GovEconomicCode { get; init; }
    public string? Remark { get; init; }
    /// <summary>All label text of the row, run together.</summary>
    public string Text { get; init; } = "";
    /// <summary>The row's first label cell (合计 even when a wrapped header word spills into a later cell).</summary>
    public string First { get; init; } = "";
    public bool IsEmptyNote { get; init; }

    public static GridRowLabels Read(string kind, IReadOnlyList<GridColumn> columns, IReadOnlyList<GridCell> cells, CodeParser parser)
    {
        var labelCells = cells.Where(c => !columns[c.Column].IsFigure && columns[c.Column].Role != "ignore").ToList();
        var text = string.Concat(labelCells.Select(c => c.Text.Trim()));
        if (cells.All(c => !columns[c.Column].IsFigure || GridFigures.IsPlaceholder(c.Text)) && RowLabels.IsEmptyNote(TextNormalizer.Compact(text)))
            return new GridRowLabels { Text = RowLabels.NoteText(TextNormalizer.Compact(text)), IsEmptyNote = true };

        // Codes: each run of code columns (类, 款, 项 side by side, or one column) gives one code, and the name column
        // right after it names that code (a row may print a 部门经济 and a 政府经济 code, each with its name); codes
        // glued to names are read from the name cells.
        var found = new List<(string Code, string? Name)>();
        var run = new List<string>();
        var named = -1;   // the code in found whose name the next name cell is
        void Flush()
        {
            while (run.Count > 0 && run[^1].Length == 0) run.RemoveAt(run.Count - 1);
            if (run.Count is > 0 and <= 3 && parser.TryFromCells(run, out var fromCells)) { found.Add((fromCells, null)); named = found.Count - 1; }
            else foreach (var c in run)
                if (RowCode.TryParse(c, out var code, out var n)) { found.Add((code, n.Length > 0 ? n : null)); named = n.Length > 0 ? -1 : found.Count - 1; }
            run.Clear();
        }
        string? name = null, project = null, unit = null, unitNumber = null;
        var remarks = new List<string>();
        foreach (var column in columns.Where(c => !c.IsFigure && c.Role != "ignore"))
        {
            var t = cells.FirstOrDefault(x => x.Column == column.Index)?.Text.Trim() ?? "";
            if (column.Role == "code") { run.Add(t); continue; }
            Flush();
            if (t.Length == 0) continue;
            switch (column.Role)
            {
                case "project": project = Join(project, t); break;
                case "unit":
                    if (t.All(char.IsAsciiDigit)) unitNumber = t;
                    else if (RowCode.TryParseUnit(t, out var numbered, out var unitNamed)) { unit = Join(unit, unitNamed); unitNumber = numbered; }
                    else unit = Join(unit, t);
                    break;
                case "text": remarks.Add(t); break;
                default:
                    if (RowCode.TryParseUnit(t, out var number, out var unitName)) { unit = unitName; unitNumber = number; }
                    else if (RowCode.TryParse(t, out var code, out var n) && n.Length > 0) found.Add((code, n));
                    else if (RowCode.TryParse(t, out code, out _)) found.Add((code, null));
                    else if (named >= 0 && found[named].Name is null) found[named] = (found[named].Code, t);
                    else name = Join(name, t);
                    named = -1;
                    break;
            }
        }
        Flush();
        var (main, mainName) = Main(kind, found);
        var economic = found.FirstOrDefault(f => f.Code != main && f.Code.StartsWith('3')).Code;
        var government = found.FirstOrDefault(f => f.Code != main && RowCode.IsGovernmentEconomic(f.Code)).Code;
        name = mainName ?? name ?? (main is null ? found.FirstOrDefault().Name : null);
        // A row printed with a 类 name only gets the code of that name.
        if (main is null && name is not null && !RowLabels.IsTotal(TextNormalizer.Compact(name)))
        {
            var list = TableKinds.HasEconomicCodes(kind) ? ClassificationList.Economic : TableKinds.HasFunctionalCodes(kind) ? ClassificationList.Functional : null;
            if (list?.CodeOfName(StripOrdinal(name)) is { Length: 3 } byName) main = byName;
        }
        return new GridRowLabels
        {
            Code = main, Name = name ?? (unitNumber is not null ? unit ?? unitNumber : null), Project = project, Unit = unit ?? unitNumber, UnitNumber = unitNumber,
            EconomicCode = economic, GovEconomicCode = government,
            Remark = remarks.Count > 0 ? string.Join(" ", remarks) : null, Text = text,
            First = labelCells.Select(c => c.Text.Trim()).FirstOrDefault(t => t.Length > 0) ?? "",
        };
    }

    /// <summary>The row's own code among those printed: the kind's classification first.</summary>
    private static (string? Code, string? Name) Main(string kind, List<(string Code, string? Name)> found)
    {
        if (found.Count == 0) return (null, null);
        bool Pick((string Code, string? Name) f) =>
            TableKinds.HasEconomicCodes(kind) ? f.Code.StartsWith('3') : !TableKinds.HasFunctionalCodes(kind) || RowCode.IsFunctional(f.Code);
        var pick = found.FirstOrDefault(Pick);
        if (pick.Code is null && TableKinds.HasEconomicCodes(kind)) pick = found.FirstOrDefault(f => RowCode.IsGovernmentEconomic(f.Code));
        return pick.Code is null ? (null, null) : (pick.Code, pick.Name);
    }

    private static string StripOrdinal(string name) =>
        System.Text.RegularExpressions.Regex.Replace(TextNormalizer.Compact(name), @"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+[、.．])", "");

    private static string Join(string? a, string b) => a is null || a.Length == 0 ? b : a + b;
}
