using OpenYusuan.Model;

namespace OpenYusuan.Rendering.Plan;

/// <summary>A disclosure laid out as its template prints it: the national shape (title, 目录, 第一部分 概况 with
/// functions, divisions and staffing, 第二部分 the tables, 第三部分 the explanation sections as written, 第四部分
/// 名词解释) or the Shanghai one (named parts). A document that failed its audit and is rendered anyway opens with a
/// visible 未通过校验 banner.</summary>
public static class DocumentPlan
{
    public const string FailedMark = "【未通过校验】本文件存在审核错误，仅供核对，不得公开。";

    public static IReadOnlyList<Block> Build(Disclosure d, bool failedCheck = false) =>
        d.IsShanghai() ? Shanghai(d, failedCheck) : National(d, failedCheck);

    /// <summary>The Shanghai layout: parts named, not numbered (主要职能, 机构设置, 名词解释, 部门预算编制说明, the
    /// tables, 其他相关情况说明, one 项目经费情况说明 per project), sub-parts numbered 一、二、.</summary>
    private static IReadOnlyList<Block> Shanghai(Disclosure d, bool failedCheck)
    {
        var blocks = new List<Block>();
        var who = d.ScopeWord();
        var year = d.Year is { } y ? $"{y}年" : "";
        if (failedCheck) blocks.Add(new Paragraph(FailedMark, Warning: true));
        blocks.Add(new Heading(0, $"{d.Entity}{year}{who}预算"));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, "目 录"));
        string[] parts = [$"{who}主要职能", $"{who}机构设置", "名词解释", $"{who}预算编制说明", $"{who}预算表", "其他相关情况说明", "项目经费情况说明"];
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            // Each line points at the heading printed for it: the parts named by the entity, the sections by their titles.
            var target = i switch
            {
                0 or 1 => $"{d.Entity}{part[who.Length..]}",
                4 => d.Tables.Select(t => TablePlan.TitleOf(d, t)).FirstOrDefault(),
                _ => d.Sections.FirstOrDefault(s => s.Title.Contains(part[(i == 3 ? who.Length : 0)..], StringComparison.Ordinal))?.Title ?? part,
            };
            blocks.Add(new Paragraph($"{Chinese(i + 1)}、{part}", TocTarget: target));
            if (i == 4)
                foreach (var t in d.Tables)
                    blocks.Add(new Paragraph($"{TablePlan.NumberOf(d, t)}. {TablePlan.TitleOf(d, t)}", TocTarget: TablePlan.TitleOf(d, t)));
        }
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, $"{d.Entity}主要职能"));
        foreach (var (f, i) in d.Overview.Functions.Select((f, i) => (f, i))) blocks.Add(new Paragraph($"{i + 1}.{f}"));
        blocks.Add(new Heading(1, $"{d.Entity}机构设置"));
        if (d.Overview.Units.Count > 0) blocks.Add(new Paragraph($"{d.Entity}的预算单位包括：{string.Join("、", d.Overview.Units)}。"));
        if (d.Glossary.Count > 0)
        {
            blocks.Add(new Heading(1, "名词解释"));
            foreach (var (g, i) in d.Glossary.Select((g, i) => (g, i))) blocks.Add(new Paragraph($"（{Chinese(i + 1)}）{g.Term}：{g.Text}"));
        }
        // The tables follow the 预算编制说明 (or open the explanation when there is none).
        var compilation = d.Sections.ToList().FindIndex(s => s.Title.EndsWith("预算编制说明", StringComparison.Ordinal));
        for (var i = 0; i < d.Sections.Count; i++)
        {
            if (i == compilation + 1 || (compilation < 0 && i == 0)) Tables(d, blocks);
            var s = d.Sections[i];
            blocks.Add(new Heading(1, s.Title));
            Text(s.Text, blocks);
            foreach (var sub in s.Subsections)
            {
                blocks.Add(new Heading(2, $"{Chinese(sub.Number)}、{sub.Title}"));
                Text(sub.Text, blocks);
            }
        }
        if (d.Sections.Count == 0 || compilation == d.Sections.Count - 1) Tables(d, blocks);
        return blocks;
    }

    private static void Tables(Disclosure d, List<Block> blocks)
    {
        foreach (var t in d.Tables) blocks.Add(TablePlan.Build(d, t));
    }

    private static IReadOnlyList<Block> National(Disclosure d, bool failedCheck)
    {
        var blocks = new List<Block>();
        var who = d.ScopeWord();
        var what = d.KindWord();
        var year = d.Year is { } y ? $"{y} 年" : "";
        if (failedCheck) blocks.Add(new Paragraph(FailedMark, Warning: true));
        blocks.Add(new Heading(0, $"{d.Entity}{what}公开"));
        blocks.Add(new PageBreak());

        string[] parts = [$"第一部分 {year}{who}概况", $"第二部分 {year}{who}{what}公开表", $"第三部分 {year}{who}{what}情况说明", "第四部分 名词解释"];
        blocks.Add(new Heading(1, "目 录"));
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            blocks.Add(new Paragraph(part, TocTarget: part));
            if (i == 1)
                foreach (var t in d.Tables)
                    blocks.Add(new Paragraph($"{Chinese(TablePlan.NumberOf(d, t))}、{TablePlan.TitleOf(d, t)}", TocTarget: TablePlan.TitleOf(d, t)));
        }

        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, parts[0]));
        Overview(d, blocks);

        blocks.Add(new Heading(1, parts[1]));
        Tables(d, blocks);

        blocks.Add(new Heading(1, parts[2]));
        foreach (var s in d.Sections)
        {
            blocks.Add(new Heading(2, $"{Chinese(s.Number)}、{s.Title}"));
            Text(s.Text, blocks);
            foreach (var sub in s.Subsections)
            {
                blocks.Add(new Heading(3, $"（{Chinese(sub.Number)}）{sub.Title}"));
                // A project's sub-section keeps its heading (项目名称：…) as the first line of its text: printed once.
                Text(sub.Text.StartsWith(sub.Title + "\n", StringComparison.Ordinal) ? sub.Text[(sub.Title.Length + 1)..] : sub.Text, blocks);
            }
        }

        if (d.Glossary.Count > 0)
        {
            blocks.Add(new Heading(1, parts[3]));
            foreach (var (g, i) in d.Glossary.Select((g, i) => (g, i)))
                blocks.Add(new Paragraph($"{i + 1}. {g.Term}：{g.Text}"));
        }
        if (d.Published is { } date) blocks.Add(new Paragraph(date));
        return blocks;
    }

    private static void Overview(Disclosure d, List<Block> blocks)
    {
        var o = d.Overview;
        blocks.Add(new Heading(2, "一、主要职能"));
        foreach (var (f, i) in o.Functions.Select((f, i) => (f, i)))
            blocks.Add(new Paragraph($"({Chinese(i + 1)}){f}"));
        blocks.Add(new Heading(2, "二、机构设置及人员情况"));
        if (o.Divisions.Count > 0)
            blocks.Add(new Paragraph($"{d.Entity}下设 {o.Divisions.Count} 个科室，分别是：{string.Join("、", o.Divisions)}。"));
        if (o.Units.Count > 0)
            blocks.Add(new Paragraph($"{d.Entity}包括下属单位 {o.Units.Count} 个，分别是：{string.Join("、", o.Units)}。"));
        if (o.Staffing is { } s)
        {
            string Part(string word, int? n, string key) =>
                n is null ? "" : $"{word} {n} 人" + (s.Changes?.TryGetValue(key, out var c) == true ? $"，{(c < 0 ? "减少" : "增加")} {Math.Abs(c)} 人" : "");
            var parts = new[] { Part("在职", s.Active, "active"), Part("退休", s.Retired, "retired"), Part("离休", s.RetiredCadre, "retired_cadre") }
                .Where(p => p.Length > 0);
            // Only the counts that are known are printed.
            var counts = new[] { s.Authorized is { } a ? $"编制数 {a}" : null, s.Actual is { } n ? $"实有人数 {n} 人" : null }.OfType<string>().ToList();
            var detail = parts.Any() ? $"，其中：{string.Join("；", parts)}" : "";
            if (counts.Count > 0) blocks.Add(new Paragraph($"{d.Entity}{string.Join("，", counts)}{detail}。"));
        }
    }

    /// <summary>A section's text as written, a paragraph per line; a run of lines with cells (tab-separated, as the
    /// readers give a table's rows) is a table in the text, printed as a grid.</summary>
    private static void Text(string text, List<Block> blocks)
    {
        var rows = new List<string[]>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            // Leading empty cells stay: they repeat the cell above (一级指标, 二级指标).
            if (line.Contains('\t')) { rows.Add(raw.TrimEnd().Split('\t').Select(c => c.Trim()).ToArray()); continue; }
            Flush();
            blocks.Add(new Paragraph(line));
        }
        Flush();

        void Flush()
        {
            if (rows.Count == 0) return;
            var width = rows.Max(r => r.Length);
            blocks.Add(new Grid(rows.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat("", width - r.Length)]).ToList()));
            rows.Clear();
        }
    }

    private static string Chinese(int n) => ChineseNumbers.Format(n);
}
