using System.Data.Common;
using OpenYusuan.Store.Schema;

namespace OpenYusuan.Store.Queries;

/// <summary>`yusuan query`: one SQL statement over the documented views (documents, entities, years, cells, sections,
/// claims, findings, notes, import_failures), on a store opened read-only — DuckDB in its read-only mode with access
/// to other files switched off, PostgreSQL in a read-only session — so no statement can change it.</summary>
public static class StoreQuery
{
    public static ResultTable Run(YusuanStore store, string sql, int? limit = null)
    {
        if (!store.ReadOnly) throw new InvalidOperationException("query runs on a store opened read-only");
        if (string.IsNullOrWhiteSpace(sql.Trim().TrimEnd(';'))) throw new StoreException("查询语句为空");
        foreach (var statement in store.Dialect.QuerySessionSql) store.Connection.Execute(null, statement);
        try
        {
            using var command = store.Connection.Command(null, sql.Trim().TrimEnd(';'));
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read() && (limit is null || rows.Count < limit))
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Sql.Plain(reader.GetValue(i));
                rows.Add(row);
            }
            return new ResultTable(columns, rows);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or NotSupportedException or InvalidCastException or OverflowException)
        {
            throw new StoreException($"查询出错：{FirstLine(e.Message)}（可查询的视图：{string.Join("、", Migrations.Views)}，见 docs/store.md）", e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
