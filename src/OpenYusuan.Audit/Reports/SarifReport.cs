using System.Text.Json;
using System.Text.Json.Nodes;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Reports;

/// <summary>Findings as SARIF 2.1.0, the format CI systems and code-review tools read: one run of OpenYusuan over the
/// documents, each rule described once (its Chinese title and its page in docs/rules.md), each finding a result at
/// its file and line — a PDF's page, box, table, row and column kept in the result's properties, since SARIF regions
/// are lines of text.</summary>
public static class SarifReport
{
    public static string Write(IEnumerable<AuditReport> reports, string version)
    {
        var all = reports.ToList();
        var used = all.SelectMany(r => r.Findings).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var rules = new JsonArray(used.Select(id => RuleCatalog.Find(id) is { } d
            ? (JsonNode)new JsonObject
            {
                ["id"] = id, ["name"] = id, ["shortDescription"] = new JsonObject { ["text"] = d.Title },
                ["fullDescription"] = new JsonObject { ["text"] = d.Why }, ["helpUri"] = d.HelpLink,
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(d.DefaultSeverity) },
            }
            : new JsonObject { ["id"] = id }).ToArray());
        var results = new JsonArray();
        foreach (var report in all)
            foreach (var f in report.Findings)
                results.Add(Result(report.Document, f, used.IndexOf(f.Rule)));
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "OpenYusuan", ["version"] = version, ["informationUri"] = "docs/rules.md", ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static JsonObject Result(string document, Finding f, int ruleIndex)
    {
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = document } };
        if (f.Location.Line is { } line) physical["region"] = new JsonObject { ["startLine"] = line };
        var properties = new JsonObject();
        void Put(string key, object? value) { if (value is not null) properties[key] = JsonValue.Create(value); }
        Put("page", f.Location.Page);
        Put("table", f.Location.Table);
        Put("row", f.Location.Row);
        Put("column", f.Location.Column);
        Put("section", f.Location.Section);
        Put("expected", f.Expected);
        Put("actual", f.Actual);
        if (f.Location.Bbox is { } box) properties["bbox"] = new JsonArray(box.Select(b => (JsonNode)JsonValue.Create(b)).ToArray());
        return new JsonObject
        {
            ["ruleId"] = f.Rule, ["ruleIndex"] = ruleIndex, ["level"] = Level(f.Severity),
            ["message"] = new JsonObject { ["text"] = f.Message },
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical }),
            ["properties"] = properties,
        };
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
