using System.Data.Common;
using OpenYusuan.App;
using OpenYusuan.Model;

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
        {
            foreach (var table in Children) connection.Execute(transaction, $"DELETE FROM {table} WHERE document = $1", hash);
            // A part read again: the document it was joined into goes, and is joined again from the new reading.
            if (connection.Scalar(transaction, "SELECT joined_into FROM stored_documents WHERE hash = $1", hash) is string joined)
            {
                foreach (var table in Children) connection.Execute(transaction, $"DELETE FROM {table} WHERE document = $1", joined);
                connection.Execute(transaction, "UPDATE stored_documents SET joined_into = NULL WHERE joined_into = $1", joined);
                connection.Execute(transaction, "DELETE FROM stored_originals WHERE hash = $1", joined);
                connection.Execute(transaction, "DELETE FROM stored_documents WHERE hash = $1", joined);
            }
        }
        Entity(connection, transaction, model, region);
        var values = DocumentValues(rows);
        if (exists)
        {
            connection.Execute(transaction,
                "UPDATE stored_documents SET name = $2, format = $3, kind = $4, scope = $5, consolidated = $6, part = $7, entity = $8, year = $9, template = $10, unit = $11, pages = $12, size = $13, tables = $14, cells = $15, errors = $16, warnings = $17, infos = $18, tool_version = $19, read_at = $20 WHERE hash = $1",
                values[..20]);
            connection.Execute(transaction, "UPDATE stored_originals SET model = $2 WHERE hash = $1", hash, rows.Model);
        }
        else
        {
            connection.Execute(transaction,
                $"INSERT INTO stored_documents ({string.Join(", ", DocumentColumns)}) VALUES ({string.Join(", ", DocumentColumns.Select((_, i) => $"${i + 1}"))})",
                values);
            connection.Execute(transaction, "INSERT INTO stored_originals (hash, bytes, model) VALUES ($1, $2, $3)",
                hash, document.Source.Bytes, rows.Model);
        }
        dialect.InsertMany(connection, transaction, "stored_cells", DocumentRows.CellColumns, rows.Cells);
        dialect.InsertMany(connection, transaction, "stored_sections", DocumentRows.SectionColumns, rows.Sections);
        dialect.InsertMany(connection, transaction, "stored_claims", DocumentRows.ClaimColumns, rows.Claims);
        dialect.InsertMany(connection, transaction, "stored_findings", DocumentRows.FindingColumns, rows.Findings);
        dialect.InsertMany(connection, transaction, "stored_notes", DocumentRows.NoteColumns, rows.Notes);
    }

    public static readonly string[] DocumentColumns = ["hash", "name", "format", "kind", "scope", "consolidated", "part", "entity", "year", "template", "unit", "pages", "size", "tables", "cells", "errors", "warnings", "infos", "tool_version", "read_at", "joined_into"];

    private static object?[] DocumentValues(DocumentRows rows)
    {
        var document = rows.Document;
        var model = document.Model;
        var report = document.Report.Summary;
        return [document.Source.Hash, document.Source.Name, model.Source?.Format, model.Kind, model.Scope, model.Consolidated, model.Part, EntityName(model.Entity), model.Year,
            model.Template, model.Unit, model.Source?.Pages, (long)document.Source.Bytes.Length, rows.Tables, rows.Cells.Count,
            report.Error, report.Warning, report.Info, DisclosureWorkflows.ToolVersion, YusuanStore.Now(), null];
    }

    /// <summary>Records the document's entity (and, for a department's 汇总, its units with the department as parent).</summary>
    private static void Entity(DbConnection connection, DbTransaction transaction, Disclosure model, string? region)
    {
        var entity = EntityName(model.Entity);
        if (entity is null) return;
        connection.Execute(transaction,
            "INSERT INTO stored_entities (name, region, level, parent) VALUES ($1, $2, $3, NULL) ON CONFLICT (name) DO UPDATE SET region = COALESCE(excluded.region, stored_entities.region), level = COALESCE(stored_entities.level, excluded.level)",
            entity, region ?? Region(model.Template), model.Scope);
        if (model.Scope != "department") return;
        foreach (var unit in model.Overview.Units.Select(EntityName).OfType<string>().Where(u => u != entity).Distinct())
            connection.Execute(transaction,
                "INSERT INTO stored_entities (name, region, level, parent) VALUES ($1, $2, 'unit', $3) ON CONFLICT (name) DO UPDATE SET parent = excluded.parent",
                unit, region ?? Region(model.Template), entity);
    }

    /// <summary>Documents not stored before, many in one go (DuckDB's single writer knows which are new): each table gets
    /// one bulk insert for the whole batch. <paramref name="entities"/> holds the entities the store has (kept up to date
    /// here): only new ones are inserted.</summary>
    public static void WriteNew(SqlDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<DocumentRows> documents, string? region, ISet<string> entities)
    {
        if (documents.Count == 0) return;
        // Entities not recorded yet are appended first; then a department's 汇总 records its units (with the department
        // as their parent) and a given region is set, through the upsert, on what is now there.
        var added = new List<object?[]>();
        foreach (var model in documents.Select(r => r.Document.Model))
            if (EntityName(model.Entity) is { } name && entities.Add(name))
                added.Add([name, region ?? Region(model.Template), model.Scope, null]);
        dialect.InsertMany(connection, transaction, "stored_entities", ["name", "region", "level", "parent"], added);
        foreach (var model in documents.Select(r => r.Document.Model))
        {
            if (EntityName(model.Entity) is null) continue;
            var units = model.Scope == "department" ? model.Overview.Units.Select(EntityName).OfType<string>().ToList() : [];
            if (units.Count > 0 || region is not null) Entity(connection, transaction, model, region);
            foreach (var unit in units) entities.Add(unit);
        }
        dialect.InsertMany(connection, transaction, "stored_documents", DocumentColumns, documents.Select(DocumentValues).ToList());
        dialect.InsertMany(connection, transaction, "stored_originals", ["hash", "bytes", "model"],
            documents.Select(r => new object?[] { r.Document.Source.Hash, r.Document.Source.Bytes, r.Model }).ToList());
        dialect.InsertMany(connection, transaction, "stored_cells", DocumentRows.CellColumns, documents.SelectMany(r => r.Cells).ToList());
        dialect.InsertMany(connection, transaction, "stored_sections", DocumentRows.SectionColumns, documents.SelectMany(r => r.Sections).ToList());
        dialect.InsertMany(connection, transaction, "stored_claims", DocumentRows.ClaimColumns, documents.SelectMany(r => r.Claims).ToList());
        dialect.InsertMany(connection, transaction, "stored_findings", DocumentRows.FindingColumns, documents.SelectMany(r => r.Findings).ToList());
        dialect.InsertMany(connection, transaction, "stored_notes", DocumentRows.NoteColumns, documents.SelectMany(r => r.Notes).ToList());
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

    /// <summary>A stored document's model: unpacked for a part, read again from the stored bytes otherwise.</summary>
    public static Disclosure? Model(DbConnection connection, string hash)
    {
        var row = connection.Rows(null, "SELECT o.model, o.bytes, d.name FROM stored_originals o JOIN stored_documents d ON d.hash = o.hash WHERE o.hash = $1", hash).FirstOrDefault();
        if (row is null) return null;
        if (row[0] is byte[] { Length: > 0 } packed) return StoredModel.Unpack(packed);
        var bytes = (byte[])row[1]!;
        var text = bytes.Length < 4096 ? System.Text.Encoding.UTF8.GetString(bytes) : "";
        // A joined document's bytes list its parts.
        if (text.StartsWith("joined:", StringComparison.Ordinal))
            return OpenYusuan.Reading.SplitPublication.Combine(text["joined:".Length..].Split('+').Select(part => Model(connection, part)!).ToList());
        return DisclosureWorkflows.Read(new DocumentBytes((string)row[2]!, bytes));
    }
}
