using BenchmarkDotNet.Attributes;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Reading;

namespace OpenYusuan.Bench;

/// <summary>Parse, and parse + audit, per corpus text, warm (file bytes already in memory), with allocated memory.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];
    private readonly Auditor _auditor = new();

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Documents() => Corpus.Texts().Select(Path.GetFileName)!;

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Corpus.Texts().Single(p => Path.GetFileName(p) == Document));

    [Benchmark]
    public int Parse() => DisclosureReader.Read(_bytes, Document).Tables.Count;

    [Benchmark]
    public int ParseAndAudit() => _auditor.Audit(DisclosureReader.Read(_bytes, Document), Document).Findings.Count;
}
