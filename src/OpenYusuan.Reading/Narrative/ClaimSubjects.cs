using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Resolves the printed subject of a claim to what it names in the tables: a 类/款/项 path to its
/// code, an income line or 基本/项目支出 to its item key, a “三公” part to its item, other topics by name.</summary>
public sealed partial class ClaimSubjects(IReadOnlyDictionary<string, string> documentNames)
{
    /// <summary><paramref name="Group"/> tells apart item keys of different tables (“三公” total vs 收入总计);
    /// it is not part of the model.</summary>
    public sealed record Resolved(string? Code = null, string? Item = null, string? Topic = null, string? Group = null);

    public Resolved Resolve(string subject)
    {
        var s = subject.Replace(" ", "");
        if (PathMarker().IsMatch(s)) return new Resolved(Code: CodeOfPath(s.Trim('“', '”', '"').Replace("”科目", "").TrimEnd('”', '"')));
        // Shanghai: “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目
        if (DashedPath().Match(s) is { Success: true } dashed)
            return new Resolved(Code: CodeOfNames(dashed.Groups[1].Value.Split('-', '－', '—')));
        // "货物采购金额 122.43 万元、工程采购金额…" (a 决算's 政府采购支出情况) names the part without 政府.
        if (s.Contains("政府采购") || s.Contains("企业预留") || ProcurementPart().IsMatch(s))
            return new Resolved(Topic: "procurement", Item: s switch
            {
                _ when s.Contains("小微企业") || s.Contains("小型和微型") || s.Contains("小型、微型") => "small_micro_reserved",
                _ when s.Contains("中小企业") => "sme_reserved",
                _ when s.Contains("货物") => "goods",
                _ when s.Contains("工程") => "works",
                _ when s.Contains("服务") => "services",
                _ => "total",
            });
        if (s.Contains("三公")) return new Resolved(Item: "total", Group: "three_public");
        // "财政拨款安排公务接待费…" (a 决算's 三公 sentence) names the part after what funds it.
        var part = Regex.Replace(s, "^(?:财政拨款)?安排的?", "");
        if (part.StartsWith("因公出国")) return new Resolved(Item: "abroad", Group: "three_public");
        if (part.StartsWith("公务接待")) return new Resolved(Item: "reception", Group: "three_public");
        if (part.StartsWith("公务用车购置及运行") || part.StartsWith("公务用车购置和运行")) return new Resolved(Item: "vehicle", Group: "three_public");
        if (part.StartsWith("公务用车购置")) return new Resolved(Item: "vehicle_purchase", Group: "three_public");
        if (part.StartsWith("公务用车运行")) return new Resolved(Item: "vehicle_operation", Group: "three_public");
        // 会议费 and 培训费 print in the same table as the 三公 parts ("一般公共预算拨款安排的会议费预算支出 1.30 万元").
        // Only the line itself: "…拨款安排的会议费预算支出", "培训费"; a project's "今年预算培训费用" is not the department's.
        if (MeetingOrTraining().Match(s) is { Success: true } line && (line.Index == 0 || s.Contains("拨款") || s.Contains("安排")))
            return new Resolved(Item: line.Groups[1].Value == "会议费" ? "meeting" : "training", Group: "three_public");
        if (s.Contains("机关运行经费") || s.Contains("单位运行经费")) return new Resolved(Topic: "operating_costs");
        if (s is "基本支出" or "项目支出" or "人员经费" or "公用经费")
            return new Resolved(Item: s switch { "基本支出" => "basic", "项目支出" => "project", "人员经费" => "personnel", _ => "public" });
        if (Regex.IsMatch(s, "^上级一般公共预算安排的?转移支付")) return new Resolved(Item: "general_budget_transfer");
        if (Regex.IsMatch(s, "^上级政府性基金(预算)?安排的?转移支付")) return new Resolved(Item: "gov_fund_transfer");
        if (Regex.IsMatch(s, "^上级国有资本经营预算安排的?转移支付")) return new Resolved(Item: "state_capital_transfer");
        if (Regex.IsMatch(s, "^一般公共预算(拨款|资金)?$")) return new Resolved(Item: "general_budget");
        if (Regex.IsMatch(s, "^政府性基金(预算)?(拨款|资金)?$")) return new Resolved(Item: "gov_fund");
        if (Regex.IsMatch(s, "^国有资本经营(预算)?(拨款|资金)?$")) return new Resolved(Item: "state_capital");
        if (Regex.IsMatch(s, "^财政专户")) return new Resolved(Item: "special_account");
        if (s.StartsWith("单位资金")) return new Resolved(Item: "unit_funds");
        if (s.StartsWith("事业收入")) return new Resolved(Item: "business_income");
        if (Regex.IsMatch(s, "^(事业单位)?经营收入")) return new Resolved(Item: "operating_income");
        if (Regex.IsMatch(s, "^其他(收入|资金)")) return new Resolved(Item: "other_income");
        if (s.StartsWith("财政拨款结转")) return new Resolved(Item: "fiscal_carryover");
        if (s.StartsWith("非财政拨款")) return new Resolved(Item: "nonfiscal_carryover");
        if (Regex.IsMatch(s, "^(收支总预算|(部门|单位)?收入预算(总额)?|收入预算合计)$")) return new Resolved(Item: "income_total");
        if (Regex.IsMatch(s, "^(部门|单位)?支出预算(总额|合计)?$")) return new Resolved(Item: "expense_total");
        if (Regex.IsMatch(s, "^财政拨款收入$")) return new Resolved(Item: "fiscal_appropriation");
        if (Regex.IsMatch(s, "财政拨款收支总预算")) return new Resolved(Item: "fiscal_total");
        if (Regex.IsMatch(s, "一般公共预算(当年)?拨款(合计|总额|支出预算)?$")) return new Resolved(Item: "general_budget_total");
        return new Resolved();
    }

    /// <summary>The subject is printed as a 类/款/项 path, whether or not its names resolve.</summary>
    public static bool IsPath(string subject) => PathMarker().IsMatch(subject.Replace(" ", ""));

    /// <summary>"卫生健康支出（类）医疗保障管理事务（款）行政运行（项）" → 2101501, level by level: a 类 by its name,
    /// then a 款 of that 类, then a 项 of that 款 — from the document's own names first, then the reference
    /// lists (a 项 no longer in this year's tables is still resolved).</summary>
    private string? CodeOfPath(string path) =>
        CodeOf(PathPart().Matches(path).Select(m => (m.Groups[1].Value, m.Groups[2].Value switch { "类" => 3, "款" => 5, _ => 7 })));

    private string? CodeOfNames(string[] names) =>
        names.Length is < 1 or > 3 ? null : CodeOf(names.Select((n, i) => (n, 3 + 2 * i)));

    private string? CodeOf(IEnumerable<(string Name, int Length)> levels)
    {
        string? code = null;
        foreach (var (name, length) in levels)
        {
            var candidates = Candidates(name, length).Where(c => code is null || c.StartsWith(code, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0) return null;
            code = candidates[0];
        }
        return code;
    }

    private IEnumerable<string> Candidates(string name, int length)
    {
        var key = ClassificationList.NormalizeName(name);
        foreach (var (code, printed) in documentNames)
            if (code.Length == length && ClassificationList.NormalizeName(printed) == key) yield return code;
        foreach (var code in ClassificationList.Functional.CodesOfName(name))
            if (code.Length == length) yield return code;
    }

    [GeneratedRegex(@"^[“""]?([^“”""]+?[-－—][^“”""]+?)[”""]?科目$")]
    private static partial Regex DashedPath();

    [GeneratedRegex(@"(会议费|培训费)(?:预算)?(?:支出)?(?:预算)?(?:决算)?$")]
    private static partial Regex MeetingOrTraining();

    [GeneratedRegex(@"^(货物|工程|服务)采购(金额|支出)?$")]
    private static partial Regex ProcurementPart();

    [GeneratedRegex(@"[（(](类|款|项)[）)]")]
    private static partial Regex PathMarker();

    [GeneratedRegex(@"(.+?)[（(](类|款|项)[）)]")]
    private static partial Regex PathPart();
}
