using System.Globalization;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Codes;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>The 类/款/项 names the explanation writes, against the names its own tables print. YS0603: a name written
/// before a code ("归口管理的行政单位离退休（2080501）") that the tables print otherwise for that code. YS0604: a path
/// that gives a name the wrong level ("行政事业单位医疗（项）" where the tables have 行政事业单位医疗 only as 款 21011).
/// YS0605: a 项 with an amount that no table has. Nothing is said where the tables are not in the document.</summary>
public sealed class NameRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.TextNameDiffers.Id, RuleCatalog.NameAtWrongLevel.Id, RuleCatalog.SubjectNotInTables.Id];

    public void Run(AuditContext context)
    {
        var d = context.Document;
        var names = new PrintedNames(d);
        if (!names.HasItems) return;
        NamesBeforeCodes(context, names);
        foreach (var p in NarrativeView.Claims(d))
            if (p.Claim.Subject is { } subject && PrintedNames.Path(subject) is { Count: > 0 } path) CheckPath(context, names, p, subject, path);
    }

    private static void NamesBeforeCodes(AuditContext context, PrintedNames names)
    {
        var d = context.Document;
        foreach (var (section, sub, text) in NarrativeView.Texts(d))
            foreach (var (name, code, at, _) in PrintedNames.NamesBeforeCodes(text))
            {
                var printed = names.NamesOf(code).ToList();
                if (printed.Count == 0 || printed.Any(n => PrintedNames.Same(name, n) || Introduced(name, n))) continue;
                // An old name of the code is YS0606's to report.
                if (SupersededNames.All.Any(r => ClassificationList.NormalizeName(name).EndsWith(ClassificationList.NormalizeName(r.Old), StringComparison.Ordinal))) continue;
                var (table, row) = names.RowOf(code)!.Value;
                var args = new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(CultureInfo.InvariantCulture), ["printed"] = ClassificationList.NormalizeName(name), ["code"] = code,
                    ["table"] = AuditContext.Name(table), ["known"] = row.Name!,
                };
                context.Report(RuleCatalog.TextNameDiffers, NarrativeView.At(section, sub, at), args, row.Name, args["printed"], [AuditContext.At(table, row)]);
            }
    }

    /// <summary>"主要用于行政运行（2010301）", "以前年度列在行政运行（2120101）": the printed name at the end of a clause, and
    /// no longer 科目 name (another code's) written in full.</summary>
    private static bool Introduced(string written, string printed)
    {
        var w = ClassificationList.NormalizeName(written);
        if (!w.EndsWith(printed, StringComparison.Ordinal)) return false;
        for (var i = 0; i < w.Length - printed.Length; i++)
            if (ClassificationList.Functional.CodeOfName(w[i..]) is not null || ClassificationList.Economic.CodeOfName(w[i..]) is not null) return false;
        return true;
    }

    private static readonly int[] AllLevels = [3, 5, 7];

    private static void CheckPath(AuditContext context, PrintedNames names, NarrativeView.Placed p, string subject, IReadOnlyList<PrintedNames.Part> path)
    {
        var args = new Dictionary<string, string>
        {
            ["section"] = p.Section.Number.ToString(CultureInfo.InvariantCulture), ["subject"] = ClassificationList.NormalizeName(subject),
        };
        foreach (var part in path)
        {
            if (part.Name.Length < 2 || names.CodesNamed(part.Name, part.Length).Any()) continue;
            // Printed at another level only: a 款 written as a 项, or the other way round.
            if (names.CodesNamed(part.Name, AllLevels).FirstOrDefault() is { } other)
            {
                var (table, row) = names.RowOf(other)!.Value;
                context.Report(RuleCatalog.NameAtWrongLevel, p.Location, new Dictionary<string, string>(args)
                {
                    ["name"] = part.Name, ["stated"] = PrintedNames.LevelName(part.Length),
                    ["table"] = AuditContext.Name(table), ["actual"] = PrintedNames.LevelName(other.Length), ["code"] = other,
                }, PrintedNames.LevelName(other.Length), PrintedNames.LevelName(part.Length), [AuditContext.At(table, row)]);
                return;
            }
        }
        // A 项 no table prints, with money of its own this year (a 项 cut to 0 since last year is told of rightly).
        var last = path[^1];
        if (last.Length != 7 || p.Claim.Amount is not { } amount || amount == 0 || last.Name.Length < 2) return;
        if (names.CodesNamed(last.Name, 3, 5, 7).Any() || (p.Claim.Code is { } code && names.NamesOf(code).Any())) return;
        if (context.Document.Tables.Any(t => !DocumentView.Reliable(context.Document, t))) return;
        // A row under the path's 款 with the same amount is likely the 项 meant, its name miswritten.
        var parent = path.Count > 1 ? names.CodesNamed(path[^2].Name, path[^2].Length).FirstOrDefault() : null;
        var twin = names.Items(parent).Where(x => x.Row.Values.Values.Any(v => NarrativeAmountRules.SameFigure(amount, NarrativeAmountRules.InWan(v, x.Table.Unit))))
            .Cast<(DisclosureTable Table, TableRow Row)?>().FirstOrDefault();
        context.Report(RuleCatalog.SubjectNotInTables, p.Location, new Dictionary<string, string>(args)
        {
            ["amount"] = Amounts.Show(amount), ["name"] = last.Name,
            ["hint"] = twin is { } t ? $"；{AuditContext.Name(t.Table)} {t.Row.Code}“{t.Row.Name}”正是这一金额，疑为名称写错" : "",
        }, twin?.Row.Name ?? "—", last.Name, twin is { } tw ? [AuditContext.At(tw.Table, tw.Row)] : null);
    }
}
