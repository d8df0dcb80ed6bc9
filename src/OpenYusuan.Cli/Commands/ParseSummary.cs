using System.Globalization;
using System.Text;
using OpenYusuan.Model;

namespace OpenYusuan.Cli.Commands;

/// <summary>The Chinese text summary of what `parse` recognized: template, tables with row counts and
/// totals, sections, and the reader's notes.</summary>
public static class ParseSummary
{
    public static string Write(Disclosure d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"文件：{d.Source?.Path}");
        sb.AppendLine($"主体：{d.Entity ?? "（未识别）"}　年度：{d.Year?.ToString() ?? "（未识别）"}　类型：{Kind(d)}　模板：{d.Template ?? "（未识别）"}　金额单位：{d.Unit}");
        if (d.Published is not null) sb.AppendLine($"发布日期：{d.Published}");
        if (d.Toc.Count > 0) sb.AppendLine($"目录：{d.Toc.Count} 项，其中表格 {d.Toc.Count(t => t.Kind is not null)} 张");
        if (d.Overview.Staffing is { } s)
            sb.AppendLine($"人员：编制 {s.Authorized}，实有 {s.Actual}（在职 {s.Active}，退休 {s.Retired}，离休 {s.RetiredCadre}）");
        sb.AppendLine($"表格：{d.Tables.Count} 张");
        foreach (var t in d.Tables) sb.AppendLine("  " + TableLine(t));
        sb.AppendLine($"情况说明：{d.Sections.Count} 节");
        foreach (var sec in d.Sections)
            sb.AppendLine($"  {sec.Number}. {sec.Title}" + (sec.Subsections.Count > 0 ? $"（{sec.Subsections.Count} 个小节）" : ""));
        sb.AppendLine($"绩效目标表：{d.Performance.Count} 张　名词解释：{d.Glossary.Count} 条");
        sb.AppendLine($"读取说明：{d.Notes.Count} 条");
        foreach (var n in d.Notes)
            sb.AppendLine($"  [{n.Rule}] {(n.Location.Line is { } l ? $"第 {l} 行 " : "")}{n.Message}");
        return sb.ToString().TrimEnd();
    }

    private static string Kind(Disclosure d) =>
        d.ScopeWord() + (d.Consolidated ? "（汇总）" : "") + d.KindWord();

    private static string TableLine(DisclosureTable t)
    {
        var head = $"{(t.Number is { } n ? $"表{n} " : "")}{t.Title ?? OpenYusuan.Model.TableKinds.ChineseName(t.Kind)} [{t.Kind}]";
        if (t.IsTwoSided)
            return $"{head} 收入 {t.Income!.Count} 行，支出 {t.Expense!.Count} 行；收入总计 {F(t.IncomeTotal)}，支出总计 {F(t.ExpenseTotals?.Values.FirstOrDefault())}（{t.Unit}）";
        var rows = t.Rows ?? [];
        var empty = t.IsEmpty ? "；空表" + (t.EmptyNote is null ? "" : $"：{t.EmptyNote}") : "";
        var total = t.Totals is { Count: > 0 } tot ? $"；合计行：{string.Join("，", tot.Select(kv => $"{OpenYusuan.Model.ColumnNames.Of(t.Kind, kv.Key)} {F(kv.Value)}"))}" : "";
        return $"{head} {rows.Count} 行，{t.Columns.Count} 列{total}{empty}（{t.Unit}）";
    }

    private static string F(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
