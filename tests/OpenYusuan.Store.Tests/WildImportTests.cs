using OpenYusuan.App;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store.Tests.Support;
using Xunit;

namespace OpenYusuan.Store.Tests;

/// <summary>The real publications of ../shared/corpus/wild imported into both backends: every file stored, the parts
/// published apart joined as `audit DIR` joins them, and each document's findings exactly those of the audit.</summary>
public sealed class WildImportTests() : TempFolder("wild")
{
    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void The_wild_corpus_imports_without_failures_and_stores_what_the_audit_finds(string kind)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        using var backend = new Backend(kind, Dir);
        var wild = Path.Combine(SharedFiles.Shared!, "corpus", "wild");
        var files = DisclosureFiles.Expand([wild]);
        var import = Yusuan.Run("import", wild, "--db", backend.Db);
        Assert.True(import.Exit == 0, import.Err);
        Assert.Equal(0, backend.Count("SELECT COUNT(*) FROM import_failures"));
        var joined = backend.Count("SELECT COUNT(*) FROM stored_documents WHERE joined_into IS NOT NULL");
        var documents = backend.Count("SELECT COUNT(*) FROM documents");
        Assert.Equal(files.Count, documents - backend.Count("SELECT COUNT(*) FROM documents WHERE name LIKE '% + %'") + joined);

        // Per document, the stored error and warning counts are the audit's (three documents read from one file each).
        var workflows = new DisclosureWorkflows();
        List<string> whole;
        using (var store = backend.Open())
            whole = store.Connection.Rows(null, "SELECT name FROM documents WHERE name NOT LIKE '% + %' AND errors + warnings > 0 ORDER BY name LIMIT 3").Select(r => (string)r[0]!).ToList();
        Assert.Equal(3, whole.Count);
        foreach (var file in whole)
        {
            var report = workflows.Check(new DocumentBytes(file, File.ReadAllBytes(file))).Report;
            Assert.Equal(report.Summary.Error, backend.Count("SELECT COUNT(*) FROM findings WHERE document = (SELECT hash FROM documents WHERE name = $1) AND severity = 'error'", file));
            Assert.Equal(report.Summary.Warning, backend.Count("SELECT COUNT(*) FROM findings WHERE document = (SELECT hash FROM documents WHERE name = $1) AND severity = 'warning'", file));
        }
    }
}
