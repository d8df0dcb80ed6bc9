using System.Runtime.ExceptionServices;
using OpenYusuan.App;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;

namespace OpenYusuan.Cli.Commands;

/// <summary>Many documents in one call: read and audited on every core, handed back in the order given, each as it
/// becomes its turn. A document's failure is kept with it and thrown again when the caller takes it, so the caller
/// reports it exactly as it would in a sequential loop, and the others go on.</summary>
public static class Batch
{
    public static IEnumerable<(string Path, Func<AuditReport> Audited)> Audit(
        IEnumerable<(string Path, Func<Disclosure> Read)> inputs, DisclosureWorkflows workflows, bool parallel = true)
    {
        (string, Func<AuditReport>) One((string Path, Func<Disclosure> Read) input)
        {
            try
            {
                var report = workflows.Audit(input.Read(), input.Path);
                return (input.Path, () => report);
            }
            catch (Exception e)
            {
                var failure = ExceptionDispatchInfo.Capture(e);
                return (input.Path, () => { failure.Throw(); return null!; });
            }
        }
        var list = inputs.ToList();
        if (!parallel || list.Count < 2 || Environment.ProcessorCount < 2) return list.Select(One);
        // Load-balanced chunks: PLINQ would otherwise cut a list into one fixed range per core, and a core given the
        // long files waits alone at the end.
        return System.Collections.Concurrent.Partitioner.Create(list, loadBalance: true).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(One);
    }
}
