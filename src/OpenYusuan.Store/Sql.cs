using System.Data.Common;

namespace OpenYusuan.Store;

/// <summary>Commands with positional parameters (<c>$1</c>, <c>$2</c> …, which both DuckDB and PostgreSQL bind by
/// position), so that no query needs a dialect of its own.</summary>
public static class Sql
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var arg in args)
        {
            var parameter = command.CreateParameter();
            parameter.Value = arg ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static int Execute(this DbConnection connection, DbTransaction? transaction, string sql, params object?[] args)
    {
        using var command = connection.Command(transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this DbConnection connection, DbTransaction? transaction, string sql, params object?[] args)
    {
        using var command = connection.Command(transaction, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : Plain(value);
    }

    public static long Count(this DbConnection connection, string sql, params object?[] args) =>
        Convert.ToInt64(connection.Scalar(null, sql, args) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row, each as its values (DBNull as null).</summary>
    public static List<object?[]> Rows(this DbConnection connection, DbTransaction? transaction, string sql, params object?[] args)
    {
        using var command = connection.Command(transaction, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A value as .NET's plain types: DuckDB's sums come back as HUGEINT (BigInteger), PostgreSQL's as NUMERIC
    /// (decimal); both become long (or decimal when larger), so that the two backends answer alike.</summary>
    public static object? Plain(object? value) => value switch
    {
        System.Numerics.BigInteger b => b >= long.MinValue && b <= long.MaxValue ? (long)b : (decimal)b,
        int i => (long)i,
        short s => (long)s,
        ulong u => u <= long.MaxValue ? (long)u : (decimal)u,
        uint u => (long)u,
        // DuckDB hands a BLOB over as a stream.
        Stream stream => ReadAll(stream),
        _ => value,
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Dispose();
        return copy.ToArray();
    }

    /// <summary>Inserts rows with multi-row VALUES lists, a few hundred rows per statement.</summary>
    public static void InsertMany(this DbConnection connection, DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        var perStatement = Math.Max(1, 2000 / columns.Length);
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var chunk = rows.Skip(start).Take(perStatement).ToList();
            var text = new System.Text.StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var args = new object?[chunk.Count * columns.Length];
            var n = 0;
            for (var r = 0; r < chunk.Count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    args[n] = chunk[r][c];
                    text.Append(c == 0 ? "$" : ", $").Append(++n);
                }
                text.Append(')');
            }
            connection.Execute(transaction, text.ToString(), args);
        }
    }
}
