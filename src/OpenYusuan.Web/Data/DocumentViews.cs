using System.Collections.Concurrent;
using OpenYusuan.Web.Pages;

namespace OpenYusuan.Web.Data;

/// <summary>What a document page shows that changes only when the document is read again — its findings as read, its
/// parsed tables and lines as HTML — kept per document and read, so that a page view costs two small queries (the
/// document, the decisions) instead of reading every cell again (docs/web.md, load test).</summary>
public sealed class DocumentViews(WebStore store)
{
    public sealed record View(IReadOnlyList<StoredFinding> Findings, string Tables, string? Lines);

    private const int Capacity = 256;
    private readonly ConcurrentDictionary<string, (string ReadAt, View View)> _views = new(StringComparer.Ordinal);

    public View Of(StoredDocument d)
    {
        if (_views.TryGetValue(d.Hash, out var known) && known.ReadAt == d.ReadAt + d.ToolVersion) return known.View;
        var (findings, cells, bytes) = store.Use(c => (DocumentQueries.FindingsAsRead(c, d.Hash), DocumentQueries.Cells(c, d.Hash),
            d.Format == "pdf" ? null : DocumentQueries.Original(c, d.Hash)));
        var view = new View(findings, SourceView.Tables(cells, findings), bytes is null ? null : SourceView.Lines(bytes, findings));
        if (_views.Count >= Capacity) _views.Clear();
        _views[d.Hash] = (d.ReadAt + d.ToolVersion, view);
        return view;
    }
}
