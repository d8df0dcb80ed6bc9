using System.CommandLine;
using OpenYusuan.Store;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>The options every store verb shares: <c>--db</c> (a DuckDB file or a PostgreSQL connection string) and
/// <c>--wait</c> (how long to wait for a DuckDB store another process holds).</summary>
internal sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "存储位置：DuckDB 文件路径，或 PostgreSQL 连接串（\"Host=…;Database=…\"）；默认 $YUSUAN_HOME/yusuan.duckdb 或 ~/.local/share/openyusuan/yusuan.duckdb", HelpName = "DB" };
    public Option<int> Wait { get; } = new("--wait") { Description = "存储被另一个进程占用时最多等待的秒数（默认 0：立即报错，不做任何改动）", DefaultValueFactory = _ => 0, HelpName = "SECONDS" };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Wait);
    }

    /// <summary>Runs a store verb's action: a failure of the database itself (a broken file, a lost server) is one line on
    /// stderr and exit 2, never a stack trace.</summary>
    public static int Guard(TextWriter stderr, Func<int> action)
    {
        try { return action(); }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidDataException or IOException or StoreException)
        {
            stderr.WriteLine($"yusuan: 存储出错：{e.Message.Split('\n')[0].Trim()}");
            return YusuanApp.Unusable;
        }
    }

    /// <summary>The open store, or null after one line on stderr saying why not.</summary>
    public YusuanStore? Open(ParseResult parse, TextWriter stderr, bool readOnly)
    {
        var location = StoreLocation.Resolve(parse.GetValue(Db));
        try
        {
            return YusuanStore.Open(location, readOnly, TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(Wait))), m => stderr.WriteLine($"yusuan: {m}"));
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"yusuan: {e.Message}");
            return null;
        }
    }
}
