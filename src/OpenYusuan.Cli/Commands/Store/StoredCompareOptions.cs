using System.CommandLine;
using OpenYusuan.Audit.Compare;
using OpenYusuan.Store;
using OpenYusuan.Store.Queries;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`compare --entity NAME --year YYYY [--db DB]`: the options that make `compare` take the budget and 决算 from
/// the store instead of two files.</summary>
internal sealed class StoredCompareOptions
{
    private readonly Option<string?> _entity = new("--entity") { Description = "对比库中该主体的预算与决算（与 --year 一起用，代替两个文件）" };
    private readonly Option<int?> _year = new("--year") { Description = "年度（与 --entity 一起用）" };
    private readonly StoreOptions _store = new();

    public StoredCompareOptions(Command command)
    {
        command.Options.Add(_entity);
        command.Options.Add(_year);
        _store.AddTo(command);
    }

    public bool Wanted(ParseResult parse) => parse.GetValue(_entity) is not null || parse.GetValue(_year) is not null;

    /// <summary>The comparison, or null after one line on stderr.</summary>
    public BudgetFinalComparison.Result? Run(ParseResult parse, TextWriter stderr)
    {
        if (parse.GetValue(_entity) is not { } entity || parse.GetValue(_year) is not { } year)
        {
            stderr.WriteLine("yusuan: --entity 和 --year 需要一起使用");
            return null;
        }
        using var store = _store.Open(parse, stderr, readOnly: true);
        if (store is null) return null;
        try { return StoredComparison.Of(store, entity, year); }
        catch (StoreException e)
        {
            stderr.WriteLine($"yusuan: {e.Message}");
            return null;
        }
    }
}
