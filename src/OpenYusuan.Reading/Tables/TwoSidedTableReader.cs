using OpenYusuan.Model.Tables;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Reads the two-sided tables (收支总表, 财政拨款收支总表): each printed line carries an income
/// line on the left and a 支出功能分类 类 on the right. The split point is the 类 code (or a 类 name when
/// the template prints names only).</summary>
public sealed partial class TwoSidedTableReader(ReadingContext context)
{
    private sealed record Side(string Text, List<RawValue> Values, int Line, int? FirstCell);

    public DisclosureTable Read(TableRegion region)
    {
        var kind = region.Kind;
        context.Notes.Table = (kind, region.Number);
        var split = TableSplitter.Split(kind, region.Lines, context.DocumentUnit);
        var expenseColumns = TableKinds.ReadsLike(kind) == TableKinds.FiscalSummary
            ? HeaderColumns.Resolve(kind, ExpenseHeader(split.HeaderKey), out _)
            : HeaderColumns.Resolve(kind, split.HeaderKey, out _);
        var items = new IncomeItems();
        var income = new List<TableRow>();
        var expenseSides = new List<(string? Code, string? Item, string Name, Side Side, bool Total)>();
        decimal? incomeTotal = null;

        foreach (var line in split.Body)
        {
            if (line.IsBlank || line.Compact.Contains('※') || TableSplitter.IsPreamble(line, ref Unused, ref Unused)) continue;
            if (RowLabels.IsFootnote(line.Compact)) continue;
            if (CompletesName(line, expenseSides) is { } whole)
            {
                expenseSides[^1] = expenseSides[^1] with { Name = whole };
                continue;
            }
            var (left, right, rightIsTotal) = Cut(line);
            if (left is { Text.Length: > 0 })
            {
                var item = items.Resolve(left.Text);
                var amount = left.Values.FirstOrDefault(v => v.Value is not null)?.Value;
                if (item == "#total") incomeTotal = amount;
                else if (left.Text.Length > 0 && !(item is null && TableSplitter.IsHeaderLike(line, kind)))
                    income.Add(new TableRow
                    {
                        Item = item, Label = left.Text.Trim(), Loc = Location.AtLine(line.Number),
                        Values = amount is { } a ? new Dictionary<string, decimal> { ["amount"] = a } : new Dictionary<string, decimal>(),
                    });
            }
            if (right is null) continue;
            var (code, name) = rightIsTotal ? ((string?)null, right.Text) : ExpenseCode(right.Text);
            if (code is not null) { expenseSides.Add((code, null, name, right, false)); continue; }
            switch (ExpenseItem(right.Text))
            {
                case "#total": expenseSides.Add((null, null, "支出总计", right, true)); break;
                case { } item: expenseSides.Add((null, item, right.Text.Trim(), right, false)); break;
            }
        }
        // 本年支出合计 is the table's total when no 总计 line follows it (no 结转下年 / 年末结转 below).
        if (!expenseSides.Any(e => e.Total) && expenseSides.FindIndex(e => e.Item == "current_expense") is var only and >= 0)
            expenseSides[only] = expenseSides[only] with { Item = null, Name = "支出总计", Total = true };

        var step = Step(expenseSides.SelectMany(e => e.Side.Values));
        var solver = new ColumnSolver(expenseColumns.Count, step);
        var col = expenseColumns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        foreach (var (target, parts) in RowIdentities.For(kind, expenseColumns))
            if (col.ContainsKey(target) && parts.Any(col.ContainsKey))
                solver.AddRowRule(col[target], parts.Where(col.ContainsKey).Select(p => col[p]).ToArray());
        foreach (var e in expenseSides)
            solver.AddRow(new SolverRow(e.Side.Values.Take(expenseColumns.Count).Select(v => v.Value).ToList(), e.Total ? 0 : 1, Positional(e.Side, expenseColumns.Count)));
        var totalIndex = expenseSides.FindIndex(e => e.Total);
        // The 类 rows add up to 本年支出合计 where the table prints one, else to the total.
        var sumIndex = expenseSides.FindIndex(e => e.Item == "current_expense") is var current and >= 0 ? current : totalIndex;
        if (sumIndex >= 0)
        {
            var kids = expenseSides.Select((e, i) => (e, i)).Where(x => x.e.Code is not null).Select(x => x.i).ToList();
            for (var c = 0; c < expenseColumns.Count && kids.Count > 0; c++)
                solver.AddIdentity(new Identity([(sumIndex, c, 1), .. kids.Select(k => (k, c, -1))], 0, 1, "tree"));
        }
        if (totalIndex >= 0)
            foreach (var (column, value) in IncomeAnchors(kind, income, incomeTotal))
                if (col.TryGetValue(column, out var c)) solver.AddIdentity(new Identity([(totalIndex, c, 1)], value, 1, "anchor"));
        solver.Solve();

        var expense = new List<TableRow>();
        Dictionary<string, decimal>? expenseTotals = null;
        for (var i = 0; i < expenseSides.Count; i++)
        {
            var values = new Dictionary<string, decimal>();
            for (var c = 0; c < expenseColumns.Count; c++)
                if (solver.Rows[i].Cells[c] is { } v) values[expenseColumns[c]] = v;
            var e = expenseSides[i];
            if (e.Total) expenseTotals ??= values;
            else if (e.Item is not null) expense.Add(new TableRow { Item = e.Item, Label = e.Name, Values = values, Loc = Location.AtLine(e.Side.Line) });
            else expense.Add(new TableRow { Code = e.Code, Name = e.Name, Values = values, Loc = Location.AtLine(e.Side.Line) });
        }
        var ambiguous = solver.Rows.Select((r, i) => (r, i)).Where(x => x.r.Candidates.Count > 1 && x.r.Positional is null)
            .Select(x => $"{expenseSides[x.i].Code ?? "支出总计"}→{string.Join("、", x.r.Chosen.Select(c => $"“{ColumnNames.Of(expenseColumns[c])}”"))}").ToList();
        if (ambiguous.Count > 0)
            context.Notes.Add(RuleIds.ColumnsByArithmetic, Severity.Info,
                $"{(region.Number is { } n ? $"表{n}（{region.Title}）" : region.Title)}支出方有 {ambiguous.Count} 行的数字少于列数，按勾稽关系确定所在列：{string.Join("；", ambiguous)}",
                region.TitleLine.Number);
        foreach (var row in expense.Where(r => r.Name is { Length: > 0 })) context.CodeNames.TryAdd(row.Code!, row.Name!);

        return new DisclosureTable
        {
            Kind = kind, Number = region.Number, Title = region.Title, Unit = split.Unit ?? context.DocumentUnit,
            Columns = expenseColumns, Income = income, Expense = expense, IncomeTotal = incomeTotal,
            ExpenseTotals = expenseTotals ?? new Dictionary<string, decimal>(), Loc = Location.AtLine(region.TitleLine.Number),
        };
    }

    private static string? Unused;

    /// <summary>Figures the expense totals repeat from the income side of the same table.</summary>
    private static IEnumerable<(string Column, decimal Value)> IncomeAnchors(string kind, List<TableRow> income, decimal? total)
    {
        decimal? Get(string item) => income.FirstOrDefault(r => r.Item == item) is { } r ? r.Values.GetValueOrDefault("amount") : null;
        if (TableKinds.ReadsLike(kind) == TableKinds.Summary)
        {
            if (total is { } t) yield return ("amount", t);
            yield break;
        }
        if ((Get("fiscal_appropriation") ?? total) is { } all) yield return ("total", all);
        foreach (var item in new[] { "general_budget", "gov_fund", "state_capital" })
            if (Get(item) is { } v) yield return (item, v);
    }

    private (Side? Left, Side? Right, bool RightIsTotal) Cut(SourceLine line)
    {
        var text = line.Text;
        var total = ExpenseTotal().Match(text);
        if (total.Success)
            return (MakeSide(text[..total.Index], line, 0), MakeSide(text[total.Index..], line, CellOf(line, "支")), true);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var j = 0; j < tokens.Length; j++)
        {
            var isCode = ExpenseClassCode().IsMatch(tokens[j]) && j + 1 < tokens.Length && !AmountText.TryParse(tokens[j + 1], true, out _);
            var isName = !isCode && ClassExpenseName(tokens[j]) is not null && j > 0;
            // A right-side line label (结余分配, 年末结转和结余, or 总计 after the left side's figure or its own 总计).
            var isItem = j > 0 && ExpenseItem(tokens[j]) is { } it && (it != "#total" || AmountText.TryParse(tokens[j - 1], true, out _) || ExpenseItem(tokens[j - 1]) == "#total");
            if (!isCode && !isName && !isItem) continue;
            var leftText = string.Join(' ', tokens.Take(j));
            var rightText = string.Join(' ', tokens.Skip(j));
            return (MakeSide(leftText, line, 0), MakeSide(rightText, line, CellOf(line, tokens[j])), false);
        }
        // A line with only a right-side figure line (结余分配, 年末结转和结余) belongs to the expense side.
        if (ExpenseClassCode().IsMatch(tokens.FirstOrDefault() ?? "") || ClassExpenseName(tokens.FirstOrDefault() ?? "") is not null
            || ExpenseItem(tokens.FirstOrDefault() ?? "") is "balance_distribution" or "year_end_carryover")
            return (null, MakeSide(text, line, CellOf(line, tokens[0])), false);
        return (MakeSide(text, line, 0), null, false);
    }

    private static int? CellOf(SourceLine line, string startsWith)
    {
        if (line.Cells is null) return null;
        for (var i = 0; i < line.Cells.Count; i++)
            if (line.Cells[i].Trim().StartsWith(startsWith)) return i;
        return null;
    }

    private static Side MakeSide(string text, SourceLine line, int? firstCell)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new List<RawValue>();
        var words = new List<string>();
        foreach (var t in tokens)
        {
            if (words.Count > 0 && AmountText.TryParse(t, true, out var v))
                values.Add(new RawValue(v, null, line.Number, t.Replace(",", "")));
            else if (values.Count == 0) words.Add(t);
        }
        if (line.Cells is not null && firstCell is not null)
        {
            // Attach cell indices to the figures of this side, in order.
            var cells = line.Cells.Select((c, i) => (c: c.Trim(), i)).Where(x => x.i > firstCell && AmountText.TryParse(x.c, true, out _)).ToList();
            for (var k = 0; k < values.Count && k < cells.Count; k++) values[k] = values[k] with { Cell = cells[k].i - firstCell - 1 };
        }
        return new Side(string.Join(' ', words), values, line.Number, firstCell);
    }

    private static int[]? Positional(Side side, int columns)
    {
        if (side.Values.Count == 0 || side.Values.Any(v => v.Cell is null)) return null;
        var p = side.Values.Take(columns).Select(v => v.Cell!.Value).ToArray();
        return p.All(c => c >= 0 && c < columns) && p.Zip(p.Skip(1)).All(x => x.First < x.Second) ? p : null;
    }

    private static (string? Code, string Name) ExpenseCode(string text)
    {
        var m = CodeAndName().Match(text);
        if (m.Success) return (m.Groups[1].Value, m.Groups[2].Value.Trim());
        var name = StripNumbering(text.Split(' ')[0]);
        return (ClassExpenseName(text.Split(' ')[0]), name);
    }

    /// <summary>The 类 a right-side label names: its whole name, or (after a printed ordinal such as 二十二、) the
    /// start of a name whose cell wrapped onto the next line.</summary>
    internal static string? ClassExpenseName(string token)
    {
        var name = StripNumbering(token);
        if (ClassificationList.Functional.CodeOfName(name) is { Length: 3 } code) return code;
        // A short name the template prints without 支出 (Xi'an 2020: 2、外交, 3、国防, 5、教育, 13、农林水), too short
        // to be taken as the start of a wrapped name.
        if (name.Length < TextNormalizer.Compact(token).Length && ClassificationList.Functional.CodeOfName(name + "支出") is { Length: 3 } whole) return whole;
        return name.Length < TextNormalizer.Compact(token).Length ? ClassificationList.Functional.CodeOfNamePrefix(name, 3) : null;
    }

    /// <summary>The whole 类 name when a line holds only the rest of the name the previous expense line began.</summary>
    private static string? CompletesName(SourceLine line, List<(string? Code, string? Item, string Name, Side Side, bool Total)> sides)
    {
        if (sides.Count == 0 || sides[^1].Code is not { } code || line.Text.Contains(' ') || line.Compact.Length > 8) return null;
        var whole = sides[^1].Name + line.Compact;
        return ClassificationList.Functional.NamesOf(code).Any(n => ClassificationList.NormalizeName(n) == ClassificationList.NormalizeName(whole)) ? whole : null;
    }

    internal static string StripNumbering(string s) =>
        Regex.Replace(TextNormalizer.Compact(s), @"^([一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）])", "");

    /// <summary>The part of a fiscal_summary header that describes the expense side (after 功能分类).</summary>
    private static string ExpenseHeader(string headerKey)
    {
        var i = headerKey.IndexOf("功能分类", StringComparison.Ordinal);
        return i >= 0 ? headerKey[i..] : headerKey;
    }

    private static decimal Step(IEnumerable<RawValue> values)
    {
        var decimals = values.Select(v => AmountText.Decimals(v.Printed)).Where(d => d > 0).DefaultIfEmpty(2).Max();
        return 1m / (decimal)Math.Pow(10, decimals);
    }

    /// <summary>The line a right-side label that is not a 类 names: the spec's expense items, or #total.</summary>
    internal static string? ExpenseItem(string text)
    {
        var k = StripNumbering(text);
        return k switch
        {
            _ when k.StartsWith("本年支出合计") || k.StartsWith("本年支出小计") || k.StartsWith("当年支出小计") || k.StartsWith("当年支出合计") => "current_expense",
            "总计" or "支出总计" or "支出合计" or "合计" => "#total",
            _ when k.StartsWith("结余分配") => "balance_distribution",
            _ when k.StartsWith("年末") || k.StartsWith("年终结转") || k.StartsWith("结转下年") || k.EndsWith("下年") => "year_end_carryover",
            _ => null,
        };
    }

    [GeneratedRegex(@"(本\s*年\s*)?支\s*出\s*(总\s*计|合\s*计)")]
    private static partial Regex ExpenseTotal();

    [GeneratedRegex(@"^2\d{2}$")]
    private static partial Regex ExpenseClassCode();

    [GeneratedRegex(@"^(2\d{2})\s+(\S+)")]
    private static partial Regex CodeAndName();
}
