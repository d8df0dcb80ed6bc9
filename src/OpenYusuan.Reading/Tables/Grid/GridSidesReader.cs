using OpenYusuan.Model;
using OpenYusuan.Model.Tables;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;
using OpenYusuan.Templates;

namespace OpenYusuan.Reading.Tables.Grid;

/// <summary>Reads a ruled table printed in sides (收支总表, 财政拨款收支总表): each side is a run of label columns
/// followed by figure columns. The first side is income, the side whose labels name 支出功能分类 类 (or 本年支出合计,
/// 支出总计) is expense, and a side listing 基本支出/项目支出 (Jiangsu's 支出用途) is expense by purpose. Returns null
/// when the grid does not show two sides, so the caller can read it another way.</summary>
public sealed class GridSidesReader(ReadingContext context)
{
    private sealed record Side(List<GridColumn> Labels, List<GridColumn> Figures);

    public DisclosureTable? Read(TableRegion region)
    {
        var kind = region.Kind;
        context.Notes.Table = (kind, region.Number);
        var (parts, columns, rows) = GridRows.Read(region);
        var sides = Sides(kind, columns, rows);
        if (sides.Count < 2) return null;

        var expenseSide = sides.Skip(1).FirstOrDefault(s => Labels(s, rows).Any(l => ExpenseLabel(l).Code is not null || TwoSidedTableReader.ExpenseItem(l) is not null));
        if (expenseSide is null) return null;
        var purposeSide = sides.Skip(1).FirstOrDefault(s => s != expenseSide && Labels(s, rows).Count(l => PurposeItem(kind, l) is not null) >= 2);
        var economicSide = sides.Skip(1).FirstOrDefault(s => s != expenseSide && s != purposeSide && Labels(s, rows).Count(l => EconomicClass(l, null) is not null) >= 3);
        var economicFirst = economicSide is null ? '3'
            : Labels(economicSide, rows).Any(l => EconomicClass(l, '5') is not null && EconomicClass(l, '3') is null) ? '5' : '3';
        var expenseKeys = Keys(kind, expenseSide.Figures);

        var items = new IncomeItems();
        var income = new List<TableRow>();
        var expense = new List<TableRow>();
        var purpose = new List<TableRow>();
        var economic = new List<TableRow>();
        bool purposeDone = false, economicDone = false;
        decimal? incomeTotal = null;
        Dictionary<string, decimal>? expenseTotals = null, currentExpense = null;
        foreach (var (line, cells) in rows)
        {
            var loc = Location.AtLine(line.Number);
            var (incomeLabel, incomeValues) = Read(sides[0], cells, null);
            if (incomeLabel.Length > 0)
            {
                var item = items.Resolve(incomeLabel);
                var amount = incomeValues.Values.Cast<decimal?>().FirstOrDefault();
                if (item == "#total") incomeTotal = amount;
                else income.Add(new TableRow
                {
                    Item = item, Label = incomeLabel, Loc = loc,
                    Values = Amount(amount),
                });
            }
            var (expenseLabel, values) = Read(expenseSide, cells, expenseKeys);
            // A total line whose label cell spans the sides (当年支出小计, 支出合计 across 功能分类 and 支出用途) prints its
            // figure in the last side's column.
            if (values.Count == 0 && TwoSidedTableReader.ExpenseItem(expenseLabel) is not null
                && sides.SkipWhile(x => x != expenseSide).Skip(1).SelectMany(x => x.Figures)
                    .Select(c => cells.FirstOrDefault(x => x.Column == c.Index)).FirstOrDefault(x => x is not null && GridFigures.TryParse(x.Text, out _, out _)) is { } spanned
                && GridFigures.TryParse(spanned.Text, out var spannedValue, out _))
                values[expenseKeys[0]] = spannedValue;
            if (expenseLabel.Length > 0)
            {
                switch (TwoSidedTableReader.ExpenseItem(expenseLabel))
                {
                    case "#total": expenseTotals ??= values; break;
                    case { } item:
                        if (item == "current_expense") currentExpense = values;
                        expense.Add(new TableRow { Item = item, Label = expenseLabel, Values = values, Loc = loc });
                        break;
                    default:
                        var (code, name) = ExpenseLabel(expenseLabel);
                        if (code is not null) expense.Add(new TableRow { Code = code, Name = name, Values = values, Loc = loc });
                        break;
                }
            }
            // 支出用途: its items (基本支出, 项目支出 …) and the economic 类 printed under them ((1)工资福利支出 …).
            if (purposeSide is not null && Read(purposeSide, cells, null) is { Label.Length: > 0 } p && !purposeDone)
            {
                // Its list ends at 本年支出合计; 结转下年 and what follows belong to the whole table.
                purposeDone = TwoSidedTableReader.ExpenseItem(p.Label) is not null;
                var purposeItem = PurposeItem(kind, p.Label);
                if (!purposeDone && (purposeItem is not null || purpose.Count > 0))
                    purpose.Add(new TableRow
                    {
                        Item = purposeItem, Label = p.Label, Code = purposeItem is null ? EconomicClass(p.Label, '3') : null, Loc = loc,
                        Values = Amount(p.Values.Values.Cast<decimal?>().FirstOrDefault()),
                    });
            }
            // 经济分类: from its first 类 to 本年支出合计, every line (a 类 the list does not know keeps its printed name).
            if (economicSide is not null && Read(economicSide, cells, null) is { Label.Length: > 0 } ec && !economicDone)
            {
                economicDone = TwoSidedTableReader.ExpenseItem(ec.Label) is not null;
                var classCode = EconomicClass(ec.Label, economicFirst);
                if (!economicDone && (classCode is not null || economic.Count > 0))
                    economic.Add(new TableRow
                    {
                        Code = classCode, Name = TwoSidedTableReader.StripNumbering(ec.Label), Loc = loc,
                        Values = Amount(ec.Values.Values.Cast<decimal?>().FirstOrDefault()),
                    });
            }
        }
        // 本年支出合计 is the table's total when no 总计 line follows it (no 结转下年 / 年末结转 below).
        if (expenseTotals is null && currentExpense is not null)
        {
            expenseTotals = currentExpense;
            expense.RemoveAll(r => r.Item == "current_expense");
        }
        foreach (var row in expense.Where(r => r.Code is not null && r.Name is { Length: > 0 })) context.CodeNames.TryAdd(row.Code!, row.Name!);
        return new DisclosureTable
        {
            Kind = kind, Number = region.Number, Title = region.Title, Unit = parts.Unit ?? context.DocumentUnit,
            Columns = expenseKeys, Income = income, Expense = expense, IncomeTotal = incomeTotal,
            ExpenseByPurpose = purpose.Count > 0 ? purpose : null, ExpenseByEconomic = economic.Count > 0 ? economic : null,
            ExpenseTotals = expenseTotals ?? new Dictionary<string, decimal>(), Loc = Location.AtLine(region.TitleLine.Number),
        };
    }

    /// <summary>A side's line holds its one figure as its amount.</summary>
    private static Dictionary<string, decimal> Amount(decimal? amount) =>
        amount is { } a ? new Dictionary<string, decimal> { ["amount"] = a } : new Dictionary<string, decimal>();

    /// <summary>The columns cut into sides: a label column after a figure column starts a new side. A column is a
    /// figure column when its cells print figures more than words, or, printed empty, when it follows one.</summary>
    private static List<Side> Sides(string kind, List<GridColumn> columns, List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows)
    {
        var sides = new List<Side>();
        Side? current = null;
        foreach (var column in columns)
        {
            // 行次 (the 决算 template's row numbers) is neither label nor figure.
            if (column.Path.Count > 0 && TableFamily.LabelRole(kind, column.Label) == "ignore") continue;
            var (figures, words, _) = GridColumns.Tally(rows.Select(r => r.Cells), column.Index);
            var isFigure = figures + words == 0 ? current is { Figures.Count: > 0 } : figures >= words;
            if (!isFigure && (current is null || current.Figures.Count > 0)) sides.Add(current = new Side([], []));
            if (current is null) continue;
            (isFigure ? current.Figures : current.Labels).Add(column);
        }
        return sides.Where(s => s.Labels.Count > 0 && s.Figures.Count > 0).ToList();
    }

    private static List<string> Labels(Side side, List<(SourceLine Line, IReadOnlyList<GridCell> Cells)> rows) =>
        rows.Select(r => Read(side, r.Cells, null).Label).Where(l => l.Length > 0).ToList();

    /// <summary>A side's label (its label cells run together) and figures, keyed by <paramref name="keys"/> or by
    /// column order.</summary>
    private static (string Label, Dictionary<string, decimal> Values) Read(Side side, IReadOnlyList<GridCell> cells, IReadOnlyList<string>? keys)
    {
        var label = string.Concat(side.Labels.SelectMany(c => cells.Where(x => x.Column == c.Index)).Select(x => x.Text.Trim()));
        var values = new Dictionary<string, decimal>();
        for (var i = 0; i < side.Figures.Count; i++)
        {
            if (cells.FirstOrDefault(x => x.Column == side.Figures[i].Index) is not { } cell) continue;
            if (GridFigures.TryParse(cell.Text, out var v, out _)) values.TryAdd(keys?[i] ?? i.ToString(), v);
            // The end of the label printed past its rule into the first figure cell.
            else if (i == 0 && GridFigures.TrySplitSpill(cell.Text, out var spill, out v))
            {
                label += spill;
                values.TryAdd(keys?[i] ?? i.ToString(), v);
            }
        }
        return (label, values);
    }

    /// <summary>The expense columns: one figure column is the kind's single column (amount, or total for 财政拨款收支);
    /// several are named by their header.</summary>
    private static List<string> Keys(string kind, List<GridColumn> figures)
    {
        var single = TableKinds.ReadsLike(kind) == TableKinds.Summary ? "amount" : "total";
        if (figures.Count == 1) return [single];
        var keys = new List<string>();
        foreach (var column in figures)
        {
            var key = TableFamily.ColumnKey(kind, column.Path) ?? string.Join("/", column.Path.Select(TableFamily.Normalize));
            if (key == "total") key = single;
            keys.Add(keys.Contains(key) || key.Length == 0 ? $"{key}#{keys.Count}" : key);
        }
        return keys;
    }

    /// <summary>A 类 on the expense side: its code printed before the name, or the code of the name.</summary>
    private static (string? Code, string Name) ExpenseLabel(string label)
    {
        if (RowCode.TryParse(label, out var code, out var name) && RowCode.IsFunctional(code)) return (code, name);
        return (TwoSidedTableReader.ClassExpenseName(label), TwoSidedTableReader.StripNumbering(label));
    }

    /// <summary>An economic 类 named by the label (numbering stripped), of the classification <paramref name="first"/>
    /// begins (3 部门, 5 政府), or of either.</summary>
    private static string? EconomicClass(string label, char? first)
    {
        var name = TwoSidedTableReader.StripNumbering(label);
        var list = Model.Codes.ClassificationList.Economic;
        var code = first is { } f ? list.CodeOfName(name, f) : list.CodeOfName(name, '5') ?? list.CodeOfName(name, '3');
        return code is { Length: 3 } ? code : null;
    }

    private static string? PurposeItem(string kind, string label) =>
        TableFamily.ColumnKey(kind, [TwoSidedTableReader.StripNumbering(label)]) is { } key
        && key is "basic" or "project" or "personnel" or "public" or "operating" or "superior_remit" or "subordinate_subsidy" ? key : null;
}
