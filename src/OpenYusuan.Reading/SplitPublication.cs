using OpenYusuan.Model;

namespace OpenYusuan.Reading;

/// <summary>A publication split into files (情况说明, 报表, 绩效目标表 published apart) read as one document: tables
/// from the tables part, sections, overview, glossary and 目录 from the explanation, performance targets from any.
/// The parts must name the same entity and year where they name one.</summary>
public static class SplitPublication
{
    /// <summary>Files grouped into publications: lone parts (explanation, tables, performance) of the same entity
    /// and year (where printed) go together, one of each part; everything else stands alone. Order is kept.</summary>
    public static List<List<(string Path, Disclosure Model)>> Pair(IReadOnlyList<(string Path, Disclosure Model)> files)
    {
        var groups = new List<List<(string Path, Disclosure Model)>>();
        foreach (var file in files)
        {
            var m = file.Model;
            // A tables part often prints no year: entity and year must match where both are printed.
            var group = m.Part == "whole" || m.Entity is null ? null
                : groups.FirstOrDefault(g => g[0].Model.Part != "whole" && g[0].Model.Entity == m.Entity
                                             && g.All(x => x.Model.Part != m.Part && (x.Model.Year is null || m.Year is null || x.Model.Year == m.Year)));
            if (group is null) groups.Add([file]);
            else group.Add(file);
        }
        return groups;
    }

    public static Disclosure Combine(IReadOnlyList<Disclosure> parts)
    {
        if (parts.Count == 1) return parts[0];
        var entities = parts.Select(p => p.Entity).Where(e => e is not null).Distinct().ToList();
        var years = parts.Select(p => p.Year).Where(y => y is not null).Distinct().ToList();
        if (entities.Count > 1 || years.Count > 1)
            throw new UnusableInputException(
                $"这些文件不是同一份公开文件的几个部分：{string.Join("、", parts.Select(p => $"{Path.GetFileName(p.Source?.Path)}（{p.Entity ?? "主体未识别"} {p.Year?.ToString() ?? "年度未识别"}）"))}");
        var tables = parts.FirstOrDefault(p => p.Tables.Count > 0) ?? parts[0];
        var narrative = parts.FirstOrDefault(p => p.Sections.Count > 0) ?? parts[0];
        var first = parts[0];
        return tables with
        {
            Part = tables.Tables.Count > 0 && narrative.Sections.Count > 0 ? "whole" : tables.Part,
            Entity = entities.FirstOrDefault(), Year = years.FirstOrDefault(),
            Tables = parts.SelectMany(p => p.Tables).ToList(),
            Sections = narrative.Sections,
            Overview = narrative.Overview,
            Toc = narrative.Toc.Count > 0 ? narrative.Toc : tables.Toc,
            Glossary = parts.SelectMany(p => p.Glossary).ToList(),
            Performance = parts.SelectMany(p => p.Performance).ToList(),
            Notes = parts.SelectMany(p => p.Notes).ToList(),
            Source = first.Source is { } s
                ? s with { Parts = parts.Where(p => p.Source is not null).Select(p => new SourcePart(p.Source!.Path, p.Source.Sha256)).ToList() }
                : null,
        };
    }
}
