using System.CommandLine;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>The verbs over the store (issue 17), registered together.</summary>
public static class StoreVerbs
{
    public static void AddTo(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(QueryCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(HistoryCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(UsersCommand.Create(stdout, stderr, Console.In));
    }
}
