using System.CommandLine;
using System.Text;
using OpenYusuan.Store;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan query "SQL" [--format table|csv|json|xlsx] [-o OUT]`: a read-only SQL statement over the store's views.
/// Exit 0 answered, 2 a bad statement or an unusable store.</summary>
public static class QueryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var sql = new Argument<string>("SQL") { Description = "一条 SQL 查询（只读），可用视图：documents、entities、years、cells、sections、claims、findings、notes、import_failures（见 docs/store.md）" };
        var format = ReportCommand.FormatOption();
        var output = ReportCommand.OutputOption();
        var store = new StoreOptions();
        var command = new Command("query", "在库上执行只读 SQL 查询") { sql, format, output };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            using var opened = store.Open(parse, stderr, readOnly: true);
            if (opened is null) return YusuanApp.Unusable;
            ResultTable result;
            try { result = StoreQuery.Run(opened, parse.GetValue(sql)!); }
            catch (StoreException e)
            {
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            return ReportCommand.Write(result, parse.GetValue(format)!, parse.GetValue(output), "查询结果", stdout, stderr);
        }));
        return command;
    }
}
