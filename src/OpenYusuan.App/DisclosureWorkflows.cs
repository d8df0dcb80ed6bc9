using System.Reflection;
using OpenYusuan.Audit.Compare;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Reading;

namespace OpenYusuan.App;

/// <summary>The workflows the CLI, the store and the web app share, on bytes and models rather than paths: read a
/// document, audit it, compare a budget with its 决算. Each throws <see cref="UnusableInputException"/> (reading) or
/// <see cref="InvalidOperationException"/> (comparing) with a Chinese reason; the caller names the file.</summary>
public sealed class DisclosureWorkflows(AuditConfig? config = null)
{
    private readonly Auditor _auditor = new(config);

    /// <summary>The version of the readers and rules, recorded beside everything the store keeps from them: the release
    /// and a digest of the model, template, reader and audit assemblies' build ids — which deterministic builds derive from
    /// their content — so that any change to a reader or a rule makes `import` read stored documents again.</summary>
    public static string ToolVersion { get; } = Version();

    private static string Version()
    {
        var release = typeof(DisclosureReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var builds = new[] { typeof(Disclosure), typeof(DisclosureReader), typeof(Auditor), typeof(OpenYusuan.Templates.TableFamily) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return $"{release}+{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Join("", builds))))[..12]}";
    }

    /// <summary>The model of a document, whatever its format (chosen by content).</summary>
    public static Disclosure Read(DocumentBytes document)
    {
        if (document.Bytes.LongLength > DisclosureReader.MaxBytes)
            throw new UnusableInputException($"文件过大（{document.Bytes.LongLength / 1024 / 1024} MB），超过 {DisclosureReader.MaxBytes / 1024 / 1024} MB 的上限");
        return DisclosureReader.Read(document.Bytes, document.Name);
    }

    public static Disclosure Read(Stream stream, string name) => Read(DocumentBytes.FromStream(stream, name));

    /// <summary>The findings of a model; <paramref name="name"/> is what the report calls the document.</summary>
    public AuditReport Audit(Disclosure model, string name) => _auditor.Audit(model, name);

    /// <summary>Reads and audits. A failure of the audit itself (a bug, not the input) is turned into an
    /// <see cref="UnusableInputException"/> that says so, so that a batch records it against the file and goes on.</summary>
    public CheckedDocument Check(DocumentBytes document)
    {
        var model = Read(document);
        try { return new CheckedDocument(document, model, Audit(model, document.Name)); }
        catch (Exception e) when (e is not (OutOfMemoryException or UnusableInputException))
        {
            throw new UnusableInputException($"审核失败（内部错误 {e.GetType().Name}：{e.Message}），请报告此问题");
        }
    }

    /// <summary>A budget beside its 决算 of the same year; throws <see cref="InvalidOperationException"/> with the reason
    /// when the pair does not fit.</summary>
    public static BudgetFinalComparison.Result Compare(Disclosure budget, Disclosure final) => BudgetFinalComparison.Of(budget, final);
}
