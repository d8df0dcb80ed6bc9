using System.Text.Json;
using OpenYusuan.Model.Findings;

namespace OpenYusuan.Audit.Engine;

/// <summary>Per-rule overrides read from a JSON file: { "rules": { "YS0309": "error", "YS0601": "off" } }.
/// A rounding-explained difference stays info whatever the override says.</summary>
public sealed class AuditConfig
{
    private readonly Dictionary<string, Severity?> _overrides;

    public AuditConfig(IReadOnlyDictionary<string, Severity?>? overrides = null) =>
        _overrides = overrides?.ToDictionary() ?? [];

    public static AuditConfig Default { get; } = new();

    public bool IsOff(string rule) => _overrides.TryGetValue(rule, out var s) && s is null;

    public Severity SeverityFor(string rule, Severity fallback) =>
        _overrides.TryGetValue(rule, out var s) && s is { } v ? v : fallback;

    /// <summary>Reads a config file; unknown rule ids and severities are errors, so a typo is not silently ignored.</summary>
    public static AuditConfig Load(string path, Func<string, bool> knownRule)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var overrides = new Dictionary<string, Severity?>();
        if (!doc.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Object)
            throw new FormatException("配置文件应为 { \"rules\": { \"YS0201\": \"error|warning|info|off\" } }");
        foreach (var p in rules.EnumerateObject())
        {
            if (!knownRule(p.Name)) throw new FormatException($"未知的规则编号 {p.Name}");
            overrides[p.Name] = p.Value.GetString() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "off" => null,
                var other => throw new FormatException($"规则 {p.Name} 的级别“{other}”无效，应为 error、warning、info 或 off"),
            };
        }
        return new AuditConfig(overrides);
    }
}
