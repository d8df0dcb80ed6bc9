using System.CommandLine;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan parse FILE... [--format json|text] [--as-one]`: reads disclosures into the model; with --as-one the
/// files are the parts of one publication and give one model.</summary>
public static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "披露文件：文本（.txt，制表符分隔或 PDF 抽取文本，UTF-8/GB18030）、PDF、DOCX、XLSX、HTML 或规范 JSON；可给多个",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：json（规范模型，见 spec/disclosure-json.md；多个文件时每行一个）或 text（中文摘要）",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var asOne = AsOneOption();
        var command = new Command("parse", "读取预算/决算公开文件，输出统一模型（JSON）或识别摘要（text）") { files, format, asOne };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var text = parse.GetValue(format) == "text";
            void Write(OpenYusuan.Model.Disclosure model, bool many) =>
                stdout.WriteLine(text ? ParseSummary.Write(model) : many ? System.Text.Json.JsonSerializer.Serialize(model, DisclosureJson.Compact) : DisclosureJson.Serialize(model));
            if (parse.GetValue(asOne))
            {
                var parts = ReadAll(paths, stderr);
                if (parts is null) return YusuanApp.Unusable;
                try { Write(SplitPublication.Combine(parts), many: false); }
                catch (UnusableInputException e) { stderr.WriteLine($"yusuan: {e.Message}"); return YusuanApp.Unusable; }
                return YusuanApp.Ok;
            }
            var unusable = false;
            foreach (var path in paths)
                if (Read(path, stderr) is not { } model || CommandFiles.Guard(path, "输出", stderr, () => { Write(model, paths.Length > 1); return YusuanApp.Ok; }) != YusuanApp.Ok)
                    unusable = true;
            return unusable ? YusuanApp.Unusable : YusuanApp.Ok;
        });
        return command;
    }

    /// <summary>--as-one: the files are the parts of one publication (情况说明, 报表, 绩效目标表 published apart).</summary>
    public static Option<bool> AsOneOption() =>
        new("--as-one") { Description = "把这些文件当作同一份公开文件的几个部分（情况说明、报表、绩效目标表分开发布时）合并读取" };

    /// <summary>Every file read, or null (after naming each file that failed) when one cannot be used.</summary>
    public static List<OpenYusuan.Model.Disclosure>? ReadAll(IEnumerable<string> paths, TextWriter stderr)
    {
        var models = paths.Select(p => Read(p, stderr)).ToList();
        return models.All(m => m is not null) ? models.Select(m => m!).ToList() : null;
    }

    /// <summary>The model of one file, or null after one clear line naming the file and the problem.</summary>
    public static OpenYusuan.Model.Disclosure? Read(string path, TextWriter stderr) => CommandFiles.Read(path, stderr);
}
