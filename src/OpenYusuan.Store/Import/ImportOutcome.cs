namespace OpenYusuan.Store.Import;

/// <summary>What became of one file: <c>imported</c> (read and stored), <c>reread</c> (its stored rows replaced),
/// <c>stored</c> (the same bytes were already stored by this tool version), <c>failed</c> (with the reason).</summary>
public sealed record ImportOutcome(string Path, string Status, string? Hash, string? Reason, int Pages);
