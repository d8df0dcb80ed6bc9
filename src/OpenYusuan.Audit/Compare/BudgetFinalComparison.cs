using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Audit.Compare;

/// <summary>A department's budget beside its 决算 for the same year, line by line: each 功能分类 code of the 一般公共预算
/// spending (the budget's 一般公共预算支出表 against the 决算's 一般公共预算财政拨款支出决算表) and each 经济分类 class of
/// the basic spending, with the execution rate and the difference the 决算 should explain. Where the 决算 prints a
/// 年初预算数, it must be the published budget's figure: a line where it is not is flagged.</summary>
public static class BudgetFinalComparison
{
    /// <summary>One compared line, in 万元. <see cref="Initial"/> is the 决算's own 年初预算数 where printed.</summary>
    public sealed record Line(string Table, string Code, string? Name, decimal? Budget, decimal? Initial, decimal? Final)
    {
        /// <summary>决算 ÷ 预算, in percent, when there is a budget.</summary>
        public decimal? Rate => Budget is > 0 && Final is { } f ? Math.Round(f / Budget.Value * 100, 2, MidpointRounding.AwayFromZero) : null;
        public decimal? Difference => Final is { } f && Budget is { } b ? f - b : null;
        /// <summary>The 决算's 年初预算数 differs from the published budget beyond rounding.</summary>
        public bool InitialDiffers => Initial is { } i && Budget is { } b && Math.Abs(i - b) > 0.01m;
    }

    public sealed record Result(string? Entity, int? Year, IReadOnlyList<Line> Lines)
    {
        public IEnumerable<Line> Mismatches => Lines.Where(l => l.InitialDiffers);
    }

    /// <summary>Compares; throws <see cref="InvalidOperationException"/> with a Chinese reason when the pair is not a budget
    /// and a 决算 of the same year.</summary>
    public static Result Of(Disclosure budget, Disclosure final)
    {
        if (budget.Kind != "budget" || final.Kind != "final")
            throw new InvalidOperationException($"需要先给预算、再给决算：第一个文件是{budget.KindWord()}，第二个是{final.KindWord()}");
        if (budget.Year is { } by && final.Year is { } fy && by != fy)
            throw new InvalidOperationException($"预算是 {by} 年的，决算是 {fy} 年的，不是同一年度");
        if (Name(budget.Entity) is { Length: > 0 } be && Name(final.Entity) is { Length: > 0 } fe && be != fe)
            throw new InvalidOperationException($"预算是“{budget.Entity}”的，决算是“{final.Entity}”的，不是同一部门（单位）");
        var lines = new List<Line>();
        Codes(lines, "general_budget_expense", budget.Table(TableKinds.GeneralBudgetExpense), final.Table(TableKinds.FinalGeneralBudgetExpense), "total");
        Codes(lines, "basic_expense", budget.Table(TableKinds.BasicExpense), final.Table(TableKinds.FinalBasicExpense), null, classesOnly: true);
        return new Result(final.Entity ?? budget.Entity, final.Year ?? budget.Year, lines);
    }

    private static string? Name(string? entity) => entity?.Replace("（汇总）", "").Replace("(汇总)", "").Replace(" ", "");

    private static void Codes(List<Line> lines, string name, DisclosureTable? budget, DisclosureTable? final, string? column, bool classesOnly = false)
    {
        if (budget is null && final is null) return;
        string Value(DisclosureTable t) => column ?? (t.Columns.Contains("total") ? "total" : "amount");
        var codes = new[] { budget, final }.OfType<DisclosureTable>().SelectMany(t => t.Rows ?? [])
            .Where(r => r.Code is not null && r.Project is null && (!classesOnly || r.Code.Length == 3)).Select(r => r.Code!)
            .Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        foreach (var code in codes)
        {
            decimal? Of(DisclosureTable? t, string? col) => t is null || col is null || (!t.Columns.Contains(col) && col != "amount") ? null
                : DocumentView.ByCode(t, code, col) is { } v ? InWan(v, t.Unit) : null;
            var b = Of(budget, budget is null ? null : Value(budget));
            var f = Of(final, final is null ? null : Value(final));
            var i = final is not null && final.Columns.Contains("initial_budget") ? Of(final, "initial_budget") : null;
            if (b is null or 0 && f is null or 0 && i is null or 0) continue;
            var row = (final?.Rows ?? []).Concat(budget?.Rows ?? []).FirstOrDefault(r => r.Code == code && r.Name is not null);
            lines.Add(new Line(name, code, row?.Name, b, i, f));
        }
    }

    private static decimal InWan(decimal value, string unit) => unit == Units.Yuan ? value / 10000m : value;
}
