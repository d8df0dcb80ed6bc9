namespace OpenYusuan.Reading.Tables;

/// <summary>A printed figure of a row before its column is known. <see cref="Value"/> is null for a
/// printed placeholder (—) that still occupies a column; <see cref="Cell"/> is the tab-cell index when
/// the layout gives one; <see cref="Printed"/> is the text as printed (ASCII digits, no separators).</summary>
public sealed record RawValue(decimal? Value, int? Cell, int Line, string Printed);
