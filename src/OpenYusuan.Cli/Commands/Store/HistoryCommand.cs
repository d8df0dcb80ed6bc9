using System.CommandLine;
using System.Text;
using System.Text.Json;
using OpenYusuan.Model.Json;
using OpenYusuan.Store;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan history ENTITY [--kind budget|final] [--format table|csv|json]`: the entity's tables over the stored
/// years side by side, then every stated 上年 figure that is not what the previous year's disclosure printed (YS0507).
/// Exit 0 none, 1 such findings, 2 unknown entity or unusable store.</summary>
public static class HistoryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var entity = new Argument<string>("ENTITY") { Description = "主体名称（全名，或能唯一确定主体的一部分）" };
        var kind = new Option<string>("--kind") { Description = "budget（预算，默认）或 final（决算）", DefaultValueFactory = _ => "budget" };
        kind.AcceptOnlyFromAmong("budget", "final");
        var format = new Option<string>("--format") { Description = "table、csv 或 json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var store = new StoreOptions();
        var command = new Command("history", "一个主体历年的表格并列对比，并用上一年度公开的文件核对每年文中所写的上年数") { entity, kind, format };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            using var opened = store.Open(parse, stderr, readOnly: true);
            if (opened is null) return YusuanApp.Unusable;
            EntityHistory.Result result;
            try { result = EntityHistory.Of(opened, parse.GetValue(entity)!, parse.GetValue(kind)!); }
            catch (StoreException e)
            {
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            var f = parse.GetValue(format)!;
            if (f == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    entity = result.Entity, kind = result.Kind, years = result.Years,
                    lines = JsonDocument.Parse(ResultWriter.Text(result.Lines, "json")).RootElement,
                    findings = result.Findings.Select(x => new { year = x.Year, document = x.Document, finding = x.Finding }),
                }, DisclosureJson.Options));
            }
            else if (f == "csv") stdout.Write(ResultWriter.Text(result.Lines, "csv"));
            else
            {
                stdout.WriteLine($"{result.Entity} {(result.Kind == "final" ? "决算" : "预算")} {string.Join("、", result.Years)} 年（万元）");
                stdout.Write(ResultWriter.Text(result.Lines, "table"));
                if (result.Years.Count < 2) stdout.WriteLine("库中只有一个年度，没有可核对的上年数。");
                else if (result.Findings.Count == 0) stdout.WriteLine("各年文中所写的上年数与上一年度公开的文件一致。");
                else
                {
                    stdout.WriteLine($"上年数与上一年度公开的文件不符 {result.Findings.Count} 处：");
                    foreach (var x in result.Findings) stdout.WriteLine($"{x.Document}: 警告 {x.Finding.Rule} {x.Finding.Message}");
                }
            }
            return result.Findings.Count > 0 ? YusuanApp.Findings : YusuanApp.Ok;
        }));
        return command;
    }
}
