using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>A reviewer's decision on a finding, kept under the finding's stable key (finding_reviews), so it outlives any
/// re-read of the document.</summary>
public static class Reviews
{
    public static readonly string[] Decisions = ["accepted", "dismissed"];

    /// <summary>Records (or, with decision "open", withdraws) the decision on a finding of the given document; false when
    /// the finding is not the document's.</summary>
    public static bool Decide(WebStore store, string document, string key, string decision, string? note, string reviewer)
    {
        var ok = false;
        store.Write((c, t) =>
        {
            if (c.Scalar(t, "SELECT COUNT(*) FROM stored_findings WHERE document = $1 AND finding_key = $2", document, key) is not long count || count == 0) return;
            ok = true;
            c.Execute(t, "DELETE FROM finding_reviews WHERE finding_key = $1", key);
            if (Decisions.Contains(decision))
                c.Execute(t, "INSERT INTO finding_reviews (finding_key, decision, note, reviewer, decided_at) VALUES ($1, $2, $3, $4, $5)",
                    key, decision, string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 2000)], reviewer, YusuanStore.Now());
        });
        return ok;
    }
}
