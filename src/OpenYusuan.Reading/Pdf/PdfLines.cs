using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.Util;
using System.Text;
using OpenYusuan.Reading.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenYusuan.Reading.Pdf;

/// <summary>Turns a PDF's text layer into lines laid out like the page: words grouped into lines by their
/// baseline, top to bottom, placed at the column their x position gives (one column per character width),
/// so the table readers see rows and the gaps between cells. A ruled table's rows keep their cells and where
/// each cell lies; every line remembers its page and box. A form feed line ends each page.</summary>
public static class PdfLines
{
    public static IReadOnlyList<SourceLine> Read(byte[] bytes) => Read(bytes, out _, out _);

    /// <summary>The lines, the page count, and the pages with neither text nor image (left blank). Whatever PdfPig
    /// throws while reading a page (a broken content stream, a missing font) refuses the document naming the page.</summary>
    public static IReadOnlyList<SourceLine> Read(byte[] bytes, out int pages, out IReadOnlyList<int> blank, CancellationToken cancel = default)
    {
        using var document = OpenDocument(bytes);
        var lines = new List<SourceLine>();
        var empty = new List<int>();
        try { pages = document.NumberOfPages; }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new UnusableInputException($"PDF 文件损坏，页面目录无法读取{FailureWording.Detail(e)}");
        }
        if (pages > ReadingLimits.MaxPages)
            throw new UnusableInputException($"PDF 有 {pages} 页，超过 {ReadingLimits.MaxPages} 页的读取上限");
        FontGuard.Check(document);
        var gridNumber = 0;
        for (var number = 1; number <= pages; number++)
        {
            cancel.ThrowIfCancellationRequested();
            try { ReadPage(document, number, lines, empty, ref gridNumber, cancel); }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or UnusableInputException or InsufficientExecutionStackException))
            {
                throw new UnusableInputException($"PDF 第 {number} 页损坏，无法读取{FailureWording.Detail(e)}");
            }
            if (lines.Count > ReadingLimits.MaxLines)
                throw new UnusableInputException($"PDF 的文字超过 {ReadingLimits.MaxLines} 行的读取上限");
        }
        blank = empty;
        return lines.Select((l, i) => l with { Number = i + 1 }).ToList();
    }

    private static void ReadPage(PdfDocument document, int number, List<SourceLine> lines, List<int> empty, ref int gridNumber, CancellationToken cancel)
    {
        var page = document.GetPage(number);
        // Text drawn several times over itself (a poor man's bold) is read once.
        var letters = DuplicateOverlappingTextProcessor.Get(page.Letters).ToList();
        if (letters.Count > ReadingLimits.MaxWordsPerPage * 20)
            throw new UnusableInputException($"PDF 第 {number} 页有 {letters.Count} 个字符，超过读取上限");
        var words = DefaultWordExtractor.Instance.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text) && Visible(page, w)).ToList();
        if (words.Count > ReadingLimits.MaxWordsPerPage)
            throw new UnusableInputException($"PDF 第 {number} 页有 {words.Count} 个词，超过每页 {ReadingLimits.MaxWordsPerPage} 个的读取上限");
        if (words.Count == 0)
        {
            if (!page.GetImages().Any()) empty.Add(page.Number);
            return;
        }
        cancel.ThrowIfCancellationRequested();
        // Text is laid out by spaces, one column per character width: a near-zero font size must not make a line
        // billions of columns wide, so a column is never narrower than the page divided by the column limit.
        var charWidth = Math.Max(Median(words.Select(w => w.BoundingBox.Width / Math.Max(1, w.Text.Length))),
            Math.Max(page.Width, 1) / ReadingLimits.MaxLayoutColumns);
        var height = Median(words.Select(w => w.BoundingBox.Height));
        var left = words.Min(w => w.BoundingBox.Left);
        var grids = PdfGrid.Find(page, cancel);
        var placed = new List<(double Top, SourceLine Line)>();
        var free = new List<Word>();
        var inGrid = grids.Select(g => (Grid: g, Words: new List<Word>())).ToList();
        foreach (var w in words)
        {
            var (x, y) = (w.BoundingBox.Centroid.X, w.BoundingBox.Centroid.Y);
            if (inGrid.FirstOrDefault(g => g.Grid.Contains(x, y)) is { Grid: not null } at) at.Words.Add(w);
            else free.Add(w);
        }
        for (var g = 0; g < inGrid.Count; g++)
        {
            var (grid, own) = inGrid[g];
            if (RowAbove(grid, own, free) is not { } adopted) continue;
            var top = adopted.Max(w => w.BoundingBox.Top) + 0.5;
            inGrid[g] = (grid with { Top = top, Rows = [new PdfGrid.Row(top, grid.Top, grid.Rows[0].Edges), .. grid.Rows] }, [.. own, .. adopted]);
            free.RemoveAll(adopted.Contains);
        }
        foreach (var group in GroupByBaseline(free, Math.Max(1, height * 0.5)))
            placed.Add((group.Max(w => w.BoundingBox.Top), Render(page.Number, group, charWidth, left)));
        foreach (var (grid, gridWords) in inGrid)
            placed.AddRange(CellLines(page.Number, ++gridNumber, grid, gridWords, height));
        lines.AddRange(placed.OrderByDescending(p => p.Top).Select(p => p.Line));
        lines.Add(new SourceLine(0, "", null) { Page = page.Number, Bbox = [0, 0, 0, 0] }); // the page break
    }

    /// <summary>The row a page break cut off its top rule: the rule under the last row of one page is drawn, the row
    /// itself is printed at the top of the next page above the first rule there (Jiangsu 2017, every continued table).
    /// Words just above a grid (within one of its row heights) are that row when they contain a figure and each sits in
    /// one of the grid's top-row cells aligned as that column's text is (same left or right edge) — a title, unit line
    /// or caption above a table has no figure, or is not set in the columns.</summary>
    private static List<Word>? RowAbove(PdfGrid.Grid grid, List<Word> own, List<Word> free)
    {
        var pitch = grid.Rows.Select(r => r.Top - r.Bottom).Order().ElementAt(grid.Rows.Count / 2);
        var above = free.Where(w => w.BoundingBox.Bottom >= grid.Top - 0.5 && w.BoundingBox.Bottom < grid.Top + pitch).ToList();
        if (above.Count < 2 || !above.Any(w => IsFigure(w.Text))
            || above.Any(w => w.BoundingBox.Left < grid.Left - 1 || w.BoundingBox.Right > grid.Right + 1)) return null;
        var edges = grid.Rows[0].Edges;
        int CellOf(Word w) => Enumerable.Range(0, edges.Count - 1)
            .FirstOrDefault(c => w.BoundingBox.Left >= edges[c] - 1 && w.BoundingBox.Right <= edges[c + 1] + 1, -1);
        var cells = above.Select(CellOf).ToList();
        if (cells.Contains(-1) || cells.Distinct().Count() < 2) return null;
        // Set as the column's own text below it is: flush left as its labels, or flush right as its figures.
        bool Aligned(Word w, int c) => own.Any(o => o.BoundingBox.Centroid.X >= edges[c] && o.BoundingBox.Centroid.X < edges[c + 1]
            && (Math.Abs(o.BoundingBox.Left - w.BoundingBox.Left) < 2 || Math.Abs(o.BoundingBox.Right - w.BoundingBox.Right) < 2));
        return above.Zip(cells).All(p => Aligned(p.First, p.Second)) ? above : null;
    }

    private static bool IsFigure(string text) => System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+\.\d+$")
        && text.Contains('.');

    /// <summary>Text placed outside the page (a cell that overflowed the printed area, drawn off the left edge) is not
    /// part of what a reader sees.</summary>
    private static bool Visible(Page page, Word w) =>
        w.BoundingBox.Right > 0 && w.BoundingBox.Left < page.Width && w.BoundingBox.Top > 0 && w.BoundingBox.Bottom < page.Height;

    /// <summary>A ruled table's rows as lines of cells: each cell's words in reading order, the lines of a wrapped
    /// cell run together (a name or number wrapped in its cell is one text again). Cells are placed on the grid's
    /// finest columns, a merged cell in the first column it covers (as HTML colspan is read), so a figure has the same
    /// cell index in every row of the grid; each cell keeps its box, a merged cell's box spanning what it covers.</summary>
    private static IEnumerable<(double Top, SourceLine Line)> CellLines(int page, int number, PdfGrid.Grid grid, List<Word> words, double height)
    {
        // A cell's text wrapped past the cell's bottom rule (WPS keeps rows one line high): the line crossing the rule
        // at the top of the next row's cell, above text of that cell's own, is the end of the cell above it
        // ("2130306-水利工程运行与维" / "护").
        var rows = grid.Rows;
        int RowOf(Word w)
        {
            for (var i = 0; i < rows.Count; i++)
                if (w.BoundingBox.Centroid.Y <= rows[i].Top && w.BoundingBox.Centroid.Y > rows[i].Bottom) return i;
            return -1;
        }
        var owner = words.ToDictionary(w => w, RowOf);
        foreach (var w in words)
        {
            var r = owner[w];
            if (r <= 0) continue;
            var box = w.BoundingBox;
            var crosses = box.Top - rows[r].Top > box.Height * 0.2 && box.Bottom < rows[r].Top;
            bool SameCell(Word o) => Math.Abs(o.BoundingBox.Left - box.Left) < box.Height && o != w;
            if (crosses && words.Any(o => owner[o] == r && SameCell(o) && o.BoundingBox.Centroid.Y < box.Centroid.Y - box.Height * 0.5)
                && words.Any(o => owner[o] == r - 1 && SameCell(o)))
                owner[w] = r - 1;
        }
        for (var ri = 0; ri < rows.Count; ri++)
        {
            var row = rows[ri];
            var mine = SplitAtRules(words.Where(w => owner[w] == ri), row.Edges);
            if (mine.Count == 0) continue;
            var count = Math.Max(1, grid.Columns.Count - 1);
            var cells = Enumerable.Repeat("", count).ToArray();
            var boxes = Enumerable.Range(0, count).Select(c => new CellBox(grid.Columns[c], grid.Columns[Math.Min(c + 1, grid.Columns.Count - 1)])).ToArray();
            for (var c = 0; c + 1 < row.Edges.Count; c++)
            {
                var (from, to) = (row.Edges[c], row.Edges[c + 1]);
                var inCell = mine.Where(w => w.BoundingBox.Centroid.X >= from && w.BoundingBox.Centroid.X < to).ToList();
                var at = Math.Min(cells.Length - 1, grid.ColumnOf(from));
                var end = Math.Max(at + 1, Math.Min(cells.Length, grid.ColumnOf(to)));
                for (var k = at; k < end; k++) boxes[k] = new CellBox(from, to);
                cells[at] = string.Concat(GroupByBaseline(inCell, Math.Max(1, height * 0.5))
                    .Select(l => string.Join(' ', l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
            }
            var line = SourceLine.FromCells(0, cells, boxes) with
            {
                Page = page, Grid = number,
                Bbox = [Math.Round(row.Edges[0], 1), Math.Round(row.Bottom, 1), Math.Round(row.Edges[^1], 1), Math.Round(row.Top, 1)],
            };
            yield return (row.Top, line);
        }
    }

    /// <summary>Figures printed flush against each other across a rule come out as one word
    /// ("174,900.64101,833.84"): a word that crosses a cell's rule is cut there, each letter going to its cell.</summary>
    private static List<Word> SplitAtRules(IEnumerable<Word> words, IReadOnlyList<double> edges)
    {
        var result = new List<Word>();
        foreach (var w in words)
        {
            var inner = edges.Where(e => e > w.BoundingBox.Left + 1 && e < w.BoundingBox.Right - 1).ToList();
            if (inner.Count == 0 || w.Letters.Count < 2) { result.Add(w); continue; }
            result.AddRange(w.Letters.GroupBy(l => inner.Count(e => e <= l.BoundingBox.Centroid.X))
                .Select(g => new Word(g.ToList())));
        }
        return result;
    }

    private static PdfDocument OpenDocument(byte[] bytes)
    {
        try { return PdfDocument.Open(bytes); }
        catch (Exception e) when (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || e.GetType().Name.Contains("Password"))
        {
            throw new UnusableInputException("PDF 已加密（需要密码），无法读取");
        }
        catch (Exception e)
        {
            throw new UnusableInputException($"PDF 文件损坏或不完整{FailureWording.Detail(e)}");
        }
    }

    /// <summary>Words whose baselines are within half a line height of each other form one line, top first.</summary>
    private static IEnumerable<List<Word>> GroupByBaseline(List<Word> words, double tolerance)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var current = new List<Word>();
        double? baseline = null;
        foreach (var w in sorted)
        {
            if (baseline is { } b && Math.Abs(w.BoundingBox.Bottom - b) > tolerance)
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0) baseline = w.BoundingBox.Bottom;
            current.Add(w);
        }
        if (current.Count > 0) yield return current;
    }

    private static SourceLine Render(int page, List<Word> words, double charWidth, double left)
    {
        var sb = new StringBuilder();
        double? right = null;
        foreach (var w in words.OrderBy(w => w.BoundingBox.Left))
        {
            var column = (int)Math.Clamp(Math.Round((w.BoundingBox.Left - left) / charWidth), 0, ReadingLimits.MaxLayoutColumns);
            // Justified or letter-spaced print sets each glyph apart by a fraction of a character ("9 9 9 . 8 3万元"):
            // that is one word, as pdftotext reads it; a real space is wider than a fifth of a (CJK) character.
            if (right is { } r && w.BoundingBox.Left - r < charWidth * 0.2) { }
            else if (sb.Length < column) sb.Append(' ', column - sb.Length);
            else if (sb.Length > 0) sb.Append(' ');
            sb.Append(w.Text);
            right = w.BoundingBox.Right;
        }
        var raw = TextNormalizer.NormalizeDigits(sb.ToString());
        var clean = TextNormalizer.StripMarkup(raw).Replace('\u3000', ' ').Trim();
        return new SourceLine(0, clean, null, clean.Length == 0 ? 0 : raw.Length - raw.TrimStart().Length)
        {
            Page = page,
            Bbox = [
                Math.Round(words.Min(w => w.BoundingBox.Left), 1), Math.Round(words.Min(w => w.BoundingBox.Bottom), 1),
                Math.Round(words.Max(w => w.BoundingBox.Right), 1), Math.Round(words.Max(w => w.BoundingBox.Top), 1)],
        };
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Where(v => v > 0).Order().ToList();
        return list.Count == 0 ? 1 : list[list.Count / 2];
    }
}
