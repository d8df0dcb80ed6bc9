using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Layout;

/// <summary>Recognizes a standard table from its printed title (aliases vary by year and region).
/// Tables are known by what they are called, never by their number.</summary>
public static partial class TableTitles
{
    // Final-account (决算) tables: their own kinds (spec: final_*), told apart before the budget aliases.
    private static readonly (string Kind, Regex Pattern)[] FinalPatterns =
    [
        ("final_three_public", new(@"三公.?经费")),
        ("final_operating_costs", new(@"机关运行经费")),
        ("final_procurement", new(@"政府采购")),
        ("final_fiscal_summary", new(@"财政拨款收入支出决算总表$")),
        ("final_summary", new(@"收入支出决算总表$")),
        ("final_basic_expense", new(@"基本支出决算(明细)?表$")),
        ("final_general_budget_expense", new(@"一般公共预算财政拨款(项目)?支出决算表$")),
        ("final_gov_fund", new(@"政府性基金")),
        ("final_state_capital", new(@"国有资本经营")),
        ("final_income", new(@"收入决算表$")),
        ("final_expense", new(@"支出决算表$")),
    ];

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        (TableKinds.ThreePublic, new(@"三公.?经费")),
        (TableKinds.Carryover, new(@"上年结转结余(情况)?(明细)?(表|情况表)$")),
        (TableKinds.FiscalSummary, new(@"财政拨款收支.*总(体情况)?表$|财政拨款收支.*情况表$")),
        (TableKinds.Summary, new(@"收支(预算)?总(体情况)?表$|财务收支预算总表$|收支总表$")),
        (TableKinds.Income, new(@"收入(预算)?总(体情况)?表$|收入总表$|收入预算表$")),
        (TableKinds.BasicExpense, new(@"一般公共预算.*基本支出.*表$")),
        (TableKinds.ProjectExpense, new(@"项目支出(情况|预算)?(明细)?表$")),
        (TableKinds.GeneralBudgetExpense, new(@"一般公共预算(财政拨款)?支出.*表$")),
        (TableKinds.GovFundExpense, new(@"政府性基金预算.*支出.*表$")),
        (TableKinds.StateCapitalExpense, new(@"国有资本经营预算.*支出.*表$")),
        (TableKinds.Expense, new(@"支出(预算)?总(体情况)?表$|支出总表$|支出预算表$")),
    ];

    /// <summary>The table kind a title line names, or null. The line must be a title, not a sentence
    /// that mentions a table (those end in 。 or run on with commas).</summary>
    public static string? KindOf(string line)
    {
        var key = TitleKey(line);
        if (key is null) return null;
        if (key.Contains("决算"))
        {
            foreach (var (kind, pattern) in FinalPatterns)
                if (pattern.IsMatch(key)) return kind;
            return null;
        }
        foreach (var (kind, pattern) in Patterns)
            if (pattern.IsMatch(key)) return kind;
        return null;
    }

    /// <summary>The title without its leading numbering (表1, 一、, 附表3：), or null when the line is not title-shaped.</summary>
    public static string? TitleKey(string line)
    {
        var key = TextNormalizer.Key(line);
        // 目录 entries with dot leaders and page numbers are not titles, even without a 目录 heading.
        if (key.Contains("……") || key.Contains("...") || key.Contains("…")) return null;
        if (key.Length is < 4 or > 60 || !key.EndsWith('表')) return null;
        if (key.Contains('。') || key.Contains('，') || key.Contains(',') || key.Contains("绩效")) return null;
        key = Numbering().Replace(key, "");
        return key.Length < 4 ? null : key;
    }

    /// <summary>The printed title without spaces and without its leading numbering, punctuation as printed.</summary>
    public static string CleanTitle(string line) =>
        PrintedNumbering().Replace(TextNormalizer.Compact(line), "");

    /// <summary>True for a line like "表 1" / "表1" / "附表 3" that only carries the table number.</summary>
    public static bool IsNumberLine(string line, out int number)
    {
        var m = NumberOnly().Match(TextNormalizer.Compact(line));
        number = m.Success ? ChineseNumbers.Parse(m.Groups[1].Value) ?? 0 : 0;
        return m.Success && number > 0;
    }

    [GeneratedRegex(@"^(附?表[0-9一二三四五六七八九十]+[:、.]?|[一二三四五六七八九十]+、|[0-9]+[、.])")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(附?表[0-9一二三四五六七八九十]+[:：、.]?|[一二三四五六七八九十]+、|[0-9]+[、.])")]
    private static partial Regex PrintedNumbering();

    [GeneratedRegex(@"^附?表([0-9]+|[一二三四五六七八九十]+)$")]
    private static partial Regex NumberOnly();
}
