using System.CommandLine;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan parse FILE [--format json|text]`: reads a disclosure into the model.</summary>
public static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "披露文件：文本（.txt，制表符分隔或 PDF 抽取文本，UTF-8/GB18030）或规范 JSON" };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：json（规范模型，见 spec/disclosure-json.md）或 text（中文摘要）",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("parse", "读取一份预算/决算公开文件，输出统一模型（JSON）或识别摘要（text）") { file, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var model = DisclosureReader.Read(path);
                stdout.WriteLine(parse.GetValue(format) == "text" ? ParseSummary.Write(model) : DisclosureJson.Serialize(model));
                return YusuanApp.Ok;
            }
            catch (UnusableInputException e)
            {
                stderr.WriteLine($"yusuan: {path}: {e.Message}");
                return YusuanApp.Unusable;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A reader bug must still leave one clear line, not a stack trace.
                stderr.WriteLine($"yusuan: {path}: 读取失败（内部错误 {e.GetType().Name}：{e.Message}），请报告此问题");
                if (Environment.GetEnvironmentVariable("YUSUAN_DEBUG") == "1") stderr.WriteLine(e);
                return YusuanApp.Unusable;
            }
        });
        return command;
    }
}
