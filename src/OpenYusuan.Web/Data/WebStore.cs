using System.Data.Common;
using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>The store `serve` holds for its whole life (DuckDB lets one process write; this is it). A DuckDB connection
/// serves one caller at a time, so every use goes through one gate; the queries are short, and an import holds the gate
/// only while it writes.</summary>
public sealed class WebStore(YusuanStore store) : IDisposable
{
    private readonly Lock _gate = new();

    public YusuanStore Store => store;

    public T Use<T>(Func<DbConnection, T> action)
    {
        lock (_gate) return action(store.Connection);
    }

    public void Use(Action<DbConnection> action)
    {
        lock (_gate) action(store.Connection);
    }

    /// <summary>Runs <paramref name="action"/> in one transaction under the gate.</summary>
    public void Write(Action<DbConnection, DbTransaction> action)
    {
        lock (_gate)
        {
            using var transaction = store.Connection.BeginTransaction();
            action(store.Connection, transaction);
            transaction.Commit();
        }
    }

    public void Dispose() => store.Dispose();
}
