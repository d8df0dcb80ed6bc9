using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Collects the rows of a table from text extracted from PDF, where one row may span several
/// lines (wrapped names, figures on their own line, a number cut in two) and a page break repeats the
/// header in the middle of the table. Rows start at a code, a total label or a row label; a row without
/// code (a sub-unit subtotal, a project of the 结转 table) is text followed by figures. A name cell taller
/// than its row's figures wraps above and below the code line; text between two coded rows is shared out
/// between them by the names their codes have (<paramref name="knownNames"/>).</summary>
public sealed partial class ExtractedRowCollector(string kind, int precision, IReadOnlyList<SourceLine> header, NoteSink notes,
    Func<string, IEnumerable<string>>? knownNames = null)
{
    private readonly bool _codeRows = TableKinds.HasFunctionalCodes(kind) || TableKinds.HasEconomicCodes(kind);
    private readonly string? _firstHeader = header.Count > 0 ? header[0].Compact : null;
    private readonly CodeParser _codes = new();
    private readonly List<RawRow> _rows = [];
    private readonly List<string> _pending = [];
    private int _pendingLine;
    private RawRow? _current;
    private bool _inPageHeader;
    private int _missingDigits;

    public string? EmptyNote { get; private set; }

    public IReadOnlyList<RawRow> Collect(IReadOnlyList<SourceLine> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.IsBlank) continue;
            if (IsDigitsFragment(line)) { RejoinNumber(line); continue; }
            if (IntegerFragment(body, i) is { } next)
            {
                RejoinInteger(line, body[next]);
                i = next;
                continue;
            }
            if (RowLabels.IsEmptyNote(line.Compact) && !HasAmount(line)) { i = ReadNote(body, i); continue; }
            if (RowLabels.IsFootnote(line.Compact) || Ellipsis().IsMatch(line.Compact)) continue;
            if (_codeRows && Prose().IsMatch(line.Compact) && !HasAmount(line)) continue;
            if (StartsPageHeader(line)) { _inPageHeader = true; continue; }
            if (line.Compact.Contains('※')) { _inPageHeader = false; continue; }
            if (_inPageHeader)
            {
                // A repeated header may hold a 合计/总计 column label: only figures or a code end it.
                var codeLine = _codeRows && _codes.TryParseLeading(line.Text, out _, out _);
                if (!codeLine && !HasAmount(line) && !(StartsRow(line.Text) && !RowLabels.IsTotal(line.Compact))) { _current?.Orphans.Add(line.Text); continue; }
                _inPageHeader = false;
            }
            Consume(line);
        }
        ContinuePending();
        ShareLeads();
        // A name wrapped round the first row's code line begins above it, where only header words stand ("一般公共服务"
        // over "201", "支出" under it): it is taken back from the header when only with it is the name whole.
        if (header.Count > 0 && _rows.FirstOrDefault() is { Code: not null } first && !Named(first, first.Text, whole: true)
            && Named(first, header[^1].Compact + first.Text, whole: true))
            first.Pieces.Insert(0, header[^1].Text);
        // A name cut by a page break ends after the repeated header, on the lines just before the next row ("职业年金缴费" /
        // header / "支出"); a project row's end is the name splitter's to place (it may be the project's).
        if (kind != TableKinds.ProjectExpense)
            foreach (var row in _rows.Where(r => r.Code is not null && r.Orphans.Count > 0 && !Named(r, r.Text, whole: true)))
                for (var k = 1; k <= row.Orphans.Count; k++)
                {
                    var end = row.Orphans.TakeLast(k).ToList();
                    if (!Named(row, row.Text + string.Concat(end.Select(TextNormalizer.Compact)), whole: true)) continue;
                    row.Pieces.AddRange(end);
                    notes.NameCompleted(row.Line, row.Code, string.Concat(end), row.Text);
                    break;
                }
        return _rows;
    }

    /// <summary>Text lines between a row's figures and the next row's code go to the earlier row, the later
    /// one, or are split between them: the split that makes the earlier name whole and the later one the start
    /// of its name wins; without names to go by, the text continues the earlier row as it always did.</summary>
    private void ShareLeads()
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            if (row.Lead.Count == 0) continue;
            var lead = row.Lead.ToList();
            row.Lead.Clear();
            var prev = i > 0 && _rows[i - 1] is { IsTotal: false } p ? p : null;
            var bestK = lead.Count;
            var best = -1;
            for (var k = lead.Count; k >= 0; k--)
            {
                var score = (prev is not null && Named(prev, prev.Text + string.Concat(lead.Take(k)), whole: true) ? 1 : 0)
                    + (Named(row, string.Concat(lead.Skip(k)) + row.Text, whole: false) ? 1 : 0);
                if (score > best) (best, bestK) = (score, k);
            }
            if (prev is null && !Named(row, string.Concat(lead) + row.Text, whole: false))
            {
                // Text before the first row that is not the start of its name stands as a row of its own.
                var own = new RawRow { Line = row.Line };
                own.Pieces.AddRange(lead);
                _rows.Insert(i++, own);
                continue;
            }
            if (prev is null) bestK = 0;
            prev?.Pieces.AddRange(lead.Take(bestK));
            row.Pieces.InsertRange(0, lead.Skip(bestK));
        }
    }

    private bool Named(RawRow row, string text, bool whole)
    {
        if (row.Code is null || knownNames is null) return !whole && text.Length == 0;
        var t = TextNormalizer.Compact(text);
        if (!whole && t.Length == 0) return true;
        return knownNames(row.Code).Select(TextNormalizer.Compact).Any(n => whole ? n == t : n.StartsWith(t, StringComparison.Ordinal));
    }

    private void Consume(SourceLine line)
    {
        _missingDigits = 0;
        if (_codeRows && _codes.TryParseLeading(line.Text, out var code, out var rest))
        {
            var lead = _pending.ToList();
            _pending.Clear();
            Start(line.Number).Code = code;
            _current!.Lead.AddRange(lead);
            Add(rest, line.Number);
            return;
        }
        if (RowLabels.StartsRow(kind, line.Text))
        {
            ContinuePending();
            Start(line.Number).IsTotal = !TableKinds.IsThreePublic(kind) && RowLabels.IsTotal(line.Compact);
            Add(line.Text, line.Number);
            return;
        }
        var (words, values) = SplitTrailingValues(line.Text, line.Number);
        // After a coded row, text alone may end its name or start the next one (ShareLeads decides), also in a
        // blank template where no row has figures.
        var rowDone = _current is not null && (_current.Values.Count > 0 || (_codeRows && _current.Code is not null && values.Count == 0));
        // The first figures of a row whose name was still being read: the text waiting so far is that name.
        if (values.Count > 0 && _current is { Values.Count: 0 }) ContinuePending();
        if (_current is null || (rowDone && (words.Length > 0 || _pending.Count > 0)))
        {
            if (values.Count == 0 && (_current is not null || _codeRows))
            {
                // Text after a complete row: continues its name, or starts a row if figures follow.
                if (_pending.Count == 0) _pendingLine = line.Number;
                _pending.Add(words);
                return;
            }
            var row = Start(_pending.Count > 0 ? _pendingLine : line.Number);
            row.Pieces.AddRange(_pending);
            _pending.Clear();
        }
        Add(line.Text, line.Number);
    }

    private RawRow Start(int line)
    {
        _current = new RawRow { Line = line };
        _rows.Add(_current);
        return _current;
    }

    private void ContinuePending()
    {
        if (_pending.Count > 0)
        {
            if (_current is not null) _current.Pieces.AddRange(_pending);
            else Start(_pendingLine).Pieces.AddRange(_pending);
        }
        _pending.Clear();
    }

    private void Add(string text, int line)
    {
        var (words, values) = SplitTrailingValues(text, line);
        if (words.Length > 0) _current!.Pieces.Add(words);
        _current!.Values.AddRange(values);
        if (values.Count == 0) return;
        _current.LastValueLine = line;
        _missingDigits = values[^1].Value is not null && AmountText.IsFragment(values[^1].Printed, precision, out var missing) ? missing : 0;
    }

    private bool IsDigitsFragment(SourceLine line) =>
        _missingDigits > 0 && _current is { Values.Count: > 0 } && AmountText.IsDigits(line.Compact) && line.Compact.Length == _missingDigits;

    private void RejoinNumber(SourceLine line)
    {
        var last = _current!.Values[^1];
        var printed = last.Printed + line.Compact;
        _current.Values[^1] = last with { Value = Money.Parse(printed), Printed = printed };
        notes.Add(RuleIds.NumberRejoined, Severity.Info,
            $"第 {last.Line} 行的数字“{last.Printed}”与第 {line.Number} 行的“{line.Compact}”为同一数字，已拼合为 {printed}",
            last.Line, printed, last.Printed);
        _missingDigits = 0;
    }

    /// <summary>A number cut inside its integer part ("36000" / "0.00"): a bare run of digits while a row's
    /// figures are being read, followed by a line that is one figure with a short integer part.</summary>
    private int? IntegerFragment(IReadOnlyList<SourceLine> body, int i)
    {
        if (precision == 0 || _current is not { Values.Count: > 0 } || !AmountText.IsDigits(body[i].Compact) || body[i].Text.Contains(' ')) return null;
        var next = i + 1;
        while (next < body.Count && body[next].IsBlank) next++;
        if (next >= body.Count) return null;
        var first = body[next].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return System.Text.RegularExpressions.Regex.IsMatch(first, $@"^\d{{1,3}}\.\d{{{precision}}}$") ? next : null;
    }

    private void RejoinInteger(SourceLine line, SourceLine next)
    {
        var tokens = next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var printed = line.Compact + tokens[0];
        _current!.Values.Add(new RawValue(Money.Parse(printed), null, line.Number, printed));
        notes.Add(RuleIds.NumberRejoined, Severity.Info,
            $"第 {line.Number} 行的数字“{line.Compact}”与第 {next.Number} 行的“{tokens[0]}”为同一数字，已拼合为 {printed}",
            line.Number, printed, line.Compact);
        if (tokens.Length > 1) Add(string.Join(' ', tokens.Skip(1)), next.Number);
    }

    private int ReadNote(IReadOnlyList<SourceLine> body, int i)
    {
        var text = body[i].Text;
        while (!text.TrimEnd().EndsWith('。') && i + 1 < body.Count && !body[i + 1].Compact.StartsWith("合计"))
        {
            i++;
            if (!body[i].IsBlank) text += body[i].Text;
        }
        EmptyNote ??= RowLabels.NoteText(TextNormalizer.Compact(text));
        return i;
    }

    private bool StartsPageHeader(SourceLine line) =>
        (_firstHeader is not null && _current is not null && line.Compact == _firstHeader)
        || line.Compact.StartsWith("编制单位") || line.Compact.StartsWith("编制部门")
        // A header repeated after a page break, not always printed the same way: its column labels say so.
        || (_current is not null && HeaderOnlyLabel().IsMatch(line.Compact) && !HasAmount(line) && TableSplitter.IsHeaderLike(line, kind));

    private bool StartsRow(string text) =>
        (_codeRows && new CodeParser().TryParseLeading(text, out _, out _)) || RowLabels.StartsRow(kind, text);

    private static bool HasAmount(SourceLine line) =>
        line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => AmountText.TryParse(t, false, out _));

    [GeneratedRegex(@"科目编码|科目名称|^功能分类|^经济分类")]
    private static partial Regex HeaderOnlyLabel();

    /// <summary>A template's "…" rows, standing for the rows a unit fills in.</summary>
    [GeneratedRegex(@"^[…\.。]+$")]
    private static partial Regex Ellipsis();

    /// <summary>A sentence (an instruction or remark under the table), never a row name.</summary>
    [GeneratedRegex(@"，.*[。：:]$")]
    private static partial Regex Prose();

    /// <summary>Splits a line into its leading words and the run of figures (or placeholders) that ends it.</summary>
    private (string Words, List<RawValue> Values) SplitTrailingValues(string text, int line)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new List<RawValue>();
        var k = tokens.Length;
        while (k > 0)
        {
            var t = tokens[k - 1];
            var printed = t.Replace(",", "");
            if (AmountText.TryParse(t, precision == 0, out var v)) values.Insert(0, new RawValue(v, null, line, printed));
            else if (k == tokens.Length && AmountText.IsFragment(t, precision, out _))
                values.Insert(0, new RawValue(Money.Parse(printed.TrimEnd('.')), null, line, printed));
            else if (AmountText.IsPlaceholder(t) && k > 1) values.Insert(0, new RawValue(null, null, line, t));
            else break;
            k--;
        }
        return (string.Join(' ', tokens.Take(k)), values);
    }
}
