using OpenYusuan.Store;

namespace OpenYusuan.Web.Hosting;

/// <summary>While `serve` holds a DuckDB store it leaves its address beside the file (<c>yusuan.duckdb.serving</c>), so that
/// `yusuan import`, refused the store, can say where to upload instead (<see cref="YusuanStore"/> reads it).</summary>
public static class ServeMarker
{
    public static string? Write(WebOptions options)
    {
        if (options.Store.Backend != StoreBackend.DuckDb) return null;
        var path = options.Store.Target + ".serving";
        try { File.WriteAllText(path, options.Urls); return path; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public static void Remove(string? path)
    {
        if (path is null) return;
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
