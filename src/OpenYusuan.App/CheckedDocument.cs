using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.App;

/// <summary>A document read and audited: what the importer stores and what the web app shows.</summary>
public sealed record CheckedDocument(DocumentBytes Source, Disclosure Model, AuditReport Report);
