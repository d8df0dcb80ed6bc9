using System.CommandLine;
using OpenYusuan.Cli.Commands;
using OpenYusuan.Cli.Commands.Store;

namespace OpenYusuan.Cli;

/// <summary>The `yusuan` command line: one command class per verb. Exit codes: 0 success,
/// 1 error-level findings, 2 unusable input or arguments.</summary>
public static class YusuanApp
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Unusable = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("OpenYusuan（开放预算）：读取、审核、生成部门预算/决算公开文件。");
        root.Subcommands.Add(ParseCommand.Create(stdout, stderr));
        root.Subcommands.Add(AuditCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(ConsolidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(CompareCommand.Create(stdout, stderr));
        root.Subcommands.Add(WorkbookCommands.Template(stderr));
        root.Subcommands.Add(WorkbookCommands.Workbook(stderr));
        root.Subcommands.Add(RulesCommand.Create(stdout));
        StoreVerbs.AddTo(root, stdout, stderr);
        // A bare `yusuan` is someone asking what it does.
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"yusuan: 参数错误：{ChineseWording.OfError(error.Message)}");
            stderr.WriteLine("用法见 yusuan --help");
            return Unusable;
        }
        // Each verb reports a document's failure itself; this is the last guard, so that even a bug outside any document
        // gives one line and exit 2, never a stack trace.
        // Help and version go through a buffer so that help's headings can be put into Chinese.
        var shown = new StringWriter();
        try { return result.Invoke(new InvocationConfiguration { Output = shown, Error = stderr, EnableDefaultExceptionHandler = false }); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"yusuan: 内部错误 {e.GetType().Name}：{e.Message}，请报告此问题");
            if (Environment.GetEnvironmentVariable("YUSUAN_DEBUG") == "1") stderr.WriteLine(e);
            return Unusable;
        }
        finally
        {
            if (shown.GetStringBuilder().Length > 0) stdout.Write(ChineseWording.OfHelp(shown.ToString()));
        }
    }
}
