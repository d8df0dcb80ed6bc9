using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenYusuan.Templates;

/// <summary>One known template as data (<c>Data/templates/*.json</c>): its tables in order, its explanation sections,
/// its glossary and its wording. The auditor's completeness rules, the blank workbook and the renderer all read a
/// template from here, so adding a region is adding a description file (docs/templates.md).</summary>
public sealed class Template
{
    /// <summary>The id the model's <c>template</c> carries (xinjiang-2024, shanghai-budget, …).</summary>
    public required string Id { get; init; }

    /// <summary>Short names the command line accepts (xinjiang, shanghai).</summary>
    [JsonInclude] public IReadOnlyList<string> Aliases { get; internal set; } = [];

    [JsonInclude] public string Name { get; internal set; } = "";

    /// <summary>Where the description was taken from (corpus documents, template workbooks).</summary>
    public string? Source { get; init; }

    /// <summary>budget or final.</summary>
    [JsonInclude] public string Kind { get; internal set; } = "budget";

    /// <summary>The money unit its tables print (万元, 元).</summary>
    [JsonInclude] public string Unit { get; internal set; } = "万元";

    /// <summary>True when every listed table must be printed; false for a layout we do not know, where only what the
    /// document's 目录 announces is required.</summary>
    public bool TablesRequired { get; init; }

    /// <summary>True when a blank workbook can be made from it (`yusuan template --template ID`).</summary>
    public bool Workbook { get; init; }

    /// <summary>The total weight of a performance-target table's indicators (Xinjiang scores 90, others 100).</summary>
    [JsonInclude] public decimal PerformanceWeight { get; internal set; } = 100m;

    [JsonInclude] public IReadOnlyList<TemplateTable> Tables { get; internal set; } = [];

    [JsonInclude] public TemplateSections Sections { get; internal set; } = new();

    [JsonInclude] public TemplateGlossary Glossary { get; internal set; } = new();

    /// <summary>The table of a kind, or null when the template does not print it.</summary>
    public TemplateTable? Table(string kind) => Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>Every known template, in file-name order.</summary>
    public static IReadOnlyList<Template> All => Known.Value;

    /// <summary>The template with this id or alias, or null.</summary>
    public static Template? Find(string? id) =>
        id is null ? null : All.FirstOrDefault(t => t.Id == id || t.Aliases.Contains(id));

    /// <summary>The template a document names, or the generic one of its kind (national, national-final) when it
    /// names none we know: such a document is held only to what every template shares.</summary>
    public static Template For(string? id, string? kind) =>
        Find(id) ?? Find(kind == "final" ? Generic.Final : Generic.Budget) ?? throw new InvalidOperationException("missing generic template");

    /// <summary>The ids of the generic templates.</summary>
    public static class Generic
    {
        public const string Budget = "national";
        public const string Final = "national-final";
    }

    private const string ResourcePrefix = "templates/";

    private static readonly Lazy<IReadOnlyList<Template>> Known = new(Load);

    private static IReadOnlyList<Template> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return Parse(stream, n);
            }).ToList();
    }

    /// <summary>Reads one description; <paramref name="name"/> is for the error message.</summary>
    public static Template Parse(Stream json, string name)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TemplateJson.Default.Template) ?? throw new InvalidDataException($"empty template description {name}");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"template description {name}: {e.Message}", e);
        }
    }
}

/// <summary>The descriptions' reader, generated at build time: reflection-based JSON set-up cost every process about 45 ms
/// at start-up. A misspelt key in a description is an error, not a setting silently ignored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Template))]
internal sealed partial class TemplateJson : JsonSerializerContext;
