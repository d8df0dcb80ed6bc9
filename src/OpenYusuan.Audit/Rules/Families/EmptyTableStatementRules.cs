using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0407: a section saying its table is empty (为空表, 没有…支出) while the table has figures is an
/// error; a section that speaks of figures while its table is empty is too.</summary>
public sealed partial class EmptyTableStatementRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.EmptyTableStatement.Id];

    private static readonly (string TitleWord, string Kind)[] Sections =
    [
        ("政府性基金", TableKinds.GovFundExpense), ("国有资本经营", TableKinds.StateCapitalExpense), ("上年结转结余", TableKinds.Carryover),
    ];

    public void Run(AuditContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            var match = Sections.FirstOrDefault(s => section.Title.Contains(s.TitleWord));
            if (match.Kind is null || context.Document.Tables.FirstOrDefault(t => t.Kind == match.Kind) is not { } table) continue;
            var text = section.Text + string.Concat(section.Subsections.Select(s => s.Text));
            var saysEmpty = EmptyStatement().Match(text);
            // A table printed with zeros says the same as an empty one.
            if (saysEmpty.Success && !table.IsEmpty && !DocumentView.AllZero(table))
                Report(context, section, table, saysEmpty.Value, $"列有支出 {Amounts.Show(DocumentView.Total(table, "total"))}");
            else if (!saysEmpty.Success && table.IsEmpty && section.Claims.Any(c => c.Amount is > 0))
                Report(context, section, table, section.Claims.First(c => c.Amount is > 0).Subject ?? "", "为空表");
        }
    }

    private static void Report(AuditContext context, Section section, DisclosureTable table, string statement, string state) =>
        context.Report(RuleCatalog.EmptyTableStatement, AuditContext.Where(new FindingLocation { Section = section.Number.ToString(), Table = table.Kind, Number = table.Number }, section.Loc),
            new Dictionary<string, string>
            {
                ["section"] = section.Number.ToString(), ["statement"] = statement, ["table"] = AuditContext.Name(table), ["state"] = state,
            });

    [GeneratedRegex(@"[^。，]*(为空表|没有(使用)?[^。，]{0,20}(安排|支出|结余)|无[^。，]{0,12}(支出|结转))[^。]*")]
    private static partial Regex EmptyStatement();
}
