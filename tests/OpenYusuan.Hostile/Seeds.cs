using OpenYusuan.Model.Json;
using OpenYusuan.Reading;
using OpenYusuan.Rendering;

namespace OpenYusuan.Hostile;

/// <summary>The files mutations start from: the bundled example in every format (as written by the project's own
/// renderer, plus its canonical JSON) and, when ../shared/corpus is beside the checkout, the corpus's texts,
/// workbooks and PDFs (none of them committed).</summary>
public static class Seeds
{
    /// <summary>The seeds; <paramref name="maxCorpusBytes"/> leaves out corpus files larger than that (the quick run
    /// keeps to small ones).</summary>
    public static IReadOnlyList<HostileCase> Load(long maxCorpusBytes = long.MaxValue)
    {
        var bytes = File.ReadAllBytes(Repository.Example);
        var model = DisclosureReader.Read(bytes, Repository.Example);
        var seeds = new List<HostileCase>
        {
            new("example", "txt", bytes),
            new("example", "json", Packages.Utf8(DisclosureJson.Serialize(model))),
        };
        foreach (var format in Renderer.Formats)
        {
            try { seeds.Add(new("example", format, Renderer.Render(model, format))); }
            catch (InvalidOperationException) { } // no CJK font for the PDF: the corpus PDFs stand in
        }
        if (Repository.Corpus is { } corpus)
            foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var extension = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
                if (extension is not ("txt" or "pdf" or "xlsx" or "docx" or "html" or "json") || new FileInfo(file).Length > maxCorpusBytes) continue;
                seeds.Add(new(Path.GetFileNameWithoutExtension(file), extension, File.ReadAllBytes(file)));
            }
        return seeds;
    }
}
