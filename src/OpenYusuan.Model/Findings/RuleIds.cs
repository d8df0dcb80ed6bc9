namespace OpenYusuan.Model.Findings;

/// <summary>Every rule id, by category range (STYLE.md): YS01 completeness, YS02 within a table,
/// YS03 between tables, YS04 narrative, YS05 percentages and year-on-year, YS06 codes and names,
/// YS07 text quality, YS09 input problems. A new rule takes the next free id; ids are never reused.</summary>
public static class RuleIds
{
    // YS09xx — input problems a reader worked around (reported in `notes`).
    public const string ColumnsByArithmetic = "YS0901";
    public const string NumberRejoined = "YS0902";
    public const string TableUnreadable = "YS0903";
    public const string ValueMovedFromPrintedColumn = "YS0904";
    public const string EncodingDetected = "YS0905";
    public const string RowTextCompleted = "YS0906";
    public const string TableTruncated = "YS0907";
    public const string UnknownTable = "YS0908";
    public const string CodeCompleted = "YS0909";
    public const string ColumnKeptAsPrinted = "YS0910";
}
