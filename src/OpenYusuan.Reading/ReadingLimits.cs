namespace OpenYusuan.Reading;

/// <summary>The limits every reader keeps, whatever a file claims: a hostile or broken file is refused (exit 2, a
/// Chinese reason naming the limit) rather than allowed to exhaust memory, time or the stack. No reader allocates in
/// proportion to a coordinate, span, cell reference or counter taken from the file. docs/limits.md lists them with
/// their reasons; each is far above what any published disclosure needs.</summary>
public static class ReadingLimits
{
    /// <summary>Bytes read from a file, counted as they are read (a device or a lying length does not get past it).</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>Lines of text a document may lay out (a disclosure has a few thousand).</summary>
    public const int MaxLines = 300_000;

    /// <summary>PDF pages (a disclosure has tens).</summary>
    public const int MaxPages = 3_000;

    /// <summary>Words on one PDF page (a dense table page has about two thousand).</summary>
    public const int MaxWordsPerPage = 60_000;

    /// <summary>Horizontal or vertical rules on one PDF page that are joined into grids (a ruled table page has a few
    /// hundred); a page with more is read by column alignment instead.</summary>
    public const int MaxRulesPerPage = 1_000;

    /// <summary>Columns a text line is laid out over by spaces (a wide landscape table needs about 300).</summary>
    public const int MaxLayoutColumns = 1_000;

    /// <summary>Nesting depth of XML elements (DOCX, XLSX) and HTML elements (a disclosure needs a few dozen).</summary>
    public const int MaxNesting = 256;

    /// <summary>Columns of a table row (HTML clamps colspan to 1000; Word has at most 63 columns, Excel 16,384).</summary>
    public const int MaxColumns = 1_000;

    /// <summary>Excel's last column (XFD).</summary>
    public const int MaxSheetColumns = 16_384;

    /// <summary>Wall-clock time to read one document; past it the read is stopped and the file reported
    /// (YUSUAN_TIME_LIMIT=seconds changes it).</summary>
    public static TimeSpan TimePerDocument { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("YUSUAN_TIME_LIMIT"), out var s) && s > 0 ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(30);
}
