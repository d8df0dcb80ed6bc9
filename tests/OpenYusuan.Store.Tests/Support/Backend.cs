using Npgsql;
using OpenYusuan.Store;
using Xunit;

namespace OpenYusuan.Store.Tests.Support;

/// <summary>A fresh, empty store on one backend for one test: a DuckDB file in the test's folder, or a database of its own
/// on the PostgreSQL server that ./run-tests starts (YUSUAN_TEST_PG, a connection string to a database that may create
/// others). Without that server the PostgreSQL half of each test skips with a message.</summary>
public sealed class Backend : IDisposable
{
    public const string DuckDb = "duckdb";
    public const string Postgres = "postgres";

    public static TheoryData<string> Both => new() { DuckDb, Postgres };

    public static string? Server => Environment.GetEnvironmentVariable("YUSUAN_TEST_PG") is { Length: > 0 } s ? s : null;

    public const string NoServer = "PostgreSQL 测试服务器不可用（YUSUAN_TEST_PG 未设置：./run-tests 会安装并启动它），跳过 PostgreSQL 部分";

    private readonly string? _database;

    /// <summary>The value for --db.</summary>
    public string Db { get; }
    public string Kind { get; }

    public Backend(string kind, string dir)
    {
        Kind = kind;
        if (kind == DuckDb)
        {
            Db = Path.Combine(dir, "store.duckdb");
            return;
        }
        Skip.If(Server is null, NoServer);
        _database = "yusuan_t_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            create.ExecuteNonQuery();
        }
        Db = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
    }

    public YusuanStore Open(bool readOnly = true) => YusuanStore.Open(StoreLocation.Resolve(Db), readOnly);

    /// <summary>One number from the store (a COUNT).</summary>
    public long Count(string sql, params object?[] args)
    {
        using var store = Open();
        return store.Connection.Count(sql, args);
    }

    public void Dispose()
    {
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(Server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
