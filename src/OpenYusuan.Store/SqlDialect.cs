using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;

namespace OpenYusuan.Store;

/// <summary>Everything that differs between DuckDB and PostgreSQL, in one place. The schema, the views and every query
/// are written once in the SQL both accept (TEXT, INTEGER, BIGINT, DECIMAL, BYTEA, BOOLEAN; <c>$1</c> parameters;
/// <c>ON CONFLICT</c>); what remains is how to connect, how a read-only session is opened, how a pending file is
/// claimed, which indexes pay for themselves, and what a store held by another process looks like.</summary>
public abstract class SqlDialect
{
    public abstract StoreBackend Backend { get; }

    /// <summary>Whether several processes may write at once (PostgreSQL), or one process holds the store (DuckDB).</summary>
    public abstract bool SharedWriters { get; }

    public abstract DbConnection Open(string target, bool readOnly);

    /// <summary>Locks and returns one pending file of the import queue inside the caller's transaction.</summary>
    public abstract string ClaimPendingSql { get; }

    /// <summary>Indexes: PostgreSQL's planner needs them for every per-document delete and per-entity lookup; DuckDB's
    /// column scans with zone maps do without, and its ART indexes would slow every bulk insert.</summary>
    public abstract IReadOnlyList<string> Indexes { get; }

    /// <summary>Run first in the migration transaction so that importers starting together migrate once (null: one
    /// process holds the store anyway).</summary>
    public abstract string? MigrationLockSql { get; }

    /// <summary>True when opening failed because another process holds the store.</summary>
    public abstract bool IsHeldElsewhere(Exception e);

    /// <summary>Run before a user's query: what else, beyond the read-only session, keeps it inside the store.</summary>
    public abstract IReadOnlyList<string> QuerySessionSql { get; }

    /// <summary>Bulk rows in the caller's transaction, the columns in the table's order: portable multi-row INSERTs by
    /// default; DuckDB's appender, which is an order of magnitude faster there.</summary>
    public virtual void InsertMany(DbConnection connection, DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows) =>
        connection.InsertMany(transaction, table, columns, rows);

    public static SqlDialect For(StoreBackend backend) => backend == StoreBackend.DuckDb ? new DuckDbDialect() : new PostgresDialect();

    private sealed class DuckDbDialect : SqlDialect
    {
        public override StoreBackend Backend => StoreBackend.DuckDb;
        public override bool SharedWriters => false;

        public override DbConnection Open(string target, bool readOnly)
        {
            var connection = new DuckDBConnection($"Data Source={target}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
            connection.Open();
            return connection;
        }

        // One process holds a DuckDB store, and it hands files to its own workers: no row lock is needed.
        public override string ClaimPendingSql => "SELECT path FROM import_queue WHERE status = 'pending' ORDER BY path LIMIT 1";

        public override IReadOnlyList<string> Indexes => [];

        public override string? MigrationLockSql => null;

        // Read-only still lets DuckDB read and write other files (read_csv, COPY … TO): a query sees the store only.
        public override IReadOnlyList<string> QuerySessionSql => ["SET enable_external_access = false"];

        public override void InsertMany(DbConnection connection, DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows)
        {
            if (rows.Count == 0) return;
            using var appender = ((DuckDBConnection)connection).CreateAppender(table);
            foreach (var values in rows)
            {
                var row = appender.CreateRow();
                foreach (var value in values)
                    row = value switch
                    {
                        null => row.AppendNullValue(),
                        string s => row.AppendValue(s),
                        int i => row.AppendValue(i),
                        long l => row.AppendValue(l),
                        decimal d => row.AppendValue(d),
                        bool b => row.AppendValue(b),
                        double f => row.AppendValue(f),
                        byte[] bytes => row.AppendValue(bytes),
                        _ => row.AppendValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
                    };
                row.EndRow();
            }
        }

        public override bool IsHeldElsewhere(Exception e) =>
            e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override StoreBackend Backend => StoreBackend.PostgreSql;
        public override bool SharedWriters => true;

        public override DbConnection Open(string target, bool readOnly)
        {
            var connection = new NpgsqlConnection(target);
            connection.Open();
            if (readOnly)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
                command.ExecuteNonQuery();
            }
            return connection;
        }

        // Several importers share the queue: each locks the next file no one else holds, and skips the locked ones.
        public override string ClaimPendingSql => "SELECT path FROM import_queue WHERE status = 'pending' ORDER BY path LIMIT 1 FOR UPDATE SKIP LOCKED";

        public override IReadOnlyList<string> Indexes =>
        [
            "CREATE INDEX IF NOT EXISTS stored_documents_entity_year ON stored_documents (entity, year)",
            "CREATE INDEX IF NOT EXISTS stored_cells_document ON stored_cells (document)",
            "CREATE INDEX IF NOT EXISTS stored_cells_kind_code ON stored_cells (table_kind, code)",
            "CREATE INDEX IF NOT EXISTS stored_sections_document ON stored_sections (document)",
            "CREATE INDEX IF NOT EXISTS stored_claims_document ON stored_claims (document)",
            "CREATE INDEX IF NOT EXISTS stored_findings_document ON stored_findings (document)",
            "CREATE INDEX IF NOT EXISTS stored_findings_key ON stored_findings (finding_key)",
            "CREATE INDEX IF NOT EXISTS stored_notes_document ON stored_notes (document)",
            "CREATE INDEX IF NOT EXISTS import_queue_status ON import_queue (status, path)",
        ];

        public override string? MigrationLockSql => "SELECT pg_advisory_xact_lock(170017)";

        public override IReadOnlyList<string> QuerySessionSql => ["SET statement_timeout = '300s'"];

        public override bool IsHeldElsewhere(Exception e) => false;
    }
}
