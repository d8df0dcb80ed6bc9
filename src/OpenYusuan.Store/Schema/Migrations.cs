namespace OpenYusuan.Store.Schema;

/// <summary>The store's schema as numbered migrations, the same SQL for DuckDB and PostgreSQL. Base tables are named
/// <c>stored_*</c>; what users query are the views (<c>documents</c>, <c>entities</c>, <c>years</c>, <c>cells</c>,
/// <c>sections</c>, <c>claims</c>, <c>findings</c>, <c>notes</c>, <c>import_failures</c>), documented in docs/store.md.
/// A migration is never edited once released: a change is a new one. The parts of a publication published as several
/// files stay stored (their bytes and rows) with <c>joined_into</c> naming the document they were joined into; the
/// views show the joined document only.</summary>
public static class Migrations
{
    public static IReadOnlyList<(int Version, string[] Statements)> All { get; } =
    [
        (1,
        [
            """
            CREATE TABLE stored_documents (
              hash TEXT PRIMARY KEY, name TEXT NOT NULL, format TEXT, kind TEXT NOT NULL, scope TEXT, consolidated BOOLEAN,
              part TEXT, entity TEXT, year INTEGER, template TEXT, unit TEXT, pages INTEGER, size BIGINT NOT NULL,
              tables INTEGER NOT NULL, cells INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,
              infos INTEGER NOT NULL, tool_version TEXT NOT NULL, read_at TEXT NOT NULL, joined_into TEXT)
            """,
            "CREATE TABLE stored_originals (hash TEXT PRIMARY KEY, bytes BYTEA NOT NULL, model BYTEA NOT NULL)",
            "CREATE TABLE stored_entities (name TEXT PRIMARY KEY, region TEXT, level TEXT, parent TEXT)",
            """
            CREATE TABLE stored_cells (
              document TEXT NOT NULL, table_kind TEXT NOT NULL, table_no INTEGER, money_unit TEXT, side TEXT NOT NULL,
              line INTEGER NOT NULL, code TEXT, item TEXT, name TEXT, project TEXT, sub_unit TEXT, col TEXT NOT NULL,
              value_text TEXT NOT NULL, value DECIMAL(18,4) NOT NULL)
            """,
            "CREATE TABLE stored_sections (document TEXT NOT NULL, path TEXT NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)",
            """
            CREATE TABLE stored_claims (
              document TEXT NOT NULL, section TEXT NOT NULL, ordinal INTEGER NOT NULL, subject TEXT, code TEXT, item TEXT,
              project TEXT, topic TEXT, amount DECIMAL(18,4), share DECIMAL(18,4), change DECIMAL(18,4),
              change_pct DECIMAL(18,4), direction TEXT, prior DECIMAL(18,4), prior_stated DECIMAL(18,4), reason TEXT)
            """,
            """
            CREATE TABLE stored_findings (
              finding_key TEXT NOT NULL, document TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,
              location TEXT NOT NULL, table_kind TEXT, row_key TEXT, col TEXT, section TEXT, page INTEGER, line INTEGER,
              message TEXT NOT NULL, expected TEXT, actual TEXT)
            """,
            "CREATE TABLE stored_notes (document TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, location TEXT NOT NULL, message TEXT NOT NULL)",
            "CREATE TABLE finding_reviews (finding_key TEXT PRIMARY KEY, decision TEXT NOT NULL, note TEXT, reviewer TEXT, decided_at TEXT NOT NULL)",
            """
            CREATE TABLE import_queue (
              path TEXT PRIMARY KEY, size BIGINT, modified TEXT, status TEXT NOT NULL, hash TEXT, reason TEXT,
              worker TEXT, finished_at TEXT)
            """,
            """
            CREATE VIEW documents AS
            SELECT d.hash, d.name, d.format, d.kind, d.scope, d.consolidated, d.part, d.entity, e.region, e.level, e.parent,
                   d.year, d.template, d.unit, d.pages, d.size, d.tables, d.cells, d.errors, d.warnings, d.infos,
                   d.tool_version, d.read_at
            FROM stored_documents d LEFT JOIN stored_entities e ON e.name = d.entity
            WHERE d.joined_into IS NULL
            """,
            """
            CREATE VIEW entities AS
            SELECT e.name, e.region, e.level, e.parent, COUNT(d.hash) AS documents, MIN(d.year) AS first_year, MAX(d.year) AS last_year
            FROM stored_entities e LEFT JOIN stored_documents d ON d.entity = e.name AND d.joined_into IS NULL
            GROUP BY e.name, e.region, e.level, e.parent
            """,
            "CREATE VIEW years AS SELECT year, kind, COUNT(*) AS documents FROM stored_documents WHERE joined_into IS NULL GROUP BY year, kind",
            """
            CREATE VIEW cells AS
            SELECT c.document, d.entity, d.year, d.kind AS document_kind, c.table_kind, c.table_no, c.money_unit, c.side,
                   c.line, c.code, c.item, c.name, c.project, c.sub_unit, c.col, c.value_text, c.value
            FROM stored_cells c JOIN stored_documents d ON d.hash = c.document AND d.joined_into IS NULL
            """,
            """
            CREATE VIEW sections AS
            SELECT s.document, d.entity, d.year, d.kind AS document_kind, s.path, s.number, s.title, s.body
            FROM stored_sections s JOIN stored_documents d ON d.hash = s.document AND d.joined_into IS NULL
            """,
            """
            CREATE VIEW claims AS
            SELECT c.document, d.entity, d.year, d.kind AS document_kind, c.section, c.ordinal, c.subject, c.code, c.item,
                   c.project, c.topic, c.amount, c.share, c.change, c.change_pct, c.direction, c.prior, c.prior_stated, c.reason
            FROM stored_claims c JOIN stored_documents d ON d.hash = c.document AND d.joined_into IS NULL
            """,
            """
            CREATE VIEW findings AS
            SELECT f.finding_key, f.document, d.entity, d.year, d.kind AS document_kind, f.rule, f.severity, f.location,
                   f.table_kind, f.row_key, f.col, f.section, f.page, f.line, f.message, f.expected, f.actual,
                   r.decision AS review, r.note AS review_note
            FROM stored_findings f JOIN stored_documents d ON d.hash = f.document AND d.joined_into IS NULL
            LEFT JOIN finding_reviews r ON r.finding_key = f.finding_key
            """,
            """
            CREATE VIEW notes AS
            SELECT n.document, d.entity, d.year, n.rule, n.severity, n.location, n.message
            FROM stored_notes n JOIN stored_documents d ON d.hash = n.document AND d.joined_into IS NULL
            """,
            "CREATE VIEW import_failures AS SELECT path, reason, size, finished_at AS failed_at FROM import_queue WHERE status = 'failed'",
        ]),
        // The web app (issue 18): a finding's box on its PDF page, the accounts, and the name an upload came under (the
        // file itself is kept under a generated name).
        (2,
        [
            "ALTER TABLE stored_findings ADD COLUMN bbox TEXT",
            "CREATE TABLE web_users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, entity TEXT, created_at TEXT NOT NULL)",
            "CREATE TABLE web_uploads (hash TEXT PRIMARY KEY, name TEXT NOT NULL, uploaded_by TEXT, uploaded_at TEXT NOT NULL)",
        ]),
    ];

    /// <summary>The views `query` documents; base tables are an implementation detail.</summary>
    public static IReadOnlyList<string> Views { get; } = ["documents", "entities", "years", "cells", "sections", "claims", "findings", "notes", "import_failures"];
}
