namespace OpenYusuan.Store;

/// <summary>The two kinds of store: an embedded DuckDB file (the default) or a shared PostgreSQL server.</summary>
public enum StoreBackend { DuckDb, PostgreSql }

/// <summary>Where a store is: what `--db` names (a DuckDB file path, or a PostgreSQL connection string such as
/// "Host=…;Database=…"), or by default <c>$YUSUAN_HOME/yusuan.duckdb</c>, else <c>~/.local/share/openyusuan/yusuan.duckdb</c>.</summary>
public sealed record StoreLocation(StoreBackend Backend, string Target)
{
    public const string DefaultFileName = "yusuan.duckdb";

    public static StoreLocation Resolve(string? db) => Resolve(db, Environment.GetEnvironmentVariable);

    public static StoreLocation Resolve(string? db, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(db))
            return LooksLikeConnectionString(db) ? new StoreLocation(StoreBackend.PostgreSql, db.Trim())
                : new StoreLocation(StoreBackend.DuckDb, Path.GetFullPath(db));
        var home = environment("YUSUAN_HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            var data = environment("XDG_DATA_HOME");
            home = string.IsNullOrWhiteSpace(data)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "openyusuan")
                : Path.Combine(data, "openyusuan");
        }
        return new StoreLocation(StoreBackend.DuckDb, Path.Combine(Path.GetFullPath(home), DefaultFileName));
    }

    /// <summary>A PostgreSQL connection string has key=value pairs and names a host ("Host=…", "Server=…") — a file path
    /// never does.</summary>
    private static bool LooksLikeConnectionString(string db) =>
        db.Contains('=') && db.Split(';').Any(p => p.Split('=')[0].Trim().ToLowerInvariant() is "host" or "server");

    /// <summary>What messages show: the file, or the server and database without the password.</summary>
    public string Describe()
    {
        if (Backend == StoreBackend.DuckDb) return Target;
        var parts = Target.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2).ToDictionary(kv => kv[0].Trim().ToLowerInvariant(), kv => kv[1].Trim());
        string Get(params string[] keys) => keys.Select(k => parts.GetValueOrDefault(k)).FirstOrDefault(v => v is not null) ?? "";
        return $"PostgreSQL {Get("host", "server")}{(Get("port") is { Length: > 0 } port ? ":" + port : "")}/{Get("database", "db")}";
    }
}
