namespace OpenYusuan.Store.Queries;

/// <summary>`yusuan report`: the standing questions over many documents, grouped by entity, year, region and/or kind
/// (预算/决算). Each is one portable SQL statement over the views; money is in 万元 (a table printed in 元 is divided by
/// 10,000).</summary>
public static class StoreReports
{
    public static readonly IReadOnlyList<string> Names = ["findings", "three-public", "expense-structure", "execution"];
    public static readonly IReadOnlyList<string> Groupings = ["entity", "year", "region", "kind"];

    // Multiplying keeps DECIMAL on both backends (DuckDB divides decimals into DOUBLE).
    private const string Wan = "CASE WHEN c.money_unit = '元' THEN c.value * 0.0001 ELSE c.value END";

    /// <summary>The report; throws <see cref="ArgumentException"/> with a Chinese reason for an unknown report or grouping.</summary>
    public static ResultTable Run(YusuanStore store, string report, IReadOnlyList<string> by, string? region = null)
    {
        if (by.Count == 0) by = ["entity", "year"];
        if (by.FirstOrDefault(b => !Groupings.Contains(b)) is { } wrong)
            throw new ArgumentException($"--by 只能是 {string.Join("、", Groupings)} 的组合，不认识“{wrong}”");
        var keys = string.Join(", ", by.Select(b => b == "kind" ? "d.kind" : "d." + b));
        var keyNames = string.Join(", ", by);
        var where = region is null ? "" : " AND d.region = $1";
        object?[] args = region is null ? [] : [region];
        var sql = report switch
        {
            "findings" => $"""
                SELECT {keys}, COUNT(*) AS documents, CAST(SUM(d.errors) AS BIGINT) AS errors, CAST(SUM(d.warnings) AS BIGINT) AS warnings,
                       CAST(SUM(d.infos) AS BIGINT) AS infos, CAST(SUM(CASE WHEN d.errors > 0 THEN 1 ELSE 0 END) AS BIGINT) AS documents_with_errors
                FROM documents d WHERE 1 = 1{where} GROUP BY {keys} ORDER BY {keys}
                """,
            "three-public" => $"""
                SELECT {keys}, d.kind AS document_kind,
                       SUM(CASE WHEN c.item = 'total' THEN {Wan} END) AS total,
                       SUM(CASE WHEN c.item = 'abroad' THEN {Wan} END) AS abroad,
                       SUM(CASE WHEN c.item = 'vehicle' THEN {Wan} END) AS vehicle,
                       SUM(CASE WHEN c.item = 'vehicle_purchase' THEN {Wan} END) AS vehicle_purchase,
                       SUM(CASE WHEN c.item = 'vehicle_operation' THEN {Wan} END) AS vehicle_operation,
                       SUM(CASE WHEN c.item = 'reception' THEN {Wan} END) AS reception
                FROM cells c JOIN documents d ON d.hash = c.document
                WHERE ((c.table_kind = 'three_public' AND c.col = 'total') OR (c.table_kind = 'final_three_public' AND c.col = 'final')){where}
                GROUP BY {keys}, d.kind ORDER BY {keys}, d.kind
                """,
            "expense-structure" => $"""
                SELECT {keyNames}, document_kind, total, basic, project,
                       CAST(ROUND(100 * basic / NULLIF(total, 0), 2) AS DECIMAL(18,2)) AS basic_pct, CAST(ROUND(100 * project / NULLIF(total, 0), 2) AS DECIMAL(18,2)) AS project_pct
                FROM (SELECT {keys}, d.kind AS document_kind,
                             SUM(CASE WHEN c.col = 'total' THEN {Wan} END) AS total,
                             SUM(CASE WHEN c.col = 'basic' THEN {Wan} END) AS basic,
                             SUM(CASE WHEN c.col = 'project' THEN {Wan} END) AS project
                      FROM cells c JOIN documents d ON d.hash = c.document
                      WHERE c.table_kind IN ('expense', 'final_expense') AND c.side = 'total'{where}
                      GROUP BY {keys}, d.kind) t
                ORDER BY {keyNames}, document_kind
                """,
            "execution" => $"""
                SELECT {keyNames}, budget, final_initial_budget, final, final - budget AS difference,
                       CAST(ROUND(100 * final / NULLIF(budget, 0), 2) AS DECIMAL(18,2)) AS execution_pct
                FROM (SELECT {keys},
                             SUM(CASE WHEN c.table_kind = 'general_budget_expense' AND c.col = 'total' THEN {Wan} END) AS budget,
                             SUM(CASE WHEN c.table_kind = 'final_general_budget_expense' AND c.col = 'initial_budget' THEN {Wan} END) AS final_initial_budget,
                             SUM(CASE WHEN c.table_kind = 'final_general_budget_expense' AND c.col = 'total' THEN {Wan} END) AS final
                      FROM cells c JOIN documents d ON d.hash = c.document
                      WHERE c.table_kind IN ('general_budget_expense', 'final_general_budget_expense') AND c.side = 'total'{where}
                      GROUP BY {keys}) t
                ORDER BY {keyNames}
                """,
            _ => throw new ArgumentException($"没有名为“{report}”的报表；可用：{string.Join("、", Names)}"),
        };
        var rows = store.Connection.Rows(null, sql, args);
        return new ResultTable(Columns(report, by), rows) { Title = Title(report) };
    }

    private static List<string> Columns(string report, IReadOnlyList<string> by) => [.. by, .. report switch
    {
        "findings" => new[] { "documents", "errors", "warnings", "infos", "documents_with_errors" },
        "three-public" => ["document_kind", "total", "abroad", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"],
        "expense-structure" => ["document_kind", "total", "basic", "project", "basic_pct", "project_pct"],
        _ => ["budget", "final_initial_budget", "final", "difference", "execution_pct"],
    }];

    private static string Title(string report) => report switch
    {
        "findings" => "审核发现（按文件汇总）",
        "three-public" => "“三公”经费（万元；预算为预算数，决算为决算数）",
        "expense-structure" => "支出结构：基本支出与项目支出（万元）",
        _ => "预算执行：一般公共预算财政拨款支出，预算数与决算数（万元）",
    };
}
