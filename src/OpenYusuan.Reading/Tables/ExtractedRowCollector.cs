using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Collects the rows of a table from text extracted from PDF, where one row may span several
/// lines (wrapped names, figures on their own line, a number cut in two) and a page break repeats the
/// header in the middle of the table. Rows start at a code, a total label or a row label; a row without
/// code (a sub-unit subtotal, a project of the 结转 table) is text followed by figures.</summary>
public sealed class ExtractedRowCollector(string kind, int precision, IReadOnlyList<SourceLine> header, NoteSink notes)
{
    private readonly bool _codeRows = TableKinds.HasFunctionalCodes(kind) || kind == TableKinds.BasicExpense;
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
            if (StartsPageHeader(line)) { _inPageHeader = true; continue; }
            if (line.Compact.Contains('※')) { _inPageHeader = false; continue; }
            if (_inPageHeader)
            {
                if (!StartsRow(line.Text) && !HasAmount(line)) { _current?.Orphans.Add(line.Text); continue; }
                _inPageHeader = false;
            }
            Consume(line);
        }
        ContinuePending();
        return _rows;
    }

    private void Consume(SourceLine line)
    {
        _missingDigits = 0;
        if (_codeRows && _codes.TryParseLeading(line.Text, out var code, out var rest))
        {
            ContinuePending();
            Start(line.Number).Code = code;
            Add(rest, line.Number);
            return;
        }
        if (RowLabels.StartsRow(kind, line.Text))
        {
            ContinuePending();
            Start(line.Number).IsTotal = kind != TableKinds.ThreePublic && RowLabels.IsTotal(line.Compact);
            Add(line.Text, line.Number);
            return;
        }
        var (words, values) = SplitTrailingValues(line.Text, line.Number);
        if (_current is null || (_current.Values.Count > 0 && (words.Length > 0 || _pending.Count > 0)))
        {
            if (values.Count == 0 && _current is not null)
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
        if (_pending.Count > 0 && _current is not null) _current.Pieces.AddRange(_pending);
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
        _current.Values[^1] = last with { Value = decimal.Parse(printed, CultureInfo.InvariantCulture), Printed = printed };
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
        _current!.Values.Add(new RawValue(decimal.Parse(printed, CultureInfo.InvariantCulture), null, line.Number, printed));
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
        EmptyNote ??= Regex.Replace(TextNormalizer.Compact(text), @"^(备注|说明|注)[:：]", "");
        return i;
    }

    private bool StartsPageHeader(SourceLine line) =>
        (_firstHeader is not null && _current is not null && line.Compact == _firstHeader)
        || line.Compact.StartsWith("编制单位") || line.Compact.StartsWith("编制部门");

    private bool StartsRow(string text) =>
        (_codeRows && new CodeParser().TryParseLeading(text, out _, out _)) || RowLabels.StartsRow(kind, text);

    private static bool HasAmount(SourceLine line) =>
        line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => AmountText.TryParse(t, false, out _));

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
                values.Insert(0, new RawValue(decimal.Parse(printed.TrimEnd('.'), CultureInfo.InvariantCulture), null, line, printed));
            else if (AmountText.IsPlaceholder(t) && k > 1) values.Insert(0, new RawValue(null, null, line, t));
            else break;
            k--;
        }
        return (string.Join(' ', tokens.Take(k)), values);
    }
}
