using System.CommandLine;
using System.Text.Json;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan rules [--format text|json|markdown]`: the rule catalogue (markdown is docs/rules.md).</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format") { Description = "text（一行一条）、json 或 markdown（即 docs/rules.md）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("rules", "列出全部审核规则：编号、默认级别、名称") { format };
        command.SetAction(parse =>
        {
            switch (parse.GetValue(format))
            {
                case "markdown": stdout.Write(RuleDocs.Markdown()); break;
                case "json": stdout.WriteLine(JsonSerializer.Serialize(RuleCatalog.All, DisclosureJson.Options)); break;
                default:
                    foreach (var r in RuleCatalog.All)
                        stdout.WriteLine($"{r.Id}  {r.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {r.Title}");
                    break;
            }
            return YusuanApp.Ok;
        });
        return command;
    }
}
