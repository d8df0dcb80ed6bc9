using System.CommandLine;
using System.Diagnostics;
using OpenYusuan.App;
using OpenYusuan.Store;
using OpenYusuan.Store.Import;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan import PATH… [--db DB] [--jobs N] [--region NAME] [--reread] [--verbose]`: reads and audits files and
/// folders (recursively) into the store. Exit 0 all stored, 2 some files failed (recorded in import_failures, the rest
/// stored) or the store could not be used.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "文件或目录（递归查找 .pdf .txt .docx .xlsx .html .htm .json）", Arity = ArgumentArity.OneOrMore };
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行读取的线程数（默认为 CPU 核数）", DefaultValueFactory = _ => Environment.ProcessorCount };
        var region = new Option<string?>("--region") { Description = "为模板未注明地区的主体记录地区（如 \"广东\"）" };
        var reread = new Option<bool>("--reread") { Description = "重新读取已入库的文件（读取器或规则更新后），在一个事务中替换其数据；审核结论的复核意见保留" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "每处理完一个文件在标准错误输出一行" };
        var store = new StoreOptions();
        var command = new Command("import", "把文件和目录（递归）读取、审核后存入库：同一内容只存一份，中断后重跑只处理未完成的文件，失败的文件记入 import_failures")
            { paths, jobs, region, reread, verbose };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            var files = DisclosureFiles.Expand(parse.GetValue(paths)!);
            if (files.Count == 0)
            {
                stderr.WriteLine("yusuan: 没有找到可导入的文件");
                return YusuanApp.Unusable;
            }
            using var opened = store.Open(parse, stderr, readOnly: false);
            if (opened is null) return YusuanApp.Unusable;
            var importer = new Importer(opened, new ImportOptions { Workers = Math.Max(1, parse.GetValue(jobs)), Region = parse.GetValue(region), Reread = parse.GetValue(reread) });
            var progress = new ImportProgress(stderr, files.Count, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
            var loud = parse.GetValue(verbose);
            importer.FileDone += outcome =>
            {
                if (outcome.Status == "failed") stderr.WriteLine($"yusuan: {outcome.Path}: {outcome.Reason}");
                else if (loud) stderr.WriteLine($"{StatusWord(outcome.Status)} {outcome.Path}");
                progress.Done(outcome);
            };
            ImportSummary summary;
            try { summary = importer.Run(files); }
            catch (StoreException e)
            {
                progress.Clear();
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            progress.Clear();
            stdout.Write(summary.ToText(opened.Location.Describe()));
            return summary.Failures.Count > 0 ? YusuanApp.Unusable : YusuanApp.Ok;
        }));
        return command;
    }

    private static string StatusWord(string status) => status switch
    {
        "imported" => "已导入",
        "reread" => "已重读",
        "stored" => "已在库中",
        _ => status,
    };

    /// <summary>One redrawn line on a terminal: files done, documents and pages per second, time left.</summary>
    private sealed class ImportProgress(TextWriter stderr, int total, bool terminal)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private int _done, _read, _pages;
        private long _drawn;

        public void Done(ImportOutcome outcome)
        {
            if (!terminal) return;
            lock (_gate)
            {
                _done++;
                if (outcome.Status is "imported" or "reread") { _read++; _pages += outcome.Pages; }
                var now = _clock.ElapsedMilliseconds;
                if (now - _drawn < 200 && _done < total) return;
                _drawn = now;
                var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
                var left = _done == 0 ? 0 : seconds / _done * (total - _done);
                var width = 30;
                var bar = new string('█', width * _done / Math.Max(1, total)).PadRight(width, '░');
                stderr.Write($"\r{bar} {_done}/{total} 份  {_read / seconds:0.0} 份/秒  {_pages / seconds:0.0} 页/秒  剩余约 {TimeSpan.FromSeconds(left):mm\\:ss}   ");
            }
        }

        public void Clear()
        {
            if (terminal && _done > 0) stderr.Write("\r" + new string(' ', 100) + "\r");
        }
    }
}
