using System.Data.Common;
using System.Text;
using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>What the corpus page filters by; every value goes to the database as a parameter.</summary>
public sealed record CorpusFilter(string? Name, string? Region, int? Year, string? Kind, bool ErrorsOnly);

/// <summary>The documents of the corpus a viewer may see, filtered, and the values the filters offer.</summary>
public static class CorpusQueries
{
    public static List<StoredDocument> Documents(DbConnection c, CorpusFilter filter, Viewer viewer, int limit = 500)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new List<object?>();
        string P(object? value) { args.Add(value); return "$" + args.Count; }
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var like = P("%" + Escape(filter.Name.Trim()) + "%");
            where.Append($" AND (d.entity LIKE {like} ESCAPE '\\' OR COALESCE(u.name, d.name) LIKE {like} ESCAPE '\\')");
        }
        if (!string.IsNullOrWhiteSpace(filter.Region)) where.Append($" AND d.region = {P(filter.Region)}");
        if (filter.Year is { } year) where.Append($" AND d.year = {P((long)year)}");
        if (!string.IsNullOrWhiteSpace(filter.Kind)) where.Append($" AND d.kind = {P(filter.Kind)}");
        if (filter.ErrorsOnly) where.Append(" AND d.errors > 0");
        if (!viewer.SeesAll) where.Append($" AND d.entity = {P(viewer.Entity ?? "")}");
        return c.Rows(null, $"SELECT {DocumentQueries.DocumentColumns} FROM {DocumentQueries.DocumentFrom} {where} ORDER BY d.entity, d.year DESC, d.kind LIMIT {limit}", [.. args])
            .Select(DocumentQueries.ToDocument).ToList();
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public static (List<string> Regions, List<int> Years) Choices(DbConnection c) =>
        (c.Rows(null, "SELECT DISTINCT region FROM documents WHERE region IS NOT NULL ORDER BY region").Select(r => (string)r[0]!).ToList(),
         c.Rows(null, "SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year DESC").Select(r => DocumentQueries.Int(r[0])!.Value).ToList());

    /// <summary>Failed uploads and imports, newest first (reviewers only).</summary>
    public static List<object?[]> Failures(DbConnection c) =>
        c.Rows(null, "SELECT path, reason, failed_at FROM import_failures ORDER BY failed_at DESC LIMIT 20");
}
