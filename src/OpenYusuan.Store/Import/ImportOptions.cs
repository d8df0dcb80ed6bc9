namespace OpenYusuan.Store.Import;

/// <summary>How an import runs: parallel workers (default: one per core), the region to record for entities whose
/// template does not tell it, and whether to re-read files whose bytes are stored already.</summary>
public sealed record ImportOptions
{
    public int Workers { get; init; } = Environment.ProcessorCount;
    public string? Region { get; init; }
    public bool Reread { get; init; }
    /// <summary>Whether files stored by another version of the readers and rules are queued again (yes for `import`; the
    /// web app's upload of one file does not take on the whole store's re-reading).</summary>
    public bool RereadStale { get; init; } = true;
}
