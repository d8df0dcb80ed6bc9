using System.Data.Common;
using OpenYusuan.App;
using OpenYusuan.Model;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Store.Import;

/// <summary>Writes one checked document into the store, replacing whatever an earlier read of the same bytes left, inside
/// the caller's transaction: a re-read is all or nothing. Reviews (<c>finding_reviews</c>) are keyed by finding key and
/// are never touched.</summary>
public static class DocumentWriter
{
    private static readonly string[] Children = ["stored_cells", "stored_sections", "stored_claims", "stored_findings", "stored_notes"];

    /// <summary>The tool version that produced the stored rows of a document, or null when it is not stored.</summary>
    public static string? StoredVersion(DbConnection connection, DbTransaction? transaction, string hash) =>
        connection.Scalar(transaction, "SELECT tool_version FROM stored_documents WHERE hash = $1", hash) as string;

    public static void Write(SqlDialect dialect, DbConnection connection, DbTransaction transaction, DocumentRows rows, string? region = null)
    {
        var document = rows.Document;
        var model = document.Model;
        var hash = document.Source.Hash;
        var exists = StoredVersion(connection, transaction, hash) is not null;
        if (exists)
            foreach (var table in Children) connection.Execute(transaction, $"DELETE FROM {table} WHERE document = $1", hash);
        var entity = EntityName(model.Entity);
        if (entity is not null)
        {
            connection.Execute(transaction,
                "INSERT INTO stored_entities (name, region, level, parent) VALUES ($1, $2, $3, NULL) ON CONFLICT (name) DO UPDATE SET region = COALESCE(excluded.region, stored_entities.region), level = COALESCE(stored_entities.level, excluded.level)",
                entity, region ?? Region(model.Template), model.Scope);
            // A department's 汇总 lists its units: each is recorded with the department as its parent.
            if (model.Scope == "department")
                foreach (var unit in model.Overview.Units.Select(EntityName).OfType<string>().Where(u => u != entity).Distinct())
                    connection.Execute(transaction,
                        "INSERT INTO stored_entities (name, region, level, parent) VALUES ($1, $2, 'unit', $3) ON CONFLICT (name) DO UPDATE SET parent = excluded.parent",
                        unit, region ?? Region(model.Template), entity);
        }
        var report = document.Report.Summary;
        object?[] values = [hash, document.Source.Name, model.Source?.Format, model.Kind, model.Scope, model.Consolidated, model.Part, entity, model.Year,
            model.Template, model.Unit, model.Source?.Pages, (long)document.Source.Bytes.Length, rows.Tables, rows.Cells.Count,
            report.Error, report.Warning, report.Info, DisclosureWorkflows.ToolVersion, YusuanStore.Now()];
        if (exists)
        {
            connection.Execute(transaction,
                "UPDATE stored_documents SET name = $2, format = $3, kind = $4, scope = $5, consolidated = $6, part = $7, entity = $8, year = $9, template = $10, unit = $11, pages = $12, size = $13, tables = $14, cells = $15, errors = $16, warnings = $17, infos = $18, tool_version = $19, read_at = $20 WHERE hash = $1",
                values);
            connection.Execute(transaction, "UPDATE stored_originals SET model_json = $2 WHERE hash = $1", hash, DisclosureJson.Serialize(model, indented: false));
        }
        else
        {
            connection.Execute(transaction,
                "INSERT INTO stored_documents (hash, name, format, kind, scope, consolidated, part, entity, year, template, unit, pages, size, tables, cells, errors, warnings, infos, tool_version, read_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
                values);
            connection.Execute(transaction, "INSERT INTO stored_originals (hash, bytes, model_json) VALUES ($1, $2, $3)",
                hash, document.Source.Bytes, DisclosureJson.Serialize(model, indented: false));
        }
        dialect.InsertMany(connection, transaction, "stored_cells", DocumentRows.CellColumns, rows.Cells);
        dialect.InsertMany(connection, transaction, "stored_sections", DocumentRows.SectionColumns, rows.Sections);
        dialect.InsertMany(connection, transaction, "stored_claims", DocumentRows.ClaimColumns, rows.Claims);
        dialect.InsertMany(connection, transaction, "stored_findings", DocumentRows.FindingColumns, rows.Findings);
        dialect.InsertMany(connection, transaction, "stored_notes", DocumentRows.NoteColumns, rows.Notes);
    }

    /// <summary>An entity's name as stored: a 汇总's suffix and spaces removed, so its budget and 决算 meet.</summary>
    public static string? EntityName(string? entity) =>
        entity?.Replace("（汇总）", "").Replace("(汇总)", "").Replace(" ", "").Replace("\u3000", "").Trim() is { Length: > 0 } name ? name : null;

    /// <summary>The region a regional template implies; national templates say nothing (then `import --region` does).</summary>
    private static string? Region(string? template) => template switch
    {
        { } t when t.StartsWith("xinjiang", StringComparison.Ordinal) => "新疆",
        { } t when t.StartsWith("shanghai", StringComparison.Ordinal) => "上海",
        _ => null,
    };

    /// <summary>A stored document's model, as it was read.</summary>
    public static Disclosure? Model(DbConnection connection, string hash) =>
        connection.Scalar(null, "SELECT model_json FROM stored_originals WHERE hash = $1", hash) is string json ? DisclosureJson.Deserialize(json) : null;
}
