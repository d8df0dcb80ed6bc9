using System.Data.Common;
using System.Text;
using OpenYusuan.App;
using OpenYusuan.Reading;

namespace OpenYusuan.Store.Import;

/// <summary>Joins a publication published as several files (情况说明, 报表, 绩效目标表) into one document once its parts are
/// stored, as `audit DIR` pairs them: lone parts of the same entity, kind and year (where printed), one of each part.
/// The joined document is audited as a whole (the explanation against the tables); its key is the hash of its parts'
/// hashes, its "bytes" the list of those hashes; the parts stay stored with <c>joined_into</c> set and leave the views.</summary>
public static class PartJoiner
{
    /// <summary>Joins what can be joined; returns the number of documents made.</summary>
    public static int Join(YusuanStore store, DisclosureWorkflows workflows, string? region)
    {
        var connection = store.Connection;
        var candidates = connection.Rows(null,
                "SELECT hash, name, kind FROM stored_documents WHERE part <> 'whole' AND joined_into IS NULL AND entity IS NOT NULL ORDER BY name, hash")
            .Select(r => (Hash: (string)r[0]!, Name: (string)r[1]!, Kind: (string)r[2]!)).ToList();
        if (candidates.Count < 2) return 0;
        var names = candidates.ToDictionary(c => c.Hash, c => c.Name);
        var joined = 0;
        foreach (var kind in candidates.GroupBy(c => c.Kind))
        {
            // Pair identifies a file by its path: the hash stands in for it here.
            var parts = kind.Select(c => (Path: c.Hash, Model: DocumentWriter.Model(connection, c.Hash)!)).ToList();
            foreach (var group in SplitPublication.Pair(parts).Where(g => g.Count > 1))
            {
                OpenYusuan.Model.Disclosure model;
                try { model = SplitPublication.Combine(group.Select(g => g.Model).ToList()); }
                catch (UnusableInputException) { continue; }
                var hashes = group.Select(g => g.Path).Order(StringComparer.Ordinal).ToList();
                var source = new DocumentBytes(string.Join(" + ", group.Select(g => names[g.Path])), Encoding.UTF8.GetBytes("joined:" + string.Join("+", hashes)));
                var rows = DocumentRows.From(new CheckedDocument(source, model, workflows.Audit(model, source.Name)));
                using var transaction = connection.BeginTransaction();
                try
                {
                    if (DocumentWriter.StoredVersion(connection, transaction, source.Hash) is null)
                        DocumentWriter.Write(store.Dialect, connection, transaction, rows, region);
                    foreach (var hash in hashes)
                        connection.Execute(transaction, "UPDATE stored_documents SET joined_into = $1 WHERE hash = $2", source.Hash, hash);
                    transaction.Commit();
                    joined++;
                }
                catch (DbException)
                {
                    // Another importer sharing the store joined the same parts a moment earlier.
                    transaction.Rollback();
                }
            }
        }
        return joined;
    }
}
