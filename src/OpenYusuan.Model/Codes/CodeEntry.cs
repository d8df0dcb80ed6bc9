namespace OpenYusuan.Model.Codes;

/// <summary>A classification code with its canonical name and the other names it has been printed with.</summary>
public sealed record CodeEntry(string Code, string Level, string Name, string? Parent, IReadOnlyList<string> Variants);
