using OpenYusuan.Rendering.Plan;
using SkiaSharp;

namespace OpenYusuan.Rendering.Pdf;

/// <summary>The disclosure as a PDF written in-process with Skia: A4, an embedded CJK font (subset), text that can be
/// selected and extracted, tables with ruled cells (so a reader finds them as a lattice) whose header rows repeat on
/// every page; tables wider than a portrait page get landscape pages. No office suite is involved.</summary>
public static class PdfRenderer
{
    private const float Margin = 50;
    private const float Body = 11, Small = 8.5f, Pad = 2.5f;

    public static byte[] Render(IReadOnlyList<Block> blocks)
    {
        var typeface = CjkFont.Load(blocks.SelectMany(Texts).Append("0123456789.,-表单位：编制"));
        // A 目录 needs the pages of what it lists: a first pass lays the pages out to learn them (a page number does not
        // change how a 目录 line is laid out, so the second pass puts everything on the same pages).
        var pages = blocks.Any(b => b is Plan.Paragraph { TocTarget: not null }) ? Write(blocks, typeface, null).Pages : null;
        return Write(blocks, typeface, pages).Bytes;
    }

    private static (byte[] Bytes, Dictionary<string, int> Pages) Write(IReadOnlyList<Block> blocks, SKTypeface typeface, Dictionary<string, int>? pages)
    {
        using var stream = new MemoryStream();
        var writer = default(PageWriter);
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creator = "OpenYusuan", Producer = "OpenYusuan" }))
        {
            writer = new PageWriter(document, typeface);
            for (var i = 0; i < blocks.Count; i++)
            {
                var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                switch (blocks[i])
                {
                    case Heading h:
                        // A heading is never left alone at the foot of a page: before a table it opens the table's page.
                        if (next is TableBlock table) writer.StartTablePage(table);
                        writer.Heading(h.Text, h.Level switch { 0 => 24, 1 => 15, 2 => 13, _ => 12 }, center: h.Level <= 1, gapBefore: h.Level == 0 ? 220 : h.Level == 1 ? 14 : 8);
                        break;
                    case Plan.Paragraph { TocTarget: { } target } p: writer.TocLine(p.Text, pages?.GetValueOrDefault(target)); break;
                    case Plan.Paragraph p: writer.Text(p.Text, Body, indent: !p.Warning, color: p.Warning ? new SKColor(0xC0, 0, 0) : SKColors.Black); break;
                    case TableBlock t: writer.Table(t); break;
                    case Grid g: writer.Grid(g); break;
                    case PageBreak: writer.Break(); break;
                }
            }
            writer.Close();
        }
        return (stream.ToArray(), writer.Pages);
    }

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Heading h => [h.Text],
        Plan.Paragraph p => [p.Text],
        Grid g => g.Rows.SelectMany(r => r),
        TableBlock t => [t.NumberLine ?? "", t.Title, t.Preparer, t.UnitLine, t.Note ?? "", .. t.Header.SelectMany(h => h.Select(c => c.Text)), .. t.Body.SelectMany(r => r)],
        _ => [],
    };

    /// <summary>Lays blocks onto pages top to bottom, opening a new page when the next line or row does not fit.</summary>
    private sealed class PageWriter(SKDocument document, SKTypeface typeface)
    {
        private SKCanvas? _canvas;
        private float _y, _width, _height;
        private bool _landscape, _opened;
        private int _page;

        /// <summary>The page each heading text and table title was first printed on.</summary>
        public Dictionary<string, int> Pages { get; } = [];

        private void NewPage(bool landscape)
        {
            if (_canvas is not null) document.EndPage();
            _page++;
            _landscape = landscape;
            (_width, _height) = landscape ? (842f, 595f) : (595f, 842f);
            _canvas = document.BeginPage(_width, _height);
            _y = Margin;
        }

        private SKCanvas Canvas(bool landscape = false, float need = 0)
        {
            if (_canvas is null || _landscape != landscape || _y + need > _height - Margin) NewPage(landscape);
            return _canvas!;
        }

        /// <summary>The next block starts on a new page.</summary>
        public void Break()
        {
            if (_canvas is not null) _y = _height; // the next line does not fit
        }

        public void Close()
        {
            if (_canvas is not null) document.EndPage();
        }

        /// <summary>A heading, on one line, kept with the two lines after it.</summary>
        public void Heading(string text, float size, bool center, float gapBefore)
        {
            var landscape = _opened && _landscape;
            Canvas(landscape, gapBefore + size * 1.6f + 2 * Body * 1.6f);
            Pages.TryAdd(text, _page);
            Text(text, size, center: center, gapBefore: gapBefore, landscape: landscape, oneLine: true);
        }

        /// <summary>The page a table starts on, opened before the part heading that introduces it; the table then goes on
        /// below the heading instead of opening another page.</summary>
        public void StartTablePage(TableBlock t)
        {
            NewPage(t.Landscape);
            _opened = true;
        }

        /// <summary>A 目录 line: the text, dot leaders, and the page number at the right margin (left blank while the
        /// pages are still being counted).</summary>
        public void TocLine(string text, int? page)
        {
            var landscape = _landscape;
            using var font = new SKFont(typeface, Body);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var numberWidth = font.MeasureText("0000");
            var lines = Wrap(text, font, _width > 0 ? _width - 2 * Margin - numberWidth : 595f - 2 * Margin - numberWidth, Body * 2);
            Canvas(landscape, 2 + Body * 1.6f * lines.Count);
            _y += 2;
            for (var i = 0; i < lines.Count; i++)
            {
                var x = Margin + (i == 0 ? Body * 2 : 0);
                _y += Body * 1.25f;
                _canvas!.DrawText(lines[i], x, _y, SKTextAlign.Left, font, paint);
                if (i == lines.Count - 1 && page is { } n)
                {
                    var number = n.ToString();
                    var right = _width - Margin;
                    var start = x + font.MeasureText(lines[i]) + Body * 0.5f;
                    var end = right - font.MeasureText(number) - Body * 0.5f;
                    var dot = font.MeasureText("·");
                    var dots = (int)Math.Max(0, (end - start) / dot);
                    if (dots > 0) _canvas.DrawText(new string('·', dots), end - dots * dot, _y, SKTextAlign.Left, font, paint);
                    _canvas.DrawText(number, right - font.MeasureText(number), _y, SKTextAlign.Left, font, paint);
                }
                _y += Body * 0.35f;
            }
        }

        public void Text(string text, float size, bool center = false, bool indent = false, SKColor? color = null, float gapBefore = 2,
            bool landscape = false, bool oneLine = false)
        {
            // A heading is printed on one line (a reader takes a heading's second line for text): long ones get smaller.
            var available = (landscape ? 842f : 595f) - 2 * Margin;
            using (var probe = new SKFont(typeface, size))
                if (oneLine && probe.MeasureText(text) is var wide && wide > available) size = Math.Max(7, size * available / wide * 0.97f);
            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = color ?? SKColors.Black, IsAntialias = true };
            var first = indent ? size * 2 : 0;
            var lines = Wrap(text, font, available, first);
            Canvas(landscape, gapBefore + size * 1.6f);
            _y += gapBefore;
            for (var i = 0; i < lines.Count; i++)
            {
                var canvas = Canvas(landscape, size * 1.6f);
                var w = font.MeasureText(lines[i]);
                var x = center ? (_width - w) / 2 : Margin + (i == 0 ? first : 0);
                _y += size * 1.25f;
                canvas.DrawText(lines[i], x, _y, SKTextAlign.Left, font, paint);
                _y += size * 0.35f;
            }
        }

        public void Table(TableBlock t)
        {
            var landscape = t.Landscape;
            // Each table starts on its own page, as published tables do, unless its part heading has just opened it.
            if (!_opened) NewPage(landscape);
            _opened = false;
            Pages.TryAdd(t.Title, _page);
            if (t.NumberLine is { } number) Text(number, 10, landscape: landscape);
            Text(t.Title, 14, center: true, gapBefore: 4, landscape: landscape);
            Text(t.Preparer, 9, gapBefore: 4, landscape: landscape);
            Text(t.UnitLine, 9, gapBefore: 0, landscape: landscape);
            _y += 4;
            Rows(t, landscape);
            if (t.Note is { } note) Text(note, 9, gapBefore: 4, landscape: landscape);
        }

        /// <summary>A grid in the text: ruled rows where the text is, on the page it has reached.</summary>
        public void Grid(Grid g)
        {
            Canvas(_landscape, 30);
            _y += 4;
            Rows(g.AsTable(), _landscape, g.Rows.Select(r => g.Cells(r).ToList()).ToList());
            _y += 4;
        }

        /// <summary>Header rows, then body rows; a row that does not fit opens a new page, where the header repeats.</summary>
        private void Rows(TableBlock t, bool landscape, List<List<(string Text, int Start, int Span)>>? bodyCells = null)
        {
            using var font = new SKFont(typeface, Small);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var rule = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = false };
            var widths = Widths(t, font, _width - 2 * Margin);

            float RowHeight(IReadOnlyList<(string Text, int Start, int Span)> cells) =>
                cells.Max(c => Wrap(c.Text, font, Span(widths, c.Start, c.Span) - 2 * Pad, 0).Count) * Small * 1.3f + 2 * Pad;

            var header = t.Header.Select(h => Cells(h.Select(c => (c.Text, c.Span)).ToList())).ToList();
            var body = bodyCells ?? t.Body.Select(r => Cells(r.Select(c => (c, 1)).ToList())).ToList();
            void DrawRow(IReadOnlyList<(string Text, int Start, int Span)> cells, bool isHeader)
            {
                var height = RowHeight(cells);
                var canvas = _canvas!;
                foreach (var (text, start, span) in cells)
                {
                    var x = Margin + Span(widths, 0, start);
                    var w = Span(widths, start, span);
                    canvas.DrawRect(x, _y, w, height, rule);
                    var lines = Wrap(text, font, w - 2 * Pad, 0);
                    var y = _y + Pad + (height - 2 * Pad - lines.Count * Small * 1.3f) / 2;
                    foreach (var line in lines)
                    {
                        y += Small * 1.05f;
                        var lw = font.MeasureText(line);
                        var numeric = !isHeader && start < t.Numeric.Count && t.Numeric[start];
                        var lx = isHeader ? x + (w - lw) / 2 : numeric ? x + w - Pad - lw : x + Pad;
                        canvas.DrawText(line, lx, y, SKTextAlign.Left, font, paint);
                        y += Small * 0.25f;
                    }
                }
                _y += height;
            }

            void Turn()
            {
                NewPage(landscape);
                foreach (var h in header) DrawRow(h, true); // the header repeats on every page
            }

            // A row taller than a page (a long text in a cell) is cut between its lines: the part that fits, then the
            // rest on the next page, so no text runs past the bottom margin.
            (List<(string, int, int)> Head, List<(string, int, int)> Tail) Cut(IReadOnlyList<(string Text, int Start, int Span)> cells, int lines)
            {
                var head = new List<(string, int, int)>();
                var tail = new List<(string, int, int)>();
                foreach (var (text, start, span) in cells)
                {
                    var wrapped = Wrap(text, font, Span(widths, start, span) - 2 * Pad, 0);
                    head.Add((Joined(wrapped.Take(lines)), start, span));
                    tail.Add((Joined(wrapped.Skip(lines)), start, span));
                }
                return (head, tail);
            }

            foreach (var h in header) DrawRow(h, true);
            var fresh = _height - 2 * Margin - header.Sum(RowHeight);
            foreach (var row in body)
            {
                IReadOnlyList<(string Text, int Start, int Span)> rest = row;
                if (_y + RowHeight(rest) > _height - Margin && RowHeight(rest) <= fresh) Turn();
                while (_y + RowHeight(rest) > _height - Margin)
                {
                    var fit = (int)((_height - Margin - _y - 2 * Pad) / (Small * 1.3f));
                    if (fit < 2) { Turn(); continue; }
                    var (head, tail) = Cut(rest, fit);
                    DrawRow(head, false);
                    Turn();
                    rest = tail;
                }
                DrawRow(rest, false);
            }
        }

        /// <summary>Wrapped lines put back together: a space only where the break fell between two Latin words.</summary>
        private static string Joined(IEnumerable<string> lines) =>
            lines.Aggregate("", (a, l) => a.Length > 0 && l.Length > 0 && !IsCjk(a[^1]) && !IsCjk(l[0]) && char.IsLetterOrDigit(a[^1]) && char.IsLetterOrDigit(l[0]) ? a + " " + l : a + l);

        private static List<(string Text, int Start, int Span)> Cells(List<(string Text, int Span)> cells)
        {
            var list = new List<(string, int, int)>();
            var start = 0;
            foreach (var (text, span) in cells) { list.Add((text, start, span)); start += span; }
            return list;
        }

        private static float Span(float[] widths, int start, int span) => widths.Skip(start).Take(span).Sum();

        /// <summary>Column widths: figures get what their widest figure needs, text columns share the rest.</summary>
        private static float[] Widths(TableBlock t, SKFont font, float available)
        {
            var need = new float[t.Columns];
            for (var c = 0; c < t.Columns; c++)
                need[c] = t.Body.Select(r => c < r.Count ? font.MeasureText(r[c]) : 0).DefaultIfEmpty(0).Max() + 2 * Pad + 2;
            var numeric = Enumerable.Range(0, t.Columns).Where(c => t.Numeric[c]).ToList();
            var text = Enumerable.Range(0, t.Columns).Where(c => !t.Numeric[c]).ToList();
            var widths = new float[t.Columns];
            foreach (var c in numeric) widths[c] = Math.Max(need[c], 34);
            var left = available - numeric.Sum(c => widths[c]);
            if (left < text.Count * 30)
            {
                // Too many figure columns: they share the page evenly, wrapping where they must.
                var even = available / t.Columns;
                for (var c = 0; c < t.Columns; c++) widths[c] = even;
                return widths;
            }
            var codes = text.Where(c => t.Body.All(r => c >= r.Count || r[c].Length <= 7 && r[c].All(ch => char.IsAsciiDigit(ch) || ch == ' '))).ToList();
            foreach (var c in codes) { widths[c] = Math.Min(need[c], left / text.Count); left -= widths[c]; }
            var rest = text.Except(codes).ToList();
            // A long text (a paragraph in a cell) wraps: it may not squeeze the other columns to a character.
            float Weight(int c) => Math.Clamp(need[c], 30, available * 0.35f);
            var total = rest.Sum(Weight);
            foreach (var c in rest) widths[c] = left * Weight(c) / Math.Max(1, total);
            return widths;
        }

        /// <summary>Breaks text into lines that fit: between any two CJK characters, at spaces between other words,
        /// never inside a number.</summary>
        private static List<string> Wrap(string text, SKFont font, float width, float firstIndent)
        {
            var lines = new List<string>();
            if (text.Length == 0) return [""];
            var current = "";
            var tokens = Tokens(text);
            foreach (var token in tokens)
            {
                var limit = lines.Count == 0 ? width - firstIndent : width;
                // Closing punctuation never starts a line (it stays at the end of the line before).
                if (current.Length > 0 && font.MeasureText(current + token) > limit && !NoLineStart.Contains(token[0]))
                {
                    lines.Add(current.TrimEnd());
                    current = token.TrimStart();
                }
                else current += token;
            }
            if (current.Length > 0) lines.Add(current);
            return lines;
        }

        private static IEnumerable<string> Tokens(string text)
        {
            var i = 0;
            while (i < text.Length)
            {
                var j = i + 1;
                if (!IsCjk(text[i]) && text[i] != ' ')
                    while (j < text.Length && !IsCjk(text[j]) && text[j] != ' ') j++;
                else if (text[i] == ' ')
                    while (j < text.Length && text[j] == ' ') j++;
                yield return text[i..j];
                i = j;
            }
        }

        private static bool IsCjk(char c) => c >= '\u2E80';

        private const string NoLineStart = "。，、；：？！）》」』】”’%．,.;:)";
    }
}
