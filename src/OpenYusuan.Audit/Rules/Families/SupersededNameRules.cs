using System.Globalization;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0606: a 类/款/项 name that a revision of the classification had renamed before the document's year
/// (行政事业单位离退休 → 行政事业单位养老支出 from 2020), printed in a table row, a claim's 类/款/项 path, or before its
/// code in the text. The renamings are data (Model/Data/superseded_names.csv, with their sources).</summary>
public sealed class SupersededNameRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.SupersededName.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        if (d.Year is not { } year) return;
        var seen = new HashSet<(string, string)>();
        foreach (var t in d.Tables)
            foreach (var row in (t.Rows ?? []).Concat(t.Expense ?? []))
                if (row.Code is { } code && row.Name is { } name && Renamed(name, year) is { } r && r.Code == code && seen.Add(("table", r.Old)))
                    Report(context, r, name, $"{AuditContext.Name(t)} {code} 印的", AuditContext.At(t, row));
        foreach (var p in NarrativeView.Claims(d))
        {
            if (p.Claim.Subject is not { } subject) continue;
            foreach (var part in PrintedNames.Path(subject))
                if (Renamed(part.Name, year) is { } r && PrintedNames.LevelName(r.Code.Length) == PrintedNames.LevelName(part.Length) && seen.Add((p.Section.Number + "/" + p.Subsection?.Number, r.Old)))
                    Report(context, r, part.Name, $"第{p.Section.Number}部分写的", p.Location);
        }
        foreach (var (section, sub, text) in NarrativeView.Texts(d))
            foreach (var (name, code, at, _) in PrintedNames.NamesBeforeCodes(text))
            {
                var key = ClassificationList.NormalizeName(name);
                var r = SupersededNames.All.Where(x => x.RenamedIn <= year && x.Code == code)
                    .FirstOrDefault(x => key.EndsWith(ClassificationList.NormalizeName(x.Old), StringComparison.Ordinal));
                if (r is null || !seen.Add((section.Number + "/" + sub?.Number, r.Old))) continue;
                Report(context, r, r.Old, $"第{section.Number}部分写的", NarrativeView.At(section, sub, at));
            }
    }

    private static SupersededNames.Renaming? Renamed(string name, int year) =>
        SupersededNames.All.FirstOrDefault(r => r.RenamedIn <= year && PrintedNames.Same(name, r.Old));

    private static void Report(AuditContext context, SupersededNames.Renaming r, string printed, string where, FindingLocation location)
    {
        var args = new Dictionary<string, string>
        {
            ["where"] = where, ["printed"] = ClassificationList.NormalizeName(printed), ["renamed"] = r.RenamedIn.ToString(CultureInfo.InvariantCulture),
            ["current"] = r.Current, ["code"] = r.Code, ["year"] = context.Document.Year!.Value.ToString(CultureInfo.InvariantCulture),
        };
        context.Report(RuleCatalog.SupersededName, location, args, r.Current, args["printed"]);
    }
}
