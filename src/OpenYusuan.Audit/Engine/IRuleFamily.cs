namespace OpenYusuan.Audit.Engine;

/// <summary>A family of related rules (one file each), run over one document.</summary>
public interface IRuleFamily
{
    /// <summary>The rule ids this family can report.</summary>
    IEnumerable<string> Rules { get; }

    void Run(AuditContext context);
}
