using OpenYusuan.Model;

namespace OpenYusuan.Reading.Tables;

/// <summary>A table whose every row of figures names a project (Xi'an's 财政拨款结转资金支出表: unit | project | amount |
/// 功能/经济 codes) is a list, not a hierarchy: templates print such lists without a 合计 as often as with one, so a
/// missing 合计 there says nothing about a truncated table. The audit adds the rows up where it needs the total.</summary>
public static class ProjectList
{
    public static bool Is(IReadOnlyList<TableRow> rows) =>
        rows.Any(r => r.Values.Count > 0) && rows.Where(r => r.Values.Count > 0).All(r => r.Project is not null);
}
