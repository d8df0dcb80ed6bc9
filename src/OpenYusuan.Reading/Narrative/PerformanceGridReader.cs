using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Tables.Grid;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Performance-target tables printed as ruled grids (部门整体预算绩效目标申报表, 项目支出绩效目标表), in the
/// two shapes real publications use: a list with one project per row (项目名称 | 总计 | 财政拨款 | 其他资金 | 绩效目标 |
/// 绩效指标), or a key–value form (项目名称 | X, 预算金额 | 58,118.59 …) with its indicators listed by
/// 一级/二级/三级指标 and 指标值 below.</summary>
public static partial class PerformanceGridReader
{
    public static IReadOnlyList<PerformanceTable> Read(IReadOnlyList<SourceLine> lines)
    {
        var tables = new List<PerformanceTable>();
        HeaderColumns? header = null;
        foreach (var (rows, ruledTitle) in lines.Where(l => l.Grid is not null && l.Cells is not null).GroupBy(l => l.Grid).SelectMany(g => Split(g.ToList())))
        {
            var first = lines.ToList().IndexOf(rows[0]);
            var title = ruledTitle ?? lines.Take(first).Reverse().Take(4).FirstOrDefault(l => l.Cells is null && Title().IsMatch(l.Compact));
            if (title is null && !rows.Any(r => Cells(r).Any(c => c is "绩效目标" or "一级指标" or "总体绩效目标" or "年度绩效目标"))
                && !(tables.Count > 0 && header is not null && ContinuesIndicators(rows, header))) continue;
            var kind = title is not null && title.Compact.Contains("整体") ? "overall" : "project";
            if (IsList(rows)) { tables.AddRange(ListRows(rows, kind)); continue; }
            // A grid continued from the page before repeats no indicator header: the last one read goes on.
            var (table, used) = KeyValue(rows, title is null && tables.Count > 0 ? tables[^1].Kind : kind, title ?? rows[0], title is null ? header : null);
            header = used;
            // A grid without a title that names no project continues the table before it: its indicators on the next
            // page, or its goal and indicators ruled apart from the rows naming the project.
            if (title is null && tables.Count > 0 && table is { Project: null, Owner: null, Amount: null }
                && (table.Goal is null || tables[^1].Goal is null))
                tables[^1] = tables[^1] with
                {
                    Funds = tables[^1].Funds ?? table.Funds, Goal = tables[^1].Goal ?? table.Goal, Indicators = [.. tables[^1].Indicators, .. table.Indicators],
                    Tasks = table.Tasks is null ? tables[^1].Tasks : [.. tables[^1].Tasks ?? [], .. table.Tasks],
                    TotalWeight = tables[^1].TotalWeight ?? table.TotalWeight, TotalScore = tables[^1].TotalScore ?? table.TotalScore,
                };
            else tables.Add(table);
        }
        return tables.Select(t => t with { Indicators = IndicatorLevels.Regroup(t.Indicators) }).ToList();
    }

    /// <summary>One ruled grid may hold several tables (Beijing rules each 项目支出绩效目标表's title as a merged row of
    /// the grid and runs the tables on): a title row, or a 项目名称 row after indicators, starts the next.</summary>
    private static IEnumerable<(List<SourceLine> Rows, SourceLine? Title)> Split(List<SourceLine> rows)
    {
        var part = new List<SourceLine>();
        SourceLine? title = null;
        var indicators = false;
        foreach (var row in rows)
        {
            var cells = Cells(row);
            var isTitle = cells.Distinct().Count() == 1 && Title().IsMatch(cells[0]);
            if ((isTitle || cells.FirstOrDefault() == "项目名称" && indicators) && part.Count > 0)
            {
                yield return (part, title);
                (part, title, indicators) = ([], null, false);
            }
            if (isTitle) { title = row; continue; }
            indicators |= cells.Contains("一级指标");
            part.Add(row);
        }
        if (part.Count > 0) yield return (part, title);
    }

    private static List<string> Cells(SourceLine line)
    {
        var cells = new List<string>();
        for (var i = 0; i < line.Cells!.Count; i++)
        {
            var t = TextNormalizer.Compact(line.Cells[i]);
            if (t.Length == 0 || i > 0 && line.BoxOf(i) == line.BoxOf(i - 1)) continue;
            cells.Add(t);
        }
        return cells;
    }

    private static bool IsList(List<SourceLine> rows) =>
        rows.Take(3).Any(r => Cells(r) is var c && c.Any(x => ProjectLabel().IsMatch(x)) && c.Any(x => AmountLabel().IsMatch(x)));

    /// <summary>One project per row: the columns named by the header row.</summary>
    private static IEnumerable<PerformanceTable> ListRows(List<SourceLine> rows, string kind)
    {
        var header = rows.First(r => Cells(r).Any(x => ProjectLabel().IsMatch(x)));
        var labels = Enumerable.Range(0, header.Cells!.Count).Select(i => (Label: TextNormalizer.Compact(header.Cells[i]), Box: header.BoxOf(i))).ToList();
        string? At(SourceLine row, Func<string, bool> label)
        {
            var column = labels.FirstOrDefault(l => l.Label.Length > 0 && label(l.Label));
            if (column.Label is null) return null;
            for (var i = 0; i < row.Cells!.Count; i++)
                if (Math.Abs(row.BoxOf(i).Center - column.Box.Center) < 2 && row.Cells[i].Trim().Length > 0) return row.Cells[i].Trim();
            return null;
        }
        foreach (var row in rows.SkipWhile(r => r != header).Skip(1))
        {
            var name = At(row, l => ProjectLabel().IsMatch(l));
            if (name is null || RowLabelsTotal().IsMatch(TextNormalizer.Compact(name))) continue;
            yield return new PerformanceTable
            {
                Kind = kind, Project = name, Amount = Figure(At(row, AnnualAmount) ?? At(row, l => AmountLabel().IsMatch(l))),
                Fiscal = Figure(At(row, l => l.StartsWith("财政拨款"))), Other = Figure(At(row, l => l.StartsWith("其他资金"))),
                Goal = At(row, l => l.StartsWith("绩效目标") || l.EndsWith("绩效目标")), Loc = Location.AtLine(row.Number),
            };
        }
    }

    /// <summary>Label cells followed by their values, the 年度主要任务 under a 任务名称 header, the 年度资金总额 line under
    /// 年初预算数/全年预算数/全年执行数 (决算 self-evaluation), and the indicator rows under a 一级指标 header.</summary>
    private static (PerformanceTable Table, HeaderColumns? Header) KeyValue(List<SourceLine> rows, string kind, SourceLine at, HeaderColumns? continued)
    {
        string? project = null, owner = null, goal = null;
        decimal? amount = null, fiscal = null, other = null, initialBudget = null, budget = null, executed = null;
        decimal? periodAmount = null;   // 实施期资金总额: the amount only where the year's is not printed
        decimal? executionWeight = null, executionRate = null, executionScore = null, totalWeight = null, totalScore = null;
        var indicators = new List<Indicator>();
        var indicatorHeader = continued;
        HeaderColumns? taskHeader = null, fundingHeader = null;
        var tasks = new List<PerformanceTask>();
        var funds = new Dictionary<string, decimal>();
        string? level1 = null, level2 = null;
        foreach (var row in rows)
        {
            var cells = Cells(row);
            // 年度主要任务: 任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金 (the amounts' labels may sit in the row below, under
            // 全年预算数 and 全年执行数 in a self-evaluation).
            if (cells.Contains("任务名称")) { taskHeader = HeaderColumns.Of(row); continue; }
            if (taskHeader is not null && indicatorHeader is null)
            {
                if (cells.Contains("总额") || cells.Contains("财政拨款")) { taskHeader.Add(row); continue; }
                decimal? Money(string label, bool executedGroup) => Figure(taskHeader.At(row, l => l.StartsWith(label) || label == "总额" && (l is "合计" || l.StartsWith("预算金额")),
                    g => g.Contains("执行") == executedGroup));
                decimal? Plain(string label) => Figure(taskHeader.At(row, l => l.StartsWith(label) || label == "总额" && (l is "合计" || l.StartsWith("预算金额"))));
                var grouped = taskHeader.Has(l => l.Contains("执行数"));
                var (taskAmount, taskFiscal, taskOther) = grouped
                    ? (Money("总额", false), Money("财政拨款", false), Money("其他资金", false))
                    : (Plain("总额"), Plain("财政拨款"), Plain("其他资金"));
                // 分值 | 执行率 | 得分 of a 决算 self-evaluation's task (and of its 金额合计 line).
                var (taskWeight, taskRate, taskScore) = (Figure(taskHeader.At(row, l => l == "分值")),
                    Percent(taskHeader.At(row, l => l.StartsWith("执行率"))), Figure(taskHeader.At(row, l => l == "得分")));
                if (cells.Any(c => RowLabelsTotal().IsMatch(c) || c == "金额合计"))
                {
                    (amount, fiscal, other) = (amount ?? taskAmount, fiscal ?? taskFiscal, other ?? taskOther);
                    if (grouped) (budget, executed) = (budget ?? taskAmount, executed ?? Money("总额", true));
                    (executionWeight, executionRate, executionScore) = (executionWeight ?? taskWeight, executionRate ?? taskRate, executionScore ?? taskScore);
                    taskHeader = null;
                    continue;
                }
                if (taskHeader.At(row, l => l == "任务名称") is { } taskName && (taskAmount ?? taskFiscal ?? taskOther) is not null)
                {
                    tasks.Add(new PerformanceTask
                    {
                        Name = taskName, Content = taskHeader.At(row, l => l == "主要内容"), Amount = taskAmount, Fiscal = taskFiscal, Other = taskOther,
                        Status = taskHeader.At(row, l => l == "完成情况"),
                        Executed = grouped ? Money("总额", true) : null, ExecutedFiscal = grouped ? Money("财政拨款", true) : null,
                        ExecutedOther = grouped ? Money("其他资金", true) : null, Weight = taskWeight, Rate = taskRate, Score = taskScore,
                        Loc = Location.AtLine(row.Number),
                    });
                    continue;
                }
            }
            // 决算 self-evaluation: 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率 | 得分 over 年度资金总额.
            if (cells.Any(c => c.StartsWith("全年执行数")) && indicatorHeader is null) { fundingHeader = HeaderColumns.Of(row); continue; }
            if (fundingHeader is not null && indicatorHeader is null && cells.Any(c => c.StartsWith("年度资金总额")))
            {
                initialBudget = Figure(fundingHeader.At(row, l => l.StartsWith("年初预算数")));
                budget = Figure(fundingHeader.At(row, l => l.StartsWith("全年预算数")));
                executed = Figure(fundingHeader.At(row, l => l.StartsWith("全年执行数")));
                // 分值 | 执行率 | 得分: the 预算执行率 part of the score.
                executionWeight = Figure(fundingHeader.At(row, l => l == "分值"));
                executionRate = Percent(fundingHeader.At(row, l => l.StartsWith("执行率")));
                executionScore = Figure(fundingHeader.At(row, l => l == "得分"));
                continue;
            }
            // The indicators' header: 一级指标, 二级指标 and the indicator's own column (三级指标, or 指标内容/指标名称).
            if (cells.Contains("一级指标") && cells.Any(c => Level3Label().IsMatch(c))) { indicatorHeader = HeaderColumns.Of(row); continue; }
            if (indicatorHeader is not null)
            {
                string? Under(Func<string, bool> label) => indicatorHeader.At(row, label);
                // 总分 | 100 | 93.65 under 分值 and 得分, after the indicators.
                if (cells.Count > 0 && cells[0] is "总分" or "合计总分" or "综合得分")
                {
                    totalWeight = Figure(Under(l => l == "分值" || l.StartsWith("分值")));
                    totalScore = Figure(Under(l => l == "得分"));
                    continue;
                }
                level1 = Under(l => l.Contains("一级指标")) ?? level1;
                level2 = Under(l => l.Contains("二级指标")) ?? level2;
                if (Under(l => Level3Label().IsMatch(l)) is { } level3)
                    indicators.Add(new Indicator
                    {
                        Level1 = level1, Level2 = level2, Level3 = level3, Loc = Location.AtLine(row.Number),
                        Value = Under(l => l.Contains("年度指标值")) ?? Under(l => l.Contains("指标值")) ?? Under(l => l.Contains("目标值")),
                        Actual = Under(l => l.StartsWith("实际完成值")), Weight = Figure(Under(l => l == "分值" || l.StartsWith("分值"))),
                        Score = Figure(Under(l => l == "得分")), Deviation = Under(l => l.StartsWith("偏差原因")),
                    });
                continue;
            }
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var (label, value) = (cells[i].TrimEnd(':', '：'), cells[i + 1]);
                switch (label)
                {
                    case "项目名称": project ??= value; break;
                    case "部门名称" or "单位名称" or "部门（单位）名称" or "部门(单位)名称" or "预算单位" or "主管部门" or "实施单位": owner ??= value; break;
                    case "总体绩效目标" or "年度绩效目标" or "绩效目标" or "年度目标" or "总体目标" or "项目实施期目标" or "实施期目标": goal ??= value; break;
                    case "财政拨款" or "其中:财政拨款" or "其中：财政拨款": fiscal ??= Figure(value); break;
                    case "其他资金": other ??= Figure(value); break;
                    default:
                        if (AnnualAmount(label)) amount ??= Figure(value);
                        else if (AmountLabel().IsMatch(label)) periodAmount ??= Figure(value);
                        // Other money lines of the funding block (基本支出, 项目支出, 财政专项资金, 市本级使用资金 …) are kept
                        // under their printed label.
                        else if (FundLabel().IsMatch(label) && Figure(value) is { } fund) funds.TryAdd(label, fund);
                        break;
                }
            }
        }
        // A table titled by its project ("市行政中心钢结构修缮项目绩效目标表") and without a 项目名称 row.
        if (project is null && kind == "project" && TitledProject().Match(TableTitles.WithoutNumber(TextNormalizer.Compact(at.Text))) is { Success: true } titled)
            project = titled.Groups[1].Value;
        return (new PerformanceTable
        {
            Kind = kind, Project = project, Owner = owner, Amount = amount ?? periodAmount, Fiscal = fiscal, Other = other, Goal = goal,
            InitialBudget = initialBudget, Budget = budget, Executed = executed,
            ExecutionWeight = executionWeight, ExecutionRate = executionRate, ExecutionScore = executionScore,
            TotalWeight = totalWeight, TotalScore = totalScore, Funds = funds.Count > 0 ? funds : null,
            Indicators = indicators, Tasks = tasks.Count > 0 ? tasks : null, Loc = Location.AtLine(at.Number),
        }, indicatorHeader);
    }

    /// <summary>True when most rows of a grid print an indicator in the column the last indicator header named: the
    /// indicators of a table continued on the next page.</summary>
    private static bool ContinuesIndicators(List<SourceLine> rows, HeaderColumns header) =>
        rows.Count(r => header.At(r, l => Level3Label().IsMatch(l)) is not null) * 2 > rows.Count;

    // "337770.89万元": a funding line may print the block's unit (万元) after the figure. A figure in 元 is not converted
    // here: it stays unread rather than read 10,000 times too large.
    private static decimal? Figure(string? text) =>
        text is not null && GridFigures.TryParse(UnitAfter().Replace(text, ""), out var v, out _) ? v : null;

    private static decimal? Percent(string? text) => text is not null && text.Trim().EndsWith('%') ? Figure(text.Trim().TrimEnd('%')) : null;

    [GeneratedRegex(@"(?<=\d)\s*万元$")]
    private static partial Regex UnitAfter();

    /// <summary>The year's amount (资金总额, 年度资金总额, 项目金额 …), not the whole period's (实施期资金总额).</summary>
    private static bool AnnualAmount(string label) => AmountLabel().IsMatch(label) && !label.StartsWith("实施期", StringComparison.Ordinal);

    [GeneratedRegex(@"绩效(目标(申报)?|自评)表")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(三级指标|指标内容|指标名称)$")]
    private static partial Regex Level3Label();

    [GeneratedRegex(@"^(?:[0-9一二三四五六七八九十]+[、.．])?([^0-9].{1,39}?项目)(?:支出)?绩效(?:目标(?:申报)?|自评)表$")]
    private static partial Regex TitledProject();

    // A short label naming money: 支出, 资金, 经费, 拨款 (not a sentence, not a count).
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{2,14}(支出|资金|经费|拨款)$")]
    private static partial Regex FundLabel();

    [GeneratedRegex(@"^项目名称")]
    private static partial Regex ProjectLabel();

    [GeneratedRegex(@"^(总计|合计|预算金额|项目金额|(实施期|年度|项目)?资金总额|预算数|项目资金)")]
    private static partial Regex AmountLabel();

    [GeneratedRegex(@"^(合计|总计)")]
    private static partial Regex RowLabelsTotal();
}
