using OpenYusuan.Store;

namespace OpenYusuan.Web;

/// <summary>How `yusuan serve` runs: where it listens, which store it holds, whether accounts are required, and the
/// upload limits.</summary>
public sealed record WebOptions
{
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    public string? Db { get; init; }
    /// <summary>Accounts on localhost too (they are always on when the server listens beyond localhost).</summary>
    public bool Auth { get; init; }
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;
    public int MaxUploadFiles { get; init; } = 20;

    public StoreLocation Store => StoreLocation.Resolve(Db);

    /// <summary>True when every address is a loopback one: only then may accounts be off.</summary>
    public bool LocalOnly => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries).All(u =>
        Uri.TryCreate(u.Trim().Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)
        && (uri.Host is "localhost" || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip))));

    public bool AccountsRequired => Auth || !LocalOnly;

    /// <summary>Uploaded files, under generated names: beside a DuckDB file, else in the default store folder.</summary>
    public string UploadDir => Store.Backend == StoreBackend.DuckDb
        ? Path.Combine(Path.GetDirectoryName(Store.Target)!, "uploads")
        : Path.Combine(Path.GetDirectoryName(StoreLocation.Resolve(null).Target)!, "uploads");
}
