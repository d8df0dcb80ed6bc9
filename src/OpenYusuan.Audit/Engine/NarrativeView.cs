using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>The claims of the explanation with where they stand, and what each section is about (told by
/// its title, not its number, since templates number differently).</summary>
public static class NarrativeView
{
    public enum Topic { Other, Overall, Income, Expense, Fiscal, GeneralBudget, Basic, Project, ThreePublic, Carryover, Matters, Compilation }

    public sealed record Placed(Section Section, Section? Subsection, int Index, Claim Claim, Topic Topic)
    {
        public FindingLocation Location =>
            AuditContext.Where(new() { Section = Section.Number.ToString(), Subsection = Subsection?.Number, Claim = Index }, Claim.Loc);
    }

    public static Topic Of(Section s) => s.Title switch
    {
        var t when t.Contains("三公") => Topic.ThreePublic,
        var t when t.Contains("预算编制说明") => Topic.Compilation,
        var t when t.Contains("结转结余") => Topic.Carryover,
        var t when t.Contains("基本支出") => Topic.Basic,
        var t when t.Contains("项目支出") => Topic.Project,
        var t when t.Contains("一般公共预算") && t.Contains("拨款") => Topic.GeneralBudget,
        var t when t.Contains("财政拨款收支") => Topic.Fiscal,
        var t when t.Contains("收支预算") || t.Contains("收支总体") => Topic.Overall,
        var t when t.Contains("收入预算") => Topic.Income,
        var t when t.Contains("支出预算") => Topic.Expense,
        var t when t.Contains("其他重要事项") || t.Contains("其他相关情况") => Topic.Matters,
        _ => Topic.Other,
    };

    /// <summary>Every section's and sub-section's own text, in print order.</summary>
    public static IEnumerable<(Section Section, Section? Sub, string Text)> Texts(Disclosure d)
    {
        foreach (var s in d.Sections)
        {
            yield return (s, null, s.Text);
            foreach (var sub in s.Subsections) yield return (s, sub, sub.Text);
        }
    }

    /// <summary>A place in a section's text: character <paramref name="at"/> of its (sub-)section, with line, page and box.</summary>
    public static FindingLocation At(Section section, Section? sub, int at)
    {
        var loc = (sub ?? section).LocAt(at);
        return new() { Section = section.Number.ToString(), Subsection = sub?.Number, Line = loc?.Line, Page = loc?.Page, Bbox = loc?.Bbox, Sheet = loc?.Sheet, Cell = loc?.Cell };
    }

    public static IEnumerable<Placed> Claims(Disclosure d)
    {
        foreach (var s in d.Sections)
        {
            var topic = Of(s);
            for (var i = 0; i < s.Claims.Count; i++) yield return new(s, null, i, s.Claims[i], topic);
            foreach (var sub in s.Subsections)
                for (var i = 0; i < sub.Claims.Count; i++) yield return new(s, sub, i, sub.Claims[i], topic);
        }
    }
}
