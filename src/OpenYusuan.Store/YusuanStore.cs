using System.Data.Common;
using System.Diagnostics;
using OpenYusuan.Store.Schema;

namespace OpenYusuan.Store;

/// <summary>An open store: its location, dialect and a connection, migrated to the current schema (unless opened read-only).
/// Workers that write in parallel (PostgreSQL) open connections of their own with <see cref="Connect"/>.</summary>
public sealed class YusuanStore : IDisposable
{
    public StoreLocation Location { get; }
    public SqlDialect Dialect { get; }
    public DbConnection Connection { get; }
    public bool ReadOnly { get; }

    private YusuanStore(StoreLocation location, SqlDialect dialect, DbConnection connection, bool readOnly)
    {
        Location = location;
        Dialect = dialect;
        Connection = connection;
        ReadOnly = readOnly;
    }

    /// <summary>Opens (and on first use creates) the store. A DuckDB file another process holds is waited for up to
    /// <paramref name="wait"/>, saying so through <paramref name="waiting"/>; then it fails with a Chinese reason before
    /// anything is written.</summary>
    public static YusuanStore Open(StoreLocation location, bool readOnly = false, TimeSpan? wait = null, Action<string>? waiting = null)
    {
        var dialect = SqlDialect.For(location.Backend);
        if (location.Backend == StoreBackend.DuckDb)
        {
            if (readOnly && !File.Exists(location.Target))
                throw new StoreException($"存储 {location.Target} 还不存在：请先用 yusuan import 导入文件");
            try { Directory.CreateDirectory(Path.GetDirectoryName(location.Target)!); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"无法创建存储目录 {Path.GetDirectoryName(location.Target)}：{e.Message}", e);
            }
        }
        var clock = Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            DbConnection connection;
            try { connection = dialect.Open(location.Target, readOnly); }
            catch (Exception e) when (dialect.IsHeldElsewhere(e))
            {
                if (clock.Elapsed >= (wait ?? TimeSpan.Zero) && ServedAt(location) is { } url)
                    throw new StoreException($"存储 {location.Describe()} 正由 yusuan serve（{url}）使用；未做任何改动。请在网页上上传文件，或先停止 serve 再导入", e);
                if (clock.Elapsed >= (wait ?? TimeSpan.Zero))
                    throw new StoreException($"存储 {location.Describe()} 正被另一个进程使用（DuckDB 同一时间只允许一个进程写入）；未做任何改动。请等该进程结束后再试，或加 --wait 秒数 等待它", e);
                if (!said) waiting?.Invoke($"存储 {location.Describe()} 正被另一个进程使用，等待其释放（最多 {(wait ?? TimeSpan.Zero).TotalSeconds:0} 秒）…");
                said = true;
                Thread.Sleep(250);
                continue;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or IOException or System.Net.Sockets.SocketException or TimeoutException)
            {
                throw new StoreException($"无法打开存储 {location.Describe()}：{e.Message}", e);
            }
            var store = new YusuanStore(location, dialect, connection, readOnly);
            try { if (!readOnly) store.Migrate(); }
            catch
            {
                store.Dispose();
                throw;
            }
            return store;
        }
    }

    /// <summary>The address a running `yusuan serve` left beside the DuckDB file it holds (OpenYusuan.Web's ServeMarker).</summary>
    private static string? ServedAt(StoreLocation location)
    {
        try { return File.Exists(location.Target + ".serving") ? File.ReadAllText(location.Target + ".serving").Trim() : null; }
        catch (IOException) { return null; }
    }

    /// <summary>Another connection to the same store (a parallel writer on PostgreSQL).</summary>
    public DbConnection Connect() => Dialect.Open(Location.Target, ReadOnly);

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion => Convert.ToInt32(Connection.Scalar(null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations") ?? 0);

    private void Migrate()
    {
        // Under the lock from the start: two importers starting together on a new PostgreSQL database would otherwise
        // race even on CREATE TABLE IF NOT EXISTS.
        using var transaction = Connection.BeginTransaction();
        if (Dialect.MigrationLockSql is { } lockSql) Connection.Execute(transaction, lockSql);
        Connection.Execute(transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        var at = Convert.ToInt32(Connection.Scalar(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations") ?? 0);
        foreach (var (version, statements) in Migrations.All.Where(m => m.Version > at))
        {
            foreach (var statement in statements) Connection.Execute(transaction, statement);
            if (version == 1) foreach (var index in Dialect.Indexes) Connection.Execute(transaction, index);
            Connection.Execute(transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", version, Now());
        }
        transaction.Commit();
    }

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Connection.Dispose();
}
