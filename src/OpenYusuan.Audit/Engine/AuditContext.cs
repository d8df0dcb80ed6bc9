using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>What a rule family sees: the document, and one way to report — with the arithmetic, the
/// rounding envelope applied, and the configuration's overrides.</summary>
public sealed class AuditContext(Disclosure document, AuditConfig config)
{
    private readonly List<Finding> _findings = [];

    public Disclosure Document { get; } = document;
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Reports a rule's finding (message from its template), unless the configuration silences it.</summary>
    public void Report(RuleDescriptor rule, FindingLocation location, IReadOnlyDictionary<string, string> args,
        string? expected = null, string? actual = null, IReadOnlyList<FindingLocation>? related = null, bool rounding = false)
    {
        if (config.IsOff(rule.Id)) return;
        var message = rule.Format(args);
        if (rounding) message += "（差额在四舍五入范围内，属正常）";
        _findings.Add(new Finding
        {
            Rule = rule.Id, Severity = rounding ? Severity.Info : config.SeverityFor(rule.Id, rule.DefaultSeverity),
            Message = message, Location = location, Expected = expected, Actual = actual, Related = related,
        });
    }

    /// <summary>Checks expected = actual, where actual is a sum of <paramref name="operands"/> printed figures;
    /// reports nothing when equal, info when rounding of the figures as printed explains the difference, the rule's
    /// severity otherwise.
    /// The args get {expected}, {actual} and {diff}.</summary>
    public bool CheckEqual(RuleDescriptor rule, decimal expected, decimal actual, int operands, IEnumerable<decimal> printed,
        FindingLocation location, Dictionary<string, string> args, IReadOnlyList<FindingLocation>? related = null)
    {
        var outcome = Amounts.Compare(expected, actual, operands, printed);
        if (outcome == Amounts.Outcome.Equal) return true;
        args["expected"] = Amounts.Show(expected);
        args["actual"] = Amounts.Show(actual);
        args["diff"] = Amounts.Show(Math.Abs(expected - actual));
        Report(rule, location, args, Amounts.Show(expected), Amounts.Show(actual), related, outcome == Amounts.Outcome.Rounding);
        return false;
    }

    /// <summary>"表3（单位支出总体情况表）" for messages.</summary>
    public static string Name(DisclosureTable t) => t.Number is { } n ? $"表{n}（{t.Title}）" : t.Title ?? TableKinds.ChineseName(t.Kind);

    /// <summary>The location placed where <paramref name="loc"/> was printed: its line, or its page and box.</summary>
    public static FindingLocation Where(FindingLocation f, Location? loc) => f with { Line = loc?.Line, Page = loc?.Page, Bbox = loc?.Bbox, Sheet = loc?.Sheet, Cell = loc?.Cell };

    public static FindingLocation At(DisclosureTable t, TableRow? row = null, string? column = null, string? side = null) => new()
    {
        Table = t.Kind, Number = t.Number, Side = side, Item = row?.Item, Row = row?.Code ?? (row is null ? null : row.Item),
        Project = row?.Project, Column = column, Line = row?.Loc?.Line ?? t.Loc?.Line, Page = row?.Loc?.Page ?? t.Loc?.Page,
        Bbox = row is null ? t.Loc?.Bbox : row.Loc?.Bbox, Sheet = (row?.Loc ?? t.Loc)?.Sheet, Cell = (row?.Loc ?? t.Loc)?.Cell,
    };
}
