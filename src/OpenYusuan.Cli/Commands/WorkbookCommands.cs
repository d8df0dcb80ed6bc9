using System.CommandLine;
using OpenYusuan.Model;
using OpenYusuan.Rendering;
using OpenYusuan.Rendering.Drafting;
using OpenYusuan.Rendering.Plan;

namespace OpenYusuan.Cli.Commands;

/// <summary>The workbooks a finance officer fills in. `yusuan template --year 2025 -o budget.xlsx` writes an empty
/// one (every required table with its official header, drop-downs of the classification codes, number-only figure
/// cells, totals as formulas, the explanation sections with placeholders); `yusuan workbook FILE -o budget.xlsx`
/// fills it from any published disclosure, with the numeric sentences drafted, so the figures and reasons can be
/// corrected and the document rendered again (`render budget.xlsx --to docx --redraft`).</summary>
public static class WorkbookCommands
{
    public static Command Template(TextWriter stderr)
    {
        var year = new Option<int>("--year") { Description = "预算年度", Required = true };
        var kind = new Option<string>("--kind") { Description = "文件类型：budget（预算）或 final（决算，全国决算模板：9 张表，万元，11 部分说明）", DefaultValueFactory = _ => "budget" };
        kind.AcceptOnlyFromAmong("budget", "final");
        var template = new Option<string>("--template") { Description = "地区模板：" + BlankDisclosure.TemplateChoices, DefaultValueFactory = _ => BlankDisclosure.DefaultTemplate };
        template.AcceptOnlyFromAmong([.. BlankDisclosure.Templates]);
        var entity = new Option<string>("--entity") { Description = "单位或部门名称", DefaultValueFactory = _ => "（单位名称）" };
        var department = new Option<bool>("--department") { Description = "部门预算（默认单位预算）" };
        var output = new Option<string>("-o", "--output") { Description = "输出的 XLSX 文件", Required = true, HelpName = "OUT" };
        var command = new Command("template", "生成空白的预算填报工作簿：每张表的标准表头、科目编码下拉、数字校验、合计公式和情况说明各部分") { year, kind, template, entity, department, output };
        command.SetAction(parse =>
        {
            // A budget year a department could publish: the national templates start in 2015 (新预算法).
            if (parse.GetValue(year) is < 2000 or > 2100)
            {
                stderr.WriteLine($"yusuan: --year {parse.GetValue(year)} 不是可用的预算年度（应在 2000–2100 之间）");
                return YusuanApp.Unusable;
            }
            if (parse.GetValue(kind) == "final" && parse.GetResult(template) is { Implicit: false })
            {
                stderr.WriteLine("yusuan: --kind final 只有全国决算模板，不能与 --template 同用");
                return YusuanApp.Unusable;
            }
            if (!CommandFiles.CheckTarget(parse.GetValue(output)!, "xlsx", [], stderr)) return YusuanApp.Unusable;
            var model = parse.GetValue(kind) == "final"
                ? BlankDisclosure.Final(parse.GetValue(year), parse.GetValue(entity)!, parse.GetValue(department))
                : BlankDisclosure.Budget(parse.GetValue(year), parse.GetValue(entity)!, parse.GetValue(template)!, parse.GetValue(department));
            // The subjects the drafted sentences will need last year's figures for, as empty rows to fill in.
            var drafter = new NarrativeDrafter(model);
            drafter.Apply();
            return Write(parse.GetValue(output)!, () => Renderer.Render(model, "xlsx", sheets: WorkingSheets.Of(drafter)), stderr);
        });
        return command;
    }

    public static Command Workbook(TextWriter stderr)
    {
        var input = new Argument<string>("FILE") { Description = "已公开的文件（任一可读格式）或规范 JSON" };
        var output = new Option<string>("-o", "--output") { Description = "输出的 XLSX 文件", Required = true, HelpName = "OUT" };
        var command = new Command("workbook", "由已公开的文件生成填报工作簿（表格带公式，情况说明的数字语句按表格起草），便于更正后重新生成") { input, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (!CommandFiles.CheckTarget(parse.GetValue(output)!, "xlsx", [path], stderr)) return YusuanApp.Unusable;
            if (CommandFiles.Read(path, stderr) is not { } read) return YusuanApp.Unusable;
            return CommandFiles.Guard(path, "生成工作簿", stderr, () =>
            {
                var model = read;
                // The same workbook as the template's: every table the template requires, empty ones with their note.
                if (model.Kind == "budget")
                {
                    model = model with { Tables = NarrativeDrafter.CompleteTables(model, BlankDisclosure.For(model).Tables) };
                }
                var drafter = new NarrativeDrafter(model, model.Source?.Format == "xlsx" ? WorkingSheets.FromWorkbook(path) : null);
                model = drafter.Apply();
                foreach (var change in drafter.Changes) stderr.WriteLine("  " + change);
                // The workbook is where the contradictions are settled: it is written, with what to fill in.
                foreach (var conflict in drafter.Conflicts) stderr.WriteLine("  待填写 " + conflict);
                return Write(parse.GetValue(output)!, () => Renderer.Render(model, "xlsx", sheets: WorkingSheets.Of(drafter)), stderr);
            });
        });
        return command;
    }

    private static int Write(string target, Func<byte[]> workbook, TextWriter stderr)
    {
        if (!CommandFiles.Write(target, workbook, stderr)) return YusuanApp.Unusable;
        stderr.WriteLine($"已写出 {target}");
        return YusuanApp.Ok;
    }
}
