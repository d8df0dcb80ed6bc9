using System.Security.Cryptography;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Layout;
using OpenYusuan.Reading.Narrative;
using OpenYusuan.Reading.Tables;
using OpenYusuan.Reading.Tables.Grid;

namespace OpenYusuan.Reading.Text;

/// <summary>Reads a plain-text disclosure (tab-separated tables, or text extracted from PDF) into the model.</summary>
public static partial class TextDisclosureReader
{
    // Tables that repeat figures of others are read after them, so those figures can settle ambiguous columns.
    private static readonly string[] ReadingOrder =
    [
        TableKinds.Summary, TableKinds.FiscalSummary, TableKinds.Income, TableKinds.Expense, TableKinds.GeneralBudgetExpense,
        TableKinds.BasicExpense, TableKinds.ProjectExpense, TableKinds.GovFundExpense, TableKinds.StateCapitalExpense,
        TableKinds.ThreePublic, TableKinds.Carryover,
    ];

    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default)
    {
        var decoded = TextDecoder.Decode(bytes);
        return Read(decoded.Text, decoded.EncodingName is "UTF-8" or "UTF-8 (BOM)" ? null : decoded.EncodingName, bytes, path, "text", cancel);
    }

    /// <summary>Reads text that a format reader (PDF, HTML, DOCX, XLSX) has already laid out as lines; the source
    /// names that format and hashes its original bytes. <paramref name="convertedFrom"/> is the encoding the text
    /// was converted from, when not UTF-8.</summary>
    public static Disclosure Read(string text, string? convertedFrom, byte[] original, string path, string format, CancellationToken cancel = default)
    {
        // Counted before the lines are made: a file of nothing but line breaks must not become millions of line objects.
        if (text.AsSpan().Count('\n') > ReadingLimits.MaxLines)
            throw new UnusableInputException($"文本超过 {ReadingLimits.MaxLines} 行的读取上限");
        return Read(LineSplitter.Split(text), convertedFrom, original, path, format, cancel);
    }

    /// <summary>Reads lines a format reader has laid out itself (a PDF's lines keep their cells, boxes and pages).</summary>
    public static Disclosure Read(IReadOnlyList<SourceLine> lines, string? convertedFrom, byte[] original, string path, string format,
        CancellationToken cancel = default)
    {
        if (lines.Count > ReadingLimits.MaxLines) throw new UnusableInputException($"文本超过 {ReadingLimits.MaxLines} 行的读取上限");
        if (lines.All(l => l.IsBlank)) throw new UnusableInputException("文件只有空白，没有内容");
        cancel.ThrowIfCancellationRequested();
        var layout = Segmenter.Segment(lines);
        cancel.ThrowIfCancellationRequested();
        if (layout.Tables.Count == 0 && !LooksLikeDisclosure(lines))
            throw new UnusableInputException("不是预算/决算公开文件：没有找到任何标准表格（如“收支总体情况表”）或“第一部分…概况”等结构");

        var meta = MetadataReader.Read(layout);
        var context = new ReadingContext(meta.Unit, layout.Tabbed);
        if (convertedFrom is not null)
            context.Notes.Add(RuleIds.EncodingDetected, Severity.Info, $"文件编码识别为 {convertedFrom}，已转换为 UTF-8", null);

        var read = new Dictionary<TableRegion, DisclosureTable>(ReferenceEqualityComparer.Instance);
        foreach (var region in layout.Tables.OrderBy(r => Array.IndexOf(ReadingOrder, r.Kind)))
        {
            cancel.ThrowIfCancellationRequested();
            if (TableKinds.ReadsLike(region.Kind) is null && !region.IsRuled)
            {
                // 决算 tables without a budget counterpart (机关运行经费表, 政府采购情况表) have layouts of their own that
                // no corpus document shows yet: an honest gap beats figures put in the wrong columns.
                context.Notes.Table = (region.Kind, region.Number);
                context.Notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                    $"决算表“{region.Title}”已识别，其数字暂不读取（该表的版式尚未支持）", region.TitleLine.Number);
                read[region] = Unread(region, meta.Unit);
                continue;
            }
            DisclosureTable table;
            try
            {
                table = TableKinds.IsTwoSided(region.Kind)
                        ? (region.IsRuled ? new GridSidesReader(context).Read(region) : null) ?? new TwoSidedTableReader(context).Read(region)
                    : region.Kind == TableKinds.FinalBasicExpense ? new SideBySideTableReader(context).Read(region)
                    : new OneSidedTableReader(context).Read(region);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or UnusableInputException or OperationCanceledException or InsufficientExecutionStackException))
            {
                // A layout no reader foresaw costs that table, not the document: it is reported as not read (YS0903).
                context.Notes.Table = (region.Kind, region.Number);
                context.Notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                    $"表格“{region.Title}”的版式未能读取（内部错误 {e.GetType().Name}），该表未读入、未参与审核", region.TitleLine.Number);
                table = Unread(region, meta.Unit);
            }
            // Figures printed under the title but none read (a two-sided table whose sides extraction ran together) is a
            // table not read, not an empty one.
            if (table.IsEmpty && region.Lines.Count(l => PrintedAmount().IsMatch(l.Text)) >= 2)
            {
                context.Notes.Table = (region.Kind, region.Number);
                context.Notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                    $"表格“{region.Title}”印有数字，但一个也未能读入；该表未参与审核", region.TitleLine.Number);
            }
            read[region] = table;
            context.Tables.Add(table);
        }
        context.Notes.Table = null;
        cancel.ThrowIfCancellationRequested();
        DistrustUnreadLayout(context, read.Values.ToList());
        foreach (var title in layout.UnknownTitles)
            context.Notes.Add(RuleIds.UnknownTable, Severity.Warning, $"第 {title.Number} 行的表格标题“{title.Compact}”不是已知的标准表，该表未读入", title.Number);

        var sections = layout.TitledSections.Count > 0
            ? SectionReader.ReadTitled(layout.TitledSections, Claims(context, meta))
            : SectionReader.Read(layout.Explanation, Claims(context, meta));
        // Performance targets printed as ruled grids (a file of them published apart, 绩效目标表 among the tables or in the
        // explanation) are read from their cells; the text reader's lines stand where they hold more (a text file).
        cancel.ThrowIfCancellationRequested();
        var performance = PerformanceReader.Read(layout.Explanation);
        var grids = PerformanceGridReader.Read(lines);
        cancel.ThrowIfCancellationRequested();
        static int Content(IReadOnlyList<PerformanceTable> tables) =>
            tables.Sum(t => 1 + t.Indicators.Count + (t.Project is null ? 0 : 1) + ((t.Amount ?? t.Fiscal) is null ? 0 : 1));
        if (Content(grids) > Content(performance)) performance = grids;
        return meta.Disclosure with
        {
            Part = PartOf(layout.Tables.Count,
                sections.Count + layout.Explanation.Count(l => !l.IsBlank) + layout.Overview.Count(l => !l.IsBlank) + layout.TitledSections.Count,
                performance.Count > 0 || LooksLikePerformance(lines) ? 1 : 0),
            Tables = layout.Tables.Select(r => read[r]).ToList(),
            Toc = TocReader.Read(layout.Toc),
            Overview = OverviewReader.Read(layout.Overview.Count > 0 ? layout.Overview : OverviewInExplanation(layout), meta.Disclosure.Entity),
            Sections = sections,
            Performance = performance,
            Glossary = GlossaryReader.Read(layout.Glossary),
            Notes = context.Notes.Notes,
            Source = new SourceInfo(path, format, Convert.ToHexStringLower(SHA256.HashData(original))),
        };
    }

    /// <summary>A table the reader recognized but could not read: its title, no rows.</summary>
    private static DisclosureTable Unread(TableRegion region, string unit) => new()
    {
        Kind = region.Kind, Number = region.Number, Title = region.Title, Unit = unit, Rows = [],
        Totals = new Dictionary<string, decimal>(), Loc = Location.AtLine(region.TitleLine.Number),
    };

    /// <summary>Which file of a publication split in several this is (spec: part): tables without any explanation, an
    /// explanation without tables, performance targets alone, or the whole.</summary>
    private static string PartOf(int tables, int narrative, int performance) => (tables, narrative, performance) switch
    {
        (0, > 0, _) => "explanation",
        (0, 0, > 0) => "performance",
        (> 0, 0, _) => "tables",
        _ => "whole",
    };

    /// <summary>A 收支总表 with no figure at all beside tables that have figures means the text's table layout
    /// was not understood (text extracted column by column, say): every table is then marked unreliable, so no
    /// identity is held against figures that may sit in the wrong rows.</summary>
    private static void DistrustUnreadLayout(ReadingContext context, List<DisclosureTable> tables)
    {
        var summary = tables.FirstOrDefault(t => t.Kind == TableKinds.Summary);
        if (summary is not { IsEmpty: true, EmptyNote: null } || tables.Count(t => !t.IsEmpty) < 2) return;
        foreach (var t in tables.Where(t => !t.IsEmpty || t.EmptyNote is null))
        {
            context.Notes.Table = (t.Kind, t.Number);
            context.Notes.Add(RuleIds.TableUnreadable, Severity.Warning,
                $"“{t.Title}”：本文件的收支总表读不出任何数字，表格版式未能可靠识别（可能是按列抽取的 PDF 文本），各表不参与勾稽审核",
                t.Loc?.Line);
        }
        context.Notes.Table = null;
    }

    private static ClaimExtractor Claims(ReadingContext context, MetadataReader.Result meta) =>
        new(new ClaimSubjects(context.CodeNames), meta.Disclosure.Entity, meta.Disclosure.Kind == "final");

    /// <summary>A performance-target file published apart (部门整体/项目支出绩效目标申报表 only).</summary>
    private static bool LooksLikePerformance(IReadOnlyList<SourceLine> lines) =>
        lines.Take(60).Any(l => l.Compact.Length <= 60 && PerformanceTitle().IsMatch(l.Compact));

    [System.Text.RegularExpressions.GeneratedRegex(@"绩效目标(申报)?表([（(][^）)]*[）)])?$")]
    private static partial System.Text.RegularExpressions.Regex PerformanceTitle();

    private static bool LooksLikeDisclosure(IReadOnlyList<SourceLine> lines)
    {
        var parts = lines.Count(l => Segmenter.PartHeading(l) is not null);
        var text = string.Concat(lines.Take(400).Select(l => l.Compact));
        return parts >= 2 && (text.Contains("预算") || text.Contains("决算")) || LooksLikePerformance(lines);
    }

    /// <summary>Where no 部门概况 part is printed, the overview is the explanation's first part about the unit: Shanghai's
    /// titled 主要职能 and 机构设置, Beijing's 一、部门情况说明 (its 本部门职责情况 and 机构设置).</summary>
    private static IReadOnlyList<SourceLine> OverviewInExplanation(DocumentLayout layout)
    {
        var titled = layout.TitledSections.Where(s => OverviewHeading().IsMatch(s.Heading.Compact)).SelectMany(s => s.Body.Prepend(s.Heading)).ToList();
        if (titled.Count > 0) return titled;
        var lines = layout.Explanation;
        var start = lines.ToList().FindIndex(l => OverviewHeading().IsMatch(l.Compact) && l.Compact.Length <= 20);
        if (start < 0) return [];
        var end = lines.ToList().FindIndex(start + 1, l => NextPart().IsMatch(l.Compact));
        return lines.Skip(start).Take((end < 0 ? lines.Count : end) - start).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"主要职能|主要职责|机构设置|(部门|单位)(情况说明|概况|基本情况)")]
    private static partial System.Text.RegularExpressions.Regex OverviewHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(二|三|四)、")]
    private static partial System.Text.RegularExpressions.Regex NextPart();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])\d[\d,]*\.\d{2}(?![\d.])")]
    private static partial System.Text.RegularExpressions.Regex PrintedAmount();
}
