using OpenYusuan.Audit.Rules;
using OpenYusuan.Audit.Rules.Families;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>Runs every rule family over a document. The reader's notes (input problems, YS09) come first,
/// then the findings in print order.</summary>
public sealed class Auditor(AuditConfig? config = null)
{
    private readonly AuditConfig _config = config ?? AuditConfig.Default;

    public static IReadOnlyList<IRuleFamily> Families { get; } =
    [
        new CompletenessRules(), new TableSumRules(), new RowIdentityRules(), new SummaryLineRules(),
        new ThreePublicRules(), new SummaryAgreementRules(), new ExpenseBreakdownRules(), new BasicExpenseRules(), new FundingRules(), new CodeNameRules(), new FinalAccountsRules(),
        new NarrativeAmountRules(), new ShareRules(), new StatedRateRules(), new BudgetComparisonRules(), new YearOnYearRules(), new ItemConsistencyRules(), new OtherMattersRules(), new ThreePublicCountRules(), new TextQualityRules(), new ProjectNarrativeRules(), new EmptyTableStatementRules(), new PerformanceRules(), new SelfEvaluationRules(), new SubsidyRules(),
        // issue 12: text quality and the document that gives the audit nothing
        new EmptyDocumentRules(), new DetailLevelRules(), new RequiredTopicRules(), new PlaceholderRules(), new PunctuationRules(), new GarbledTextRules(), new ScopeWordRules(),
        new ReasonRules(), new TemplateGuidanceRules(), new BlankPageRules(),
        // years (YS08) and the explanation's 科目 names against the tables (YS0603–YS0606)
        new YearComparisonRules(), new YearDateRules(), new YearHeadingRules(), new NameRules(), new SupersededNameRules(),
    ];

    public AuditReport Audit(Disclosure document, string path)
    {
        var context = new AuditContext(document, _config);
        foreach (var family in Families) family.Run(context);
        var notes = document.Notes.Where(n => !_config.IsOff(n.Rule))
            .Select(n => n with { Severity = n.Severity == Severity.Info ? Severity.Info : _config.SeverityFor(n.Rule, n.Severity) });
        var findings = notes.Concat(context.Findings
            .OrderBy(f => f.Location.Line ?? int.MaxValue).ThenBy(f => f.Rule, StringComparer.Ordinal)).ToList();
        return new AuditReport
        {
            Document = path, Entity = document.Entity, Year = document.Year, Template = document.Template,
            Findings = findings,
            Summary = new AuditSummary(
                findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning),
                findings.Count(f => f.Severity == Severity.Info), Families.SelectMany(f => f.Rules).Distinct().Count(r => !_config.IsOff(r))),
        };
    }
}
