using OpenYusuan.App;
using OpenYusuan.App.Reports;
using System.CommandLine;
using System.Text.Json;
using OpenYusuan.Audit.Engine;
using OpenYusuan.Audit.Reports;
using OpenYusuan.Audit.Rules;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;

namespace OpenYusuan.Cli.Commands;

/// <summary>`yusuan audit FILE... [--format text|json] [--config FILE] [--as-one]`: checks every identity and reports
/// findings. Exit 2 if a file could not be used (the others are still audited), else 1 on error-level
/// findings, else 0.</summary>
public static class AuditCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "一个或多个披露文件或目录（目录中同一主体、同一年度分开发布的几部分合并审核）", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "输出格式：text（逐条列出，便于阅读）、json（规范 Findings；多个文件时每行一个）、html（独立网页：发现列表与原文对照）、xlsx（问题清单工作簿，需 -o）或 sarif（SARIF 2.1.0，供持续集成系统读取）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "xlsx", "sarif");
        var output = new Option<string?>("-o", "--output") { Description = "把结果写入此文件（默认输出到标准输出；xlsx 必须给出）", HelpName = "OUT" };
        var config = new Option<string?>("--config") { Description = "规则配置文件：{ \"rules\": { \"YS0309\": \"error\", \"YS0601\": \"off\" } }" };
        var annotate = new Option<string?>("--annotate") { Description = "另存一份标注过的 PDF：每条问题在原页面上框出并编号（仅限单个 PDF 输入）" };
        var asOne = ParseCommand.AsOneOption();
        var command = new Command("audit", "审核一份或多份预算公开文件：表内、表间勾稽关系和完整性，每条问题附位置和算式") { files, format, config, annotate, asOne, output };
        command.SetAction(parse =>
        {
            AuditConfig settings;
            try
            {
                settings = parse.GetValue(config) is { } path ? AuditConfig.Load(path, id => RuleCatalog.Find(id) is not null) : AuditConfig.Default;
            }
            catch (Exception e) when (e is IOException or JsonException or FormatException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"yusuan: 配置文件 {parse.GetValue(config)}: {(e is FormatException ? e.Message : FailureWording.Of(e))}");
                return YusuanApp.Unusable;
            }
            var annotated = parse.GetValue(annotate);
            if (annotated is not null && parse.GetValue(files)!.Length != 1)
            {
                stderr.WriteLine("yusuan: --annotate 只能用于单个 PDF 文件");
                return YusuanApp.Unusable;
            }
            if (annotated is not null && !CommandFiles.CheckTarget(annotated, "pdf", parse.GetValue(files)!, stderr)) return YusuanApp.Unusable;
            var kind = parse.GetValue(format)!;
            var json = kind == "json";
            var html = kind == "html";
            var collected = kind is "xlsx" or "sarif";
            var target = parse.GetValue(output);
            if (kind == "xlsx" && target is null)
            {
                stderr.WriteLine("yusuan: --format xlsx 需要用 -o 给出输出文件（如 -o 审核问题.xlsx）");
                return YusuanApp.Unusable;
            }
            if (target is not null && !CommandFiles.CheckTarget(target, kind is "text" or "json" ? "" : kind, parse.GetValue(files)!, stderr)) return YusuanApp.Unusable;
            // With -o the report goes to the file, written once everything is audited.
            var sink = target is null ? stdout : new StringWriter();
            var reports = new List<AuditReport>();
            var pages = new List<(AuditReport, IReadOnlyList<ShownLine>?)>();
            var given = parse.GetValue(files)!;
            // A directory stands for the disclosures in it; their split parts are paired by entity and year below.
            var paths = given.SelectMany(p => Directory.Exists(p) ? DisclosureFiles(p) : [p]).ToArray();
            var workflows = new DisclosureWorkflows(settings);
            var color = ReferenceEquals(sink, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            bool unusable = false, errors = false;
            var tally = new BatchTally();
            // An unusable file keeps its place in JSON output: one record saying why, so a pipeline loses no file silently.
            void Unusable(string path, string reason)
            {
                unusable = true;
                tally.Unusable.Add((path, reason));
                if (json) sink.WriteLine(JsonSerializer.Serialize(new { document = path, unusable = reason }, DisclosureJson.Compact));
            }
            // --as-one: the files are the parts of one publication, audited as one document.
            IEnumerable<(string Path, Func<OpenYusuan.Model.Disclosure> Read)> inputs = paths.Select(p => (p, (Func<OpenYusuan.Model.Disclosure>)(() => DisclosureWorkflows.Read(DocumentBytes.FromFile(p)))));
            if (parse.GetValue(asOne))
            {
                if (ParseCommand.ReadAll(paths, stderr) is not { } parts) return YusuanApp.Unusable;
                inputs = [(string.Join(" + ", paths), () => SplitPublication.Combine(parts))];
            }
            else if (given.Any(Directory.Exists))
            {
                // Read on every core (the pairing needs every model first); messages keep the files' order.
                var read = paths.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                    .Select(p => { var err = new StringWriter(); return (Path: p, Model: ParseCommand.Read(p, err), Err: err.ToString()); })
                    .ToList();
                foreach (var r in read) stderr.Write(r.Err);
                foreach (var (p, _, _) in read.Where(r => r.Model is null)) Unusable(p, "无法读取（原因见上）");
                inputs = SplitPublication.Pair(read.Where(r => r.Model is not null).Select(r => (r.Path, r.Model!)).ToList())
                    .Select(g => (string.Join(" + ", g.Select(x => x.Path)), (Func<OpenYusuan.Model.Disclosure>)(() => SplitPublication.Combine(g.Select(x => x.Model).ToList()))));
            }
            // Files in parallel, results in the order given (one PDF to annotate is one document anyway).
            foreach (var (path, audited) in Batch.Audit(inputs, workflows, parallel: annotated is null))
            {
                AuditReport report;
                try { report = audited(); }
                catch (UnusableInputException e)
                {
                    stderr.WriteLine($"yusuan: {path}: {e.Message}");
                    Unusable(path, e.Message);
                    continue;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    CommandFiles.InternalError(path, "审核", e, stderr);
                    Unusable(path, $"内部错误 {e.GetType().Name}");
                    continue;
                }
                errors |= report.Summary.Error > 0;
                tally.Add(report);
                var shown = CommandFiles.Guard(path, "输出审核结果", stderr, () =>
                {
                    var written = annotated is null || Annotate(path, annotated, report, stderr);
                    if (collected) reports.Add(report);
                    else if (json) sink.WriteLine(JsonSerializer.Serialize(report, paths.Length > 1 ? DisclosureJson.Compact : DisclosureJson.Options));
                    else if (html) pages.Add((report, SourceText.Lines(path)));
                    else FindingsText.Write(sink, report, color, numbered: annotated is not null);
                    return written ? YusuanApp.Ok : YusuanApp.Unusable;
                });
                if (shown != YusuanApp.Ok) unusable = true;
            }
            if (html && CommandFiles.Guard(string.Join(", ", paths), "生成 HTML 报告", stderr, () => { sink.Write(OpenYusuan.Audit.Reports.HtmlReport.Write(pages)); return YusuanApp.Ok; }) != YusuanApp.Ok)
                unusable = true;
            if (kind == "sarif") sink.Write(SarifReport.Write(reports, typeof(AuditCommand).Assembly.GetName().Version?.ToString(3) ?? ""));
            if (target is not null)
            {
                var text = sink.ToString() ?? "";
                if (!CommandFiles.Write(target, () => kind == "xlsx" ? FindingsXlsx.Write(reports) : System.Text.Encoding.UTF8.GetBytes(text), stderr)) unusable = true;
                else stderr.WriteLine($"已写出 {target}");
            }
            // Exit 2 says a file could not be used; the line says what the others showed.
            if (tally.Documents + tally.Unusable.Count > 1) stderr.WriteLine(tally.Line());
            return unusable ? YusuanApp.Unusable : errors ? YusuanApp.Findings : YusuanApp.Ok;
        });
        return command;
    }

    private static readonly string[] Extensions = [".pdf", ".txt", ".docx", ".xlsx", ".html", ".htm", ".json"];

    // Folders as they are handed over (one per unit or per year) are read whole, sub-folders included.
    private static IEnumerable<string> DisclosureFiles(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal);

    private static bool Annotate(string path, string output, AuditReport report, TextWriter stderr)
    {
        var bytes = File.ReadAllBytes(path);
        if (FormatDetector.Detect(bytes) != "pdf")
        {
            stderr.WriteLine($"yusuan: {path}: 不是 PDF 文件，无法生成标注 PDF（--annotate 只用于 PDF）");
            return false;
        }
        try { File.WriteAllBytes(output, PdfAnnotation.Write(bytes, report.Findings)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"yusuan: {output}: 无法写入标注 PDF：{FailureWording.Of(e)}");
            return false;
        }
        stderr.WriteLine($"yusuan: 已写出标注 PDF {output}（{report.Findings.Count(f => f.Location is { Page: not null, Bbox: not null })} 处标注）");
        return true;
    }
}
