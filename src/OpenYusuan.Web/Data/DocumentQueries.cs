using System.Data.Common;
using System.Globalization;
using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>One document's rows: what it is, its findings with their reviews, its original bytes, its cells.</summary>
public static class DocumentQueries
{
    public const string DocumentColumns =
        "d.hash, COALESCE(u.name, d.name), d.format, d.kind, d.entity, d.region, d.year, d.pages, d.errors, d.warnings, d.infos, d.tool_version, d.read_at";

    public const string DocumentFrom = "documents d LEFT JOIN web_uploads u ON u.hash = d.hash";

    public static StoredDocument? Document(DbConnection c, string hash) =>
        c.Rows(null, $"SELECT {DocumentColumns} FROM {DocumentFrom} WHERE d.hash = $1", hash).Select(ToDocument).FirstOrDefault();

    public static StoredDocument ToDocument(object?[] r) => new((string)r[0]!, Plain((string)r[1]!), r[2] as string, (string)r[3]!, r[4] as string,
        r[5] as string, Int(r[6]), Int(r[7]), Long(r[8]), Long(r[9]), Long(r[10]), (string)r[11]!, (string)r[12]!);

    /// <summary>A document imported from the command line is named by its path: the file name is what pages show.</summary>
    private static string Plain(string name) => name.Contains('/') ? Path.GetFileName(name) : name;

    /// <summary>The findings with the decisions on them.</summary>
    public static List<StoredFinding> Findings(DbConnection c, string hash) => WithReviews(c, hash, FindingsAsRead(c, hash));

    /// <summary>The findings as the last read left them (no decisions): they change only when the document is read again.</summary>
    public static List<StoredFinding> FindingsAsRead(DbConnection c, string hash) =>
        c.Rows(null, """
            SELECT f.finding_key, f.rule, f.severity, f.location, f.table_kind, f.row_key, f.col, f.section, f.page, f.line, f.message,
                   f.expected, f.actual, f.bbox
            FROM stored_findings f WHERE f.document = $1
            ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.page, f.line, f.rule
            """, hash).Select(r => new StoredFinding((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, r[4] as string, r[5] as string,
                r[6] as string, r[7] as string, Int(r[8]), Int(r[9]), (string)r[10]!, r[11] as string, r[12] as string, Box(r[13] as string),
                null, null, null, null)).ToList();

    /// <summary>The findings with the reviewers' decisions put on them (one small query per page view).</summary>
    public static List<StoredFinding> WithReviews(DbConnection c, string hash, IReadOnlyList<StoredFinding> findings)
    {
        var reviews = c.Rows(null, """
            SELECT r.finding_key, r.decision, r.note, r.reviewer, r.decided_at FROM finding_reviews r
            WHERE r.finding_key IN (SELECT finding_key FROM stored_findings WHERE document = $1)
            """, hash).ToDictionary(r => (string)r[0]!, r => r);
        return findings.Select(f => reviews.TryGetValue(f.Key, out var r)
            ? f with { Decision = (string)r[1]!, Note = r[2] as string, Reviewer = r[3] as string, DecidedAt = r[4] as string } : f).ToList();
    }

    public static byte[]? Original(DbConnection c, string hash) =>
        c.Rows(null, "SELECT bytes FROM stored_originals WHERE hash = $1", hash).Select(r => r[0] as byte[]).FirstOrDefault();

    /// <summary>The cells of one document, in print order: (table kind, table number, side, line, code, name, column, value).</summary>
    public static List<object?[]> Cells(DbConnection c, string hash) =>
        c.Rows(null, "SELECT table_kind, table_no, side, line, code, COALESCE(name, item, project), col, value_text FROM stored_cells WHERE document = $1 ORDER BY table_no, table_kind, line", hash);

    public static int? Int(object? v) => v is null ? null : Convert.ToInt32(v, CultureInfo.InvariantCulture);

    public static long Long(object? v) => v is null ? 0 : Convert.ToInt64(v, CultureInfo.InvariantCulture);

    private static double[]? Box(string? box) =>
        box?.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray() is { Length: 4 } b ? b : null;
}
