using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Cli.Commands;

/// <summary>What a batch of audits came to, for the one line closing it: documents audited, how many had errors, the
/// errors and warnings, and the files that could not be used.</summary>
public sealed class BatchTally
{
    public int Documents { get; private set; }
    public int WithErrors { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public List<(string Path, string Reason)> Unusable { get; } = [];

    public void Add(AuditReport report)
    {
        Documents++;
        if (report.Summary.Error > 0) WithErrors++;
        Errors += report.Summary.Error;
        Warnings += report.Summary.Warning;
    }

    public string Line() =>
        $"yusuan: 共 {Documents + Unusable.Count} 份：审核 {Documents} 份，其中 {WithErrors} 份有错误（共 {Errors} 个错误、{Warnings} 个警告）"
        + (Unusable.Count > 0 ? $"；{Unusable.Count} 份无法使用：{string.Join("、", Unusable.Select(u => Path.GetFileName(u.Path)))}" : "");
}
