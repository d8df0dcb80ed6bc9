using System.CommandLine;
using OpenYusuan.App;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Findings;
using OpenYusuan.Rendering;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan render INPUT --to html|docx|xlsx|pdf -o OUT [--force]`: writes the disclosure from any readable input
/// (a publication, canonical JSON). It audits first: with an error-level finding it refuses (exit 1) and prints the
/// findings, unless --force, which writes the file with a visible 未通过校验 mark.</summary>
public static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "披露文件（文本、PDF、HTML、DOCX、XLSX 或规范 JSON）" };
        var to = new Option<string>("--to") { Description = "生成的文件格式：html（独立网页）、docx（Word）、xlsx（Excel，合计为公式）或 pdf", Required = true };
        to.AcceptOnlyFromAmong(Renderer.Formats);
        var output = new Option<string>("-o", "--output") { Description = "输出文件路径", Required = true, HelpName = "OUT" };
        var force = new Option<bool>("--force") { Description = "审核有错误时仍然生成，文件开头标明“未通过校验”" };
        var redraft = new Option<bool>("--redraft") { Description = "按表格重写情况说明的数字语句（全国模板第三部分各节；上海模板的预算编制说明和其他相关情况说明），并列出改动；没有情况说明的输入（如汇总模型）总是起草" };
        var command = new Command("render", "生成公开文件：先审核，无错误才写出（--force 则带“未通过校验”标记写出）") { input, to, output, force, redraft };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            if (!CommandFiles.CheckTarget(target, parse.GetValue(to)!, [path], stderr)) return YusuanApp.Unusable;
            if (CommandFiles.Read(path, stderr) is not { } read) return YusuanApp.Unusable;
            return CommandFiles.Guard(path, "生成", stderr, () => Render(read, path, target, parse.GetValue(to)!, parse.GetValue(force), parse.GetValue(redraft), stdout, stderr));
        });
        return command;
    }

    private static int Render(OpenYusuan.Model.Disclosure model, string path, string target, string format, bool force, bool redraft, TextWriter stdout, TextWriter stderr)
    {
        var isDraft = false;
        if (redraft || model.Sections.Count == 0)
        {
            isDraft = true;
            // A workbook's 上年预算数与主要原因 sheet says what last year's figures and the reasons are.
            var sheets = model.Source?.Format == "xlsx" ? Rendering.Drafting.WorkingSheets.FromWorkbook(path) : null;
            var draft = Redraft.Of(model, path, sheets);
            if (draft.Conflicts.Count > 0)
            {
                // Drafting would have to pick one of the contradicting figures: it stops and asks instead, whatever --force says.
                stderr.WriteLine($"yusuan: {path}: 有 {draft.Conflicts.Count} 处说明的数字互相矛盾，无法确定上年数，未生成 {target}：");
                foreach (var conflict in draft.Conflicts) stderr.WriteLine("  " + conflict);
                return YusuanApp.Findings;
            }
            model = draft.Model;
            stderr.WriteLine(draft.Changes.Count == 0 ? "已按表格起草情况说明的数字语句" : $"已按表格重写情况说明的数字语句，改动 {draft.Changes.Count} 处：");
            foreach (var change in draft.Changes) stderr.WriteLine("  " + change);
        }
        var report = new DisclosureWorkflows().Audit(model, path);
        // A redrafted text's lines are those of the draft, not of the file given: its findings name the draft and keep only
        // their part and sentence (the tables keep their rows and columns).
        if (isDraft)
            report = report with
            {
                Document = $"{path}（重写稿）",
                Findings = report.Findings.Select(f => f.Location.Section is not null ? f with { Location = f.Location with { Line = null } } : f).ToList(),
            };
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0 && !force)
        {
            FindingsText.Write(stdout, report with { Findings = report.Findings.Where(f => f.Severity == Severity.Error).ToList() }, color: false);
            stderr.WriteLine($"yusuan: {path}: 审核发现 {errors} 个错误，未生成 {target}；改正后重试，或加 --force 生成带“未通过校验”标记的文件");
            return YusuanApp.Findings;
        }
        if (!CommandFiles.Write(target, () => Renderer.Render(model, format, failedCheck: errors > 0), stderr)) return YusuanApp.Unusable;
        stderr.WriteLine(errors > 0 ? $"已写出 {target}（有 {errors} 个审核错误，已标明“未通过校验”）" : $"已写出 {target}");
        // A drafted text may keep 【请填写…】 where no table or sheet says the reason or the use: it is a draft until filled.
        var left = report.Findings.Count(f => f.Rule == RuleCatalog.TemplateGuidanceLeft.Id);
        if (left > 0) stderr.WriteLine($"yusuan: 注意：{target} 还有 {left} 处【请填写…】待补充（yusuan audit 逐处列出，规则 YS0709），补齐后才是可公开的文件");
        return YusuanApp.Ok;
    }
}
