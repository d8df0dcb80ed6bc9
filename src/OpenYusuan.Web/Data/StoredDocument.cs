namespace OpenYusuan.Web.Data;

/// <summary>A stored document as the pages list it.</summary>
public sealed record StoredDocument(string Hash, string Name, string? Format, string Kind, string? Entity, string? Region, int? Year,
    int? Pages, long Errors, long Warnings, long Infos, string ToolVersion, string ReadAt);

/// <summary>A stored finding with the reviewer's decision on it, if any.</summary>
public sealed record StoredFinding(string Key, string Rule, string Severity, string Location, string? Table, string? Row, string? Column,
    string? Section, int? Page, int? Line, string Message, string? Expected, string? Actual, double[]? Box,
    string? Decision, string? Note, string? Reviewer, string? DecidedAt);
