using System.Diagnostics;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Reading;

namespace OpenYusuan.Bench;

/// <summary>Pages per second of `yusuan audit` on the corpus PDFs against `pdftotext -layout` (text only, no tables,
/// no audit) on the same files — the yardstick the PDF reader issue sets (within 3×).</summary>
public static class PdfThroughput
{
    public static int Run(List<string> pdfs, int rounds)
    {
        if (pdfs.Count == 0) { Console.Error.WriteLine($"no corpus PDFs in {Corpus.Folder()}"); return 2; }
        var inputs = pdfs.Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        var pages = inputs.Sum(i => { using var d = UglyToad.PdfPig.PdfDocument.Open(i.Bytes); return d.NumberOfPages; });
        var auditor = new Auditor();

        void AuditAll() => Each(inputs, i => auditor.Audit(DisclosureReader.Read(i.Bytes, i.Path), i.Path));
        var cold = Best(1, AuditAll);
        var ours = Best(rounds, AuditAll);
        // The share of that spent by PdfPig producing the page lines (before any table or narrative reading).
        var lines = Best(rounds, () => Each(inputs, i => OpenYusuan.Reading.Pdf.PdfLines.Read(i.Bytes)));

        double? theirs = null;
        try
        {
            PdfToText(inputs[0].Path);
            theirs = Best(rounds, () => Each(inputs, i => PdfToText(i.Path)));
        }
        catch (System.ComponentModel.Win32Exception) { Console.WriteLine("pdftotext not installed (apt-get install poppler-utils): no comparison"); }

        foreach (var i in inputs)
        {
            var l = Best(rounds, () => OpenYusuan.Reading.Pdf.PdfLines.Read(i.Bytes));
            var r = Best(rounds, () => DisclosureReader.Read(i.Bytes, i.Path));
            var a = Best(rounds, () => auditor.Audit(DisclosureReader.Read(i.Bytes, i.Path), i.Path));
            Console.WriteLine($"  {Path.GetFileName(i.Path),-36} lines {l * 1000,6:F1} ms   parse {r * 1000,6:F1} ms   parse+audit {a * 1000,6:F1} ms");
        }
        Console.WriteLine($"{inputs.Count} PDFs, {pages} pages, {Environment.ProcessorCount} cores, best of {rounds}");
        Console.WriteLine($"yusuan parse+audit   {ours,7:F3} s  {pages / ours,7:F0} pages/s   (first run, with JIT: {cold:F3} s, {pages / cold:F0} pages/s)");
        Console.WriteLine($"  of which PdfPig → lines {lines,7:F3} s  ({lines / ours:P0})");
        if (theirs is { } t)
            Console.WriteLine($"pdftotext -layout    {t,7:F3} s  {pages / t,7:F0} pages/s   ratio yusuan/pdftotext = {ours / t:F2}×");
        return 0;
    }

    private static double Best(int rounds, Action action) =>
        Enumerable.Range(0, rounds).Select(_ => { var sw = Stopwatch.StartNew(); action(); return sw.Elapsed.TotalSeconds; }).Min();

    /// <summary>The files in parallel, one per core, as a batch run would take them.</summary>
    private static void Each(List<(string Path, byte[] Bytes)> inputs, Action<(string Path, byte[] Bytes)> action) =>
        Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, action);

    private static void PdfToText(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
    }
}
