using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>A 决算 绩效自评表 against its own figures: 执行率 = B ÷ A, no indicator scored above its 分值, 总分 = the scores'
/// sum (YS0420); the 预算执行率 score against 分值 × 执行率 (YS0421, a warning: regions score it in bands too). Each is
/// compared at the precision the table prints.</summary>
public sealed class SelfEvaluationRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.SelfEvaluationArithmetic.Id, RuleCatalog.ExecutionScore.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        foreach (var t in d.Performance)
        {
            var name = t.Kind == "overall" ? "整体绩效自评表" : $"绩效自评表“{t.Project}”";
            var loc = AuditContext.Where(new FindingLocation { Section = PerformanceRules.SectionOf(d), Subsection = 4 }, t.Loc);
            void Report(RuleDescriptor rule, string problem, decimal expected, decimal actual) =>
                context.Report(rule, loc, new Dictionary<string, string> { ["table"] = name, ["problem"] = problem },
                    Amounts.Show(expected), Amounts.Show(actual));

            // 执行率 = 全年执行数 ÷ 全年预算数, for the table and for each task it scores.
            void Rate(string who, decimal executed, decimal budget, decimal printed)
            {
                var expected = Round(executed / budget * 100, printed);
                if (!Fits(executed / budget * 100, printed))
                    Report(RuleCatalog.SelfEvaluationArithmetic,
                        $"{who}执行率应为 {Amounts.Show(executed)} ÷ {Amounts.Show(budget)} = {Amounts.Show(expected)}%，表中为 {Amounts.Show(printed)}%", expected, printed);
            }

            decimal? computed = t.Budget is > 0 && t.Executed is { } b ? b / t.Budget.Value * 100 : null;
            if (computed is not null && t.ExecutionRate is { } rate) Rate("", t.Executed!.Value, t.Budget!.Value, rate);

            // A 部门整体支出绩效自评表 scores 预算执行率 task by task: each task's 执行率 and 得分, and their sum on 金额合计.
            foreach (var k in t.Tasks ?? [])
            {
                if (k.Amount is > 0 && k.Executed is { } e && k.Rate is { } kr) Rate($"任务“{k.Name}”", e, k.Amount.Value, kr);
                if (k.Score is { } ks && k.Weight is { } kw && ks > kw)
                    Report(RuleCatalog.SelfEvaluationArithmetic, $"任务“{k.Name}”得分 {Amounts.Show(ks)} 超过其分值 {Amounts.Show(kw)}", kw, ks);
            }
            var scored = (t.Tasks ?? []).Where(k => k.Score is not null).ToList();
            var taskScores = scored.Sum(k => k.Score!.Value);
            if (scored.Count > 0 && t.ExecutionScore is { } sum && !Fits(taskScores, sum))
                Report(RuleCatalog.SelfEvaluationArithmetic,
                    $"金额合计的得分应为各任务得分之和 {Amounts.Show(taskScores)}，表中为 {Amounts.Show(sum)}", Round(taskScores, sum), sum);

            if (scored.Count == 0 && t.ExecutionWeight is { } w && t.ExecutionScore is { } score && (t.ExecutionRate ?? computed) is { } r)
            {
                // The score may be worked from the printed rate or from B ÷ A; either fits.
                var candidates = new[] { r, computed ?? r }.Select(x => Math.Min(w, w * x / 100)).ToList();
                if (!candidates.Any(c => Fits(c, score)))
                    Report(RuleCatalog.ExecutionScore,
                        $"预算执行率分值 {Amounts.Show(w)}、执行率 {Amounts.Show(Math.Round(r, 2))}%，得分应为 {Amounts.Show(w)} × {Amounts.Show(Math.Round(r, 2))}% = {Amounts.Show(Round(candidates[0], score))}，表中为 {Amounts.Show(score)}",
                        Round(candidates[0], score), score);
            }

            foreach (var i in t.Indicators)
                if (i.Score is { } s && i.Weight is { } wt && s > wt)
                    Report(RuleCatalog.SelfEvaluationArithmetic, $"指标“{i.Level3}”得分 {Amounts.Show(s)} 超过其分值 {Amounts.Show(wt)}", wt, s);

            if (t.TotalScore is { } total && t.Indicators.Count > 0 && t.Indicators.All(i => i.Score is not null))
            {
                var indicators = t.Indicators.Sum(i => i.Score!.Value);
                var weights = t.Indicators.All(i => i.Weight is not null) ? t.Indicators.Sum(i => i.Weight!.Value) : (decimal?)null;
                // Where the 预算执行率 part was not read, only a 总分 whose 分值 is the indicators' alone can be checked.
                if (t.ExecutionScore is null && (weights is null || t.TotalWeight != weights)) continue;
                var withExecution = indicators + (t.ExecutionScore ?? 0);
                if (!Fits(withExecution, total) && !Fits(indicators, total))
                    Report(RuleCatalog.SelfEvaluationArithmetic,
                        t.ExecutionScore is { } es
                            ? $"总分应为各指标得分 {Amounts.Show(indicators)} 加预算执行率得分 {Amounts.Show(es)} = {Amounts.Show(withExecution)}，表中为 {Amounts.Show(total)}"
                            : $"总分应为各指标得分之和 {Amounts.Show(indicators)}，表中为 {Amounts.Show(total)}",
                        Round(withExecution, total), total);
            }
        }
    }

    /// <summary>The exact figure rounded to the places the printed one has, and written with them (8.6 → 8.60 beside 10.00):
    /// adding a zero of that scale sets the scale.</summary>
    private static decimal Round(decimal exact, decimal printed)
    {
        var places = Amounts.Places(printed);
        return Math.Round(exact, places, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)places);
    }

    /// <summary>The printed figure is the exact one rounded to the places it prints, give or take one in its last place.</summary>
    private static bool Fits(decimal exact, decimal printed) =>
        Math.Abs(Round(exact, printed) - printed) <= 1m / (decimal)Math.Pow(10, Amounts.Places(printed));
}
