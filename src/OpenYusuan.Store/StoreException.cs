namespace OpenYusuan.Store;

/// <summary>A store that cannot be opened or used, with the reason in Chinese (the CLI prints it and exits 2).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
