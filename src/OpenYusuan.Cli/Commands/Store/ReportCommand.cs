using System.CommandLine;
using System.Text;
using OpenYusuan.Store;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan report findings|three-public|expense-structure|execution [--by entity,year] [--region R]
/// [--format table|csv|json|xlsx] [-o OUT]`. Exit 0, or 2 for a bad argument or store.</summary>
public static class ReportCommand
{
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "table（对齐的表格）、csv、json 或 xlsx（须用 -o）", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(ResultWriter.Formats);
        return format;
    }

    public static Option<string?> OutputOption() => new("-o", "--output") { Description = "写入文件（默认输出到标准输出）", HelpName = "OUT" };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("REPORT") { Description = "findings（审核发现）、three-public（“三公”经费）、expense-structure（支出结构）、execution（预算执行）" };
        var by = new Option<string>("--by") { Description = "分组：entity、year、region、kind 的组合，逗号分隔（默认 entity,year）", DefaultValueFactory = _ => "entity,year" };
        var region = new Option<string?>("--region") { Description = "只统计该地区的主体" };
        var format = FormatOption();
        var output = OutputOption();
        var store = new StoreOptions();
        var command = new Command("report", "库中文件的汇总报表：审核发现、“三公”经费、支出结构、预算执行，按主体、年度、地区分组") { name, by, region, format, output };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            using var opened = store.Open(parse, stderr, readOnly: true);
            if (opened is null) return YusuanApp.Unusable;
            ResultTable result;
            try
            {
                var groups = parse.GetValue(by)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                result = StoreReports.Run(opened, parse.GetValue(name)!, groups, parse.GetValue(region));
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            return Write(result, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(name)!, stdout, stderr);
        }));
        return command;
    }

    /// <summary>Prints or writes the rows; exit code.</summary>
    public static int Write(ResultTable result, string format, string? output, string sheet, TextWriter stdout, TextWriter stderr)
    {
        if (format == "xlsx" && output is null)
        {
            stderr.WriteLine("yusuan: --format xlsx 需要用 -o 指定输出文件");
            return YusuanApp.Unusable;
        }
        if (output is null)
        {
            stdout.Write(ResultWriter.Text(result, format));
            return YusuanApp.Ok;
        }
        if (!CommandFiles.Write(output, () => format == "xlsx" ? ResultWriter.Xlsx(result, sheet) : Encoding.UTF8.GetBytes(ResultWriter.Text(result, format)), stderr))
            return YusuanApp.Unusable;
        stderr.WriteLine($"已写出 {output}（{result.Rows.Count} 行）");
        return YusuanApp.Ok;
    }
}
