using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenYusuan.App;
using OpenYusuan.Audit.Compare;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan compare BUDGET FINAL [--format text|json|xlsx] [-o OUT]`: a department's budget and its 决算 of the same year
/// side by side, per 功能分类 code and 经济分类 class, with execution rates; exit 1 when the 决算's 年初预算数 differs from
/// the published budget.</summary>
public static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var budget = new Argument<string?>("BUDGET") { Description = "预算公开文件（任一可读格式）", Arity = ArgumentArity.ZeroOrOne };
        var final = new Argument<string?>("FINAL") { Description = "同一年度的决算公开文件", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "text、json 或 xlsx（xlsx 须用 -o 写入文件）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "xlsx");
        var output = new Option<string?>("-o", "--output") { Description = "写入文件（默认输出到标准输出）", HelpName = "OUT" };
        var command = new Command("compare", "预决算对比：同一部门同一年度的预算与决算按科目并列，列出执行率和差额，并核对决算中的年初预算数与公开的预算是否一致")
            { budget, final, format, output };
        // Or on the stored budget and 决算: compare --entity NAME --year YYYY [--db DB].
        var stored = new Store.StoredCompareOptions(command);
        command.SetAction(parse =>
        {
            BudgetFinalComparison.Result result;
            if (stored.Wanted(parse))
            {
                if (stored.Run(parse, stderr) is not { } fromStore) return YusuanApp.Unusable;
                result = fromStore;
            }
            else
            {
                if (parse.GetValue(budget) is not { } budgetPath || parse.GetValue(final) is not { } finalPath)
                {
                    stderr.WriteLine("yusuan: 需要 BUDGET 和 FINAL 两个文件，或用 --entity 和 --year 对比库中的文件");
                    return YusuanApp.Unusable;
                }
                if (CommandFiles.Read(budgetPath, stderr, "；未对比") is not { } b) return YusuanApp.Unusable;
                if (CommandFiles.Read(finalPath, stderr, "；未对比") is not { } f) return YusuanApp.Unusable;
                try { result = DisclosureWorkflows.Compare(b, f); }
                catch (InvalidOperationException e)
                {
                    stderr.WriteLine($"yusuan: {e.Message}");
                    return YusuanApp.Unusable;
                }
            }
            var kind = parse.GetValue(format);
            if (kind == "xlsx" && parse.GetValue(output) is null)
            {
                stderr.WriteLine("yusuan: --format xlsx 需要用 -o 指定输出文件");
                return YusuanApp.Unusable;
            }
            var text = kind == "json" ? Json(result) : kind == "text" ? Text(result) : "";
            if (parse.GetValue(output) is { } target)
            {
                if (!CommandFiles.Write(target, () => kind == "xlsx" ? CompareXlsx.Write(result) : Encoding.UTF8.GetBytes(text), stderr)) return YusuanApp.Unusable;
                stderr.WriteLine($"已写出 {target}（{result.Lines.Count} 行）");
            }
            else stdout.Write(text);
            return result.Mismatches.Any() ? YusuanApp.Findings : YusuanApp.Ok;
        });
        return command;
    }

    private static string N(decimal? v) => v?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";

    private static string Text(BudgetFinalComparison.Result r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{r.Entity} {r.Year} 年预决算对比（万元）");
        foreach (var group in r.Lines.GroupBy(l => l.Table))
        {
            sb.AppendLine(group.Key == "basic_expense" ? "一般公共预算基本支出（经济分类类级）" : "一般公共预算支出（功能分类）");
            sb.AppendLine("科目\t名称\t预算数\t决算中的年初预算数\t决算数\t差额\t执行率");
            foreach (var l in group)
                sb.AppendLine($"{l.Code}\t{l.Name}\t{N(l.Budget)}\t{N(l.Initial)}{(l.InitialDiffers ? "（与预算不符）" : "")}\t{N(l.Final)}\t{N(l.Difference)}\t{(l.Rate is { } rate ? N(rate) + "%" : "—")}");
        }
        var mismatches = r.Mismatches.ToList();
        sb.AppendLine(mismatches.Count == 0 ? "决算中的年初预算数与公开的预算一致。"
            : $"决算中的年初预算数有 {mismatches.Count} 处与公开的预算不符：" + string.Join("；", mismatches.Select(m => $"{m.Code} 预算 {N(m.Budget)}，决算表年初预算 {N(m.Initial)}")));
        return sb.ToString();
    }

    private static string Json(BudgetFinalComparison.Result r) => JsonSerializer.Serialize(new
    {
        entity = r.Entity, year = r.Year,
        lines = r.Lines.Select(l => new
        {
            table = l.Table, code = l.Code, name = l.Name, budget = N(l.Budget), initial_budget = l.Initial is null ? null : N(l.Initial),
            final = N(l.Final), difference = l.Difference is null ? null : N(l.Difference), rate = l.Rate is null ? null : N(l.Rate),
            initial_differs = l.InitialDiffers,
        }),
        mismatches = r.Mismatches.Count(),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
