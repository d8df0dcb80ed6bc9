using OpenYusuan.Model.Findings;

namespace OpenYusuan.Reading.Tables;

/// <summary>Collects the reader's notes (corrections and decisions) for the model's `notes`.</summary>
public sealed class NoteSink
{
    private readonly List<Finding> _notes = [];

    public IReadOnlyList<Finding> Notes => _notes;

    /// <summary>The table the following notes are about (kind and number).</summary>
    public (string Kind, int? Number)? Table { get; set; }

    /// <summary>A row name cut by a page break, completed from the text after the next page's repeated header.</summary>
    public void NameCompleted(int line, string? code, string end, string name) =>
        Add(RuleIds.RowTextCompleted, Severity.Info, $"第 {line} 行的科目名称被分页截断，已用下一页表头后的“{end.Trim()}”补全为“{name}”", line, name, row: code);

    public void Add(string rule, Severity severity, string message, int? line, string? expected = null, string? actual = null,
        string? row = null, string? column = null) =>
        _notes.Add(new Finding
        {
            Rule = rule, Severity = severity, Message = message, Expected = expected, Actual = actual,
            Location = new FindingLocation { Table = Table?.Kind, Number = Table?.Number, Row = row, Column = column, Line = line },
        });
}
