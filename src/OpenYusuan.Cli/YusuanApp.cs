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
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"yusuan: 参数错误：{error.Message}");
            stderr.WriteLine("用法见 yusuan --help");
            return Unusable;
        }
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
