using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Templates;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS01: every table the template requires or the 目录 announces is printed (an empty one with its
/// note), the numbered explanation has no gaps, the glossary is there, projects are disclosed and each has
/// its performance-target table.</summary>
public sealed partial class CompletenessRules : IRuleFamily
{
    public IEnumerable<string> Rules =>
    [
        RuleCatalog.TableMissing.Id, RuleCatalog.SectionMissing.Id, RuleCatalog.GlossaryMissing.Id, RuleCatalog.PartOnly.Id,
        RuleCatalog.EmptyTableWithoutNote.Id, RuleCatalog.ProjectWithheld.Id, RuleCatalog.PerformanceTableMissing.Id,
    ];

    /// <summary>Tables the document's template requires (its description, Data/templates/*.json), with their numbers
    /// and printed titles; none for a layout we do not know.</summary>
    private static IReadOnlyList<(string Kind, int Number, string Title)> Required(Disclosure d, Template template) =>
        template.TablesRequired ? template.Tables.Select(t => (t.Kind, t.Number, t.TitleFor(d.Year, d.ScopeWord()))).ToList() : [];

    /// <summary>Regional forms of a required table: Guangzhou prints its 项目支出表 by economic class, Xi'an as
    /// 专项业务经费支出表, Jiangsu its 基本支出表 as 财政拨款基本支出表, Xi'an its 政府性基金表 as 收支表.</summary>
    private static readonly Dictionary<string, string[]> Counterparts = new()
    {
        [TableKinds.ProjectExpense] = [TableKinds.ProjectEconomic, TableKinds.UnitProjectExpense, TableKinds.SpecialExpense],
        [TableKinds.BasicExpense] = [TableKinds.FiscalBasicExpense, TableKinds.UnitBasicExpense],
        [TableKinds.GovFundExpense] = [TableKinds.GovFundSummary],
    };

    public void Run(AuditContext context)
    {
        var d = context.Document;
        // A lone part of a split publication says what it lacks once, instead of one finding per absent table.
        if (d.Part != "whole")
            context.Report(RuleCatalog.PartOnly, new FindingLocation { Section = "toc" }, new Dictionary<string, string>
            {
                ["part"] = d.Part switch { "explanation" => "情况说明", "tables" => "报表", _ => "绩效目标表" },
                ["missing"] = d.Part switch { "explanation" => "报表", "tables" => "情况说明", _ => "报表和情况说明" },
                ["extra"] = d.Part == "performance" && d.Performance.Count == 0 ? "；本文件的绩效目标表版式尚未支持，表中数字未读入" : "",
            });
        if (d.Tables.Count == 0 || d.Part != "whole" && d.Part != "tables") return;
        var template = Template.For(d.Template, d.Kind);
        MissingTables(context, d, template);
        foreach (var t in d.Tables.Where(t => t.IsEmpty && t.EmptyNote is null && DocumentView.Reliable(d, t) && !TextSaysNone(d, t.Kind)))
            context.Report(RuleCatalog.EmptyTableWithoutNote, AuditContext.At(t),
                new Dictionary<string, string> { ["title"] = t.Title ?? TableKinds.ChineseName(t.Kind), ["number"] = t.Number is { } n ? $"（表{n}）" : "" });
        foreach (var t in d.Tables.Where(t => t.EmptyNote is not null && DocumentView.Reliable(d, t)))
            EmptyNoteWithFigures(context, t);
        MissingSections(context, d, template.Sections);
        if (template.Glossary.Required && d.Sections.Count > 0 && d.Glossary.Count == 0)
            context.Report(RuleCatalog.GlossaryMissing, new FindingLocation { Section = "glossary" }, new Dictionary<string, string>());
        var withheld = WithheldProjects(context, d);
        MissingPerformanceTables(context, d, withheld);
    }

    /// <summary>The explanation says the table's subject has nothing ("政府性基金拨款支出预算为0", "本部门无当年政府性基金预算收支",
    /// "“三公”经费预算数为0"): the reader can tell "none" from "left out", as a note under the table would.</summary>
    private static bool TextSaysNone(Disclosure d, string kind)
    {
        var subject = kind switch
        {
            _ when kind.Contains("gov_fund") => "政府性基金",
            _ when kind.Contains("state_capital") => "国有资本经营",
            _ when kind.Contains("three_public") => "三公",
            _ when kind.Contains("carryover") => "结转",
            _ => null,
        };
        if (subject is null) return false;
        return d.Sections.SelectMany(s => s.Subsections.Select(x => x.Text).Prepend(s.Text))
            .SelectMany(text => text.Split('。', '；', ';', '\n'))
            .Any(sentence => sentence.Contains(subject) && NoneStated().IsMatch(sentence));
    }

    [GeneratedRegex(@"(?:为|是)\s*(?:0|零)(?:\.0+)?\s*(?:万?元)?(?![\d.])|均为\s*0|(?:^|[，,：:])\s*(?:本部门|本单位|我部门|我单位)?(?:无|没有)|未安排|空表|不涉及")]
    private static partial Regex NoneStated();

    /// <summary>YS0108: a table whose note says it is empty but whose rows carry figures other than 0.</summary>
    private static void EmptyNoteWithFigures(AuditContext context, DisclosureTable t)
    {
        var rows = (t.Rows ?? []).Concat(t.Income ?? []).Concat(t.Expense ?? []).Where(r => r.Values.Values.Any(v => v != 0)).ToList();
        if (rows.Count == 0 && !(t.Totals ?? new Dictionary<string, decimal>()).Values.Any(v => v != 0)) return;
        var figures = string.Join("，", rows.Take(3).Select(r => $"{r.Name ?? r.Label ?? r.Code ?? r.Item} {Amounts.Show(r.Values.Values.First(v => v != 0))}"));
        context.Report(RuleCatalog.EmptyNoteWithFigures, AuditContext.At(t, rows.FirstOrDefault()),
            new Dictionary<string, string>
            {
                ["table"] = AuditContext.Name(t), ["note"] = t.EmptyNote!,
                ["figures"] = figures.Length > 0 ? figures : "合计行不为 0",
            });
    }

    private static void MissingTables(AuditContext context, Disclosure d, Template template)
    {
        var announced = d.Toc.Where(e => e.Kind is not null).Select(e => (e.Kind!, e.Number ?? 0, TableKinds.ChineseName(e.Kind!)));
        // A 目录 that lists the tables says which this publication has; the template's list is for documents without one.
        // So does a set numbered without a gap (公开表一 … 公开表十二) that holds tables the template does not know: a table
        // the template has and the set lacks is another template's, not one left out. A gap (表7, then 表10) is one left out.
        var numbers = d.Tables.Select(t => t.Number).OfType<int>().Distinct().Order().ToList();
        var complete = numbers.Count >= 7 && numbers[0] == 1 && numbers[^1] == numbers.Count && d.Tables.Any(t => template.Table(t.Kind) is null);
        var required = d.Toc.Any(e => e.Kind is not null) || complete ? [] : Required(d, template);
        foreach (var (kind, number, title) in required.Concat(announced).DistinctBy(x => x.Item1))
        {
            if (d.Tables.Any(t => t.Kind == kind || Counterparts.GetValueOrDefault(kind, []).Contains(t.Kind))) continue;
            var toc = d.Toc.FirstOrDefault(e => e.Kind == kind);
            var empty = WouldBeEmpty(d, kind);
            var location = new FindingLocation { Table = kind, Number = toc?.Number ?? number, Section = "toc" };
            var args = new Dictionary<string, string>
            {
                ["title"] = toc?.Title ?? title, ["number"] = (toc?.Number ?? number).ToString(),
                ["reason"] = toc is not null ? "目录列出了这张表" : "模板要求这张表",
                ["empty"] = empty ? "（按其他表应为空表，也应印出并注明）" : "",
            };
            if (empty) context.Report(RuleCatalog.TableMissing with { DefaultSeverity = Severity.Warning }, location, args, "印出（可为空表）", "未印出");
            else context.Report(RuleCatalog.TableMissing, location, args, "印出", "未印出");
        }
    }

    /// <summary>True when the other tables show that this table would have no figures.</summary>
    private static bool WouldBeEmpty(Disclosure d, string kind)
    {
        var s = d.Table(TableKinds.Summary);
        var fiscal = d.Table(TableKinds.FiscalSummary);
        decimal Item(string item) => DocumentView.Item(s, item) ?? DocumentView.Item(fiscal, item) ?? 0;
        return kind switch
        {
            TableKinds.GovFundExpense => Item("gov_fund") == 0 && (DocumentView.Total(fiscal, "gov_fund") ?? 0) == 0,
            TableKinds.StateCapitalExpense => Item("state_capital") == 0 && (DocumentView.Total(fiscal, "state_capital") ?? 0) == 0,
            TableKinds.Carryover => Item("prior_carryover") == 0,
            TableKinds.ProjectExpense => (DocumentView.Total(d.Table(TableKinds.GeneralBudgetExpense), "project") ?? 1) == 0,
            _ => false,
        };
    }

    private static void MissingSections(AuditContext context, Disclosure d, TemplateSections sections)
    {
        if (d.Sections.Count == 0) return;
        // A template that fixes its sections (Xinjiang's twelve) requires each; elsewhere only a gap between printed
        // numbers is missing (the numbering may begin in the overview part: 第一部分 部门概况 一、… 四、, then 第二部分 五、…).
        var listed = sections.Fixed && sections.List.Count > 0;
        var first = listed ? sections.List.Min(s => s.Number) : d.Sections.Min(s => s.Number);
        var last = listed ? sections.List.Max(s => s.Number) : d.Sections.Max(s => s.Number);
        for (var n = first; n <= last; n++)
        {
            if (d.Sections.Any(s => s.Number == n)) continue;
            var title = listed && sections.Find(n) is { } s ? $"“{TemplateText.Fill(s.Title, d.Year, d.ScopeWord())}”" : "";
            context.Report(RuleCatalog.SectionMissing, new FindingLocation { Section = n.ToString() },
                new Dictionary<string, string> { ["part"] = sections.Part, ["number"] = ChineseNumbers.Format(n), ["title"] = title });
        }
    }

    /// <summary>Projects whose section-七 details are withheld (不予公开): reported once, and returned so the
    /// performance-table check does not count the same cause twice.</summary>
    private static HashSet<string> WithheldProjects(AuditContext context, Disclosure d)
    {
        var withheld = new HashSet<string>();
        var section = d.Sections.FirstOrDefault(s => s.Title.Contains("项目支出"));
        var project = d.Table(TableKinds.ProjectExpense);
        if (section is null) return withheld;
        var text = section.Text + "\n" + string.Join("\n", section.Subsections.Select(s => s.Title + "\n" + s.Text));
        foreach (var block in ProjectBlock().Split(text).Skip(1))
        {
            if (!block.Contains("不予公开")) continue;
            var name = block.Split('\n')[0].Trim();
            var row = project?.Rows?.FirstOrDefault(r => Same(r.Project, name));
            withheld.Add(Key(name));
            var amount = AmountIn().Match(block) is { Success: true } m ? m.Groups[1].Value + " 万元" : row?.Values.GetValueOrDefault("total").ToString() ?? "";
            var location = row is null ? new FindingLocation { Section = section.Number.ToString() }
                : AuditContext.At(project!, row, "total") with { Section = section.Number.ToString() };
            context.Report(RuleCatalog.ProjectWithheld, location, new Dictionary<string, string>
            {
                ["project"] = name, ["amount"] = amount, ["withheld"] = NotDisclosed().Match(block).Value,
            });
        }
        return withheld;
    }

    private static void MissingPerformanceTables(AuditContext context, Disclosure d, HashSet<string> withheld)
    {
        var projectTables = d.Performance.Where(p => p.Kind == "project").ToList();
        var rows = d.Table(TableKinds.ProjectExpense)?.Rows?.Where(r => r.Project is not null && !withheld.Contains(Key(r.Project))).ToList();
        if (projectTables.Count == 0 || rows is not { Count: > 0 }) return;
        var missing = rows.Where(r => !projectTables.Any(p => Same(p.Project, r.Project))).ToList();
        if (missing.Count == 0) return;
        // A document without sections (the tables part of a split publication) places it on the table alone.
        var section = d.Sections.FirstOrDefault(s => s.Title.Contains("其他重要事项"))?.Number ?? d.Sections.Select(s => (int?)s.Number).Max();
        context.Report(RuleCatalog.PerformanceTableMissing, AuditContext.At(d.Table(TableKinds.ProjectExpense)!, missing[0], "total") with { Section = section?.ToString(), Subsection = section is null ? null : 4 },
            new Dictionary<string, string>
            {
                ["expected"] = rows.Count.ToString(), ["actual"] = (rows.Count - missing.Count).ToString(),
                ["missing"] = string.Join("、", missing.Select(r => $"{r.Project}（{r.Code} {Amounts.Show(r.Values.GetValueOrDefault("total"))}）")),
            }, rows.Count.ToString(), (rows.Count - missing.Count).ToString());
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    private static string Key(string s) => Regex.Replace(s, @"[\s\u3000]", "").Replace('（', '(').Replace('）', ')');

    [GeneratedRegex(@"项目名称[:：]")]
    private static partial Regex ProjectBlock();

    [GeneratedRegex(@"预算安排规模[:：]\s*([\d,.]+)")]
    private static partial Regex AmountIn();

    [GeneratedRegex(@"[^：:\n]{0,4}不予公开")]
    private static partial Regex NotDisclosed();
}
