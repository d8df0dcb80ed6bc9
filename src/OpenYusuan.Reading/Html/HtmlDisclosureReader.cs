using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Html;

/// <summary>Reads a disclosure published as an HTML page: paragraphs and headings become lines, each table row
/// becomes a line of tab-separated cells (colspan and rowspan keep every cell in its column), and the text
/// pipeline reads the result. GB2312/GBK pages are decoded by their declared charset.</summary>
public static partial class HtmlDisclosureReader
{
    public static Disclosure Read(byte[] bytes, string path, CancellationToken cancel = default) =>
        LineDocument.Read(Lines(bytes, cancel), bytes, path, "html", cancel);

    /// <summary>The document flattened to the lines the text pipeline reads (and a report shows): a paragraph per line, a
    /// table row as tab-separated cells.</summary>
    public static IReadOnlyList<string> Lines(byte[] bytes, CancellationToken cancel = default)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var charset = Charset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "utf-8";
        var html = charset is "gb2312" or "gbk" or "gb18030"
            ? TextDecoder.Gb18030(bytes)
            : TextDecoder.Decode(bytes).Text;
        if (HtmlNesting.Deepest(html, ReadingLimits.MaxNesting) > ReadingLimits.MaxNesting)
            throw new UnusableInputException($"HTML 元素嵌套超过 {ReadingLimits.MaxNesting} 层（读取上限），疑似恶意构造，已拒绝读取");
        cancel.ThrowIfCancellationRequested();
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        Walk(document.Body ?? (INode)document.DocumentElement, lines, cancel);
        return lines;
    }

    private static readonly HashSet<string> Blocks = ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "SECTION", "ARTICLE", "BR", "TITLE", "CAPTION"];

    private static void Walk(INode node, List<string> lines, CancellationToken cancel)
    {
        // The scan above bounds the nesting a page declares; what the parser builds from unclosed formatting tags is
        // bounded here, before the stack is.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        cancel.ThrowIfCancellationRequested();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { TagName: "TABLE" } table)
            {
                // Older government sites lay the whole page out in a table: a table whose cells hold tables, headings
                // or an article's paragraphs is a layout, read as the content it wraps. A cell holding a paragraph or two
                // is a data table's, as Word writes every cell (<td><p class=MsoNormal>…</p></td>).
                if (IsLayout(table)) Walk(table, lines, cancel);
                else Table(table, lines);
                continue;
            }
            if (child is IElement { TagName: "SCRIPT" or "STYLE" }) continue;
            if (child is IElement e && Blocks.Contains(e.TagName) && !e.QuerySelectorAll("table, p, div, h1, h2, h3, h4, li").Any())
            {
                var text = LineDocument.Clean(e.TextContent);
                if (text.Length > 0) lines.Add(text);
                continue;
            }
            if (child is IText t)
            {
                var text = LineDocument.Clean(t.Data);
                if (text.Length > 0) lines.Add(text);
                continue;
            }
            Walk(child, lines, cancel);
        }
    }

    /// <summary>Rows as tab-separated cells, with spanned cells repeated as empty ones so columns stay aligned.</summary>
    private static void Table(IElement table, List<string> lines)
    {
        var pending = new Dictionary<int, int>(); // column → rows still covered by a rowspan from above
        var rows = Rows(table).ToList();
        // A span is clamped to the table's real size — its widest row's cells, its rows — not taken as a size: a colspan
        // of 2·10⁹ would otherwise be two billion empty cells.
        var width = Math.Min(ReadingLimits.MaxColumns, rows.Select(r => r.Children.Count(c => c.TagName is "TD" or "TH")).DefaultIfEmpty(0).Max());
        var height = rows.Count;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = new List<string>();
            var column = 0;
            void Skip()
            {
                while (pending.TryGetValue(column, out var left) && left > 0)
                {
                    pending[column] = left - 1;
                    cells.Add("");
                    column++;
                }
            }
            foreach (var cell in row.Children.Where(c => c.TagName is "TD" or "TH"))
            {
                Skip();
                var colspan = int.TryParse(cell.GetAttribute("colspan"), out var cs) ? Math.Clamp(cs, 1, Math.Max(1, width - column)) : 1;
                var rowspan = int.TryParse(cell.GetAttribute("rowspan"), out var rs) ? Math.Clamp(rs, 1, height - r) : 1;
                cells.Add(LineDocument.Clean(cell.TextContent));
                for (var k = 1; k < colspan; k++) cells.Add("");
                if (rowspan > 1) for (var k = 0; k < colspan; k++) pending[column + k] = rowspan - 1;
                column += colspan;
            }
            Skip();
            if (cells.Any(c => c.Length > 0)) lines.Add(string.Join('\t', cells));
        }
    }

    private static bool IsLayout(IElement table) =>
        Rows(table).SelectMany(r => r.Children).Any(c =>
            c.QuerySelector("table, h1, h2, h3, h4, h5, h6, li") is not null
            || c.QuerySelectorAll("p, div").Length > 3
            || c.QuerySelector("p, div") is not null && c.TextContent.Length > 300);

    /// <summary>The table's own rows (in its head, bodies and foot), not those of tables nested in its cells.</summary>
    private static IEnumerable<IElement> Rows(IElement table) =>
        table.Children.SelectMany(c => c.TagName is "THEAD" or "TBODY" or "TFOOT" ? c.Children.AsEnumerable() : [c]).Where(r => r.TagName == "TR");

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
