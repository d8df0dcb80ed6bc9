using OpenYusuan.Model;

namespace OpenYusuan.Reading;

/// <summary>A publication split into files (情况说明, 报表, 绩效目标表 published apart) read as one document: tables
/// from the tables part, sections, overview, glossary and 目录 from the explanation, performance targets from any.
/// The parts must name the same entity and year where they name one.</summary>
public static class SplitPublication
{
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
