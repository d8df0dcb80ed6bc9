using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Cli.Commands;

/// <summary>Linter-style text: "file:line: severity YS0201 message", then one summary line. Numbered ("[3] …")
/// when the findings are also drawn on an annotated PDF, so list and page refer to each other.</summary>
public static class FindingsText
{
    public static void Write(TextWriter w, AuditReport report, bool color, bool numbered = false)
    {
        var number = 0;
        foreach (var f in report.Findings)
        {
            number++;
            var where = f.Location.Page is { } p ? $"{report.Document}:p{p}"
                : f.Location is { Sheet: { } sheet, Cell: { } cell } ? $"{report.Document}:{sheet}!{cell}"
                : f.Location.Line is { } l ? $"{report.Document}:{l}" : report.Document;
            var (label, code) = f.Severity switch
            {
                Severity.Error => ("错误", "31"),
                Severity.Warning => ("警告", "33"),
                _ => ("提示", "36"),
            };
            var severity = color ? $"\u001b[{code}m{label}\u001b[0m" : label;
            w.WriteLine($"{(numbered ? $"[{number}] " : "")}{where}: {severity} {f.Rule} {f.Message}");
        }
        var s = report.Summary;
        // A document whose entity and year were not read says so by leaving them out, not with an empty "（ ，".
        var who = $"{report.Entity} {report.Year}".Trim();
        w.WriteLine($"{report.Document}: {s.Error} 个错误，{s.Warning} 个警告，{s.Info} 条提示（{(who.Length > 0 ? who + "，" : "")}运行 {s.RulesRun} 条规则）");
    }
}
