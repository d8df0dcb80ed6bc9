using System.CommandLine;
using OpenYusuan.Model;
using OpenYusuan.Model.Json;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan consolidate A B … --entity "…（汇总）" [-o OUT.json]`: the department's 汇总 model from its units'
/// disclosures, as canonical JSON that `audit` and `render` take. A unit that cannot be read stops the run: a
/// consolidation without one of its units would be wrong, not partial.</summary>
public static class ConsolidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "各单位的公开文件（任一可读格式）", Arity = ArgumentArity.OneOrMore };
        var entity = new Option<string>("--entity") { Description = "汇总后的部门名称，如“××局（汇总）”", Required = true };
        var output = new Option<string?>("-o", "--output") { Description = "输出的规范 JSON 文件（默认输出到标准输出）", HelpName = "OUT" };
        var command = new Command("consolidate", "汇总：由各单位的预算（决算）生成部门汇总模型（按科目和列相加），可再审核、生成公开文件") { files, entity, output };
        command.SetAction(parse =>
        {
            var units = new List<Disclosure>();
            // The same unit given twice would be added twice.
            var twice = parse.GetValue(files)!.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                stderr.WriteLine($"yusuan: {twice.First()}: 同一个文件给了 {twice.Count()} 次，会被重复相加；每个单位只给一次");
                return YusuanApp.Unusable;
            }
            if (parse.GetValue(output) is { } written && !CommandFiles.CheckTarget(written, "json", parse.GetValue(files)!, stderr)) return YusuanApp.Unusable;
            foreach (var path in parse.GetValue(files)!)
            {
                if (CommandFiles.Read(path, stderr, "；未汇总") is not { } unit) return YusuanApp.Unusable;
                units.Add(unit);
            }
            Disclosure model;
            try { model = Consolidation.Of(units, parse.GetValue(entity)!); }
            catch (InvalidOperationException e)
            {
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                CommandFiles.InternalError(string.Join(", ", parse.GetValue(files)!), "汇总", e, stderr);
                return YusuanApp.Unusable;
            }
            var json = DisclosureJson.Serialize(model);
            if (parse.GetValue(output) is { } target)
            {
                if (!CommandFiles.Write(target, () => System.Text.Encoding.UTF8.GetBytes(json), stderr)) return YusuanApp.Unusable;
                stderr.WriteLine($"已写出 {target}（{units.Count} 个单位，{model.Tables.Count} 张表）");
            }
            else stdout.WriteLine(json);
            return YusuanApp.Ok;
        });
        return command;
    }
}
