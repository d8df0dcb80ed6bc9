using OpenYusuan.App;
using OpenYusuan.Audit.Compare;
using OpenYusuan.Store.Import;

namespace OpenYusuan.Store.Queries;

/// <summary>`yusuan compare --entity NAME --year YYYY`: the budget/决算 comparison on the stored models of that entity and
/// year (a 汇总 and its units' own documents are different entities).</summary>
public static class StoredComparison
{
    public static BudgetFinalComparison.Result Of(YusuanStore store, string entity, int year)
    {
        var name = DocumentWriter.EntityName(entity) ?? entity;
        string Find(string kind) =>
            store.Connection.Rows(null, "SELECT hash FROM stored_documents WHERE entity = $1 AND year = $2 AND kind = $3 ORDER BY read_at DESC, hash", name, year, kind)
                .Select(r => (string)r[0]!).FirstOrDefault()
            ?? throw new StoreException($"库中没有“{name}” {year} 年的{(kind == "final" ? "决算" : "预算")}文件");
        var budget = DocumentWriter.Model(store.Connection, Find("budget"))!;
        var final = DocumentWriter.Model(store.Connection, Find("final"))!;
        try { return DisclosureWorkflows.Compare(budget, final); }
        catch (InvalidOperationException e) { throw new StoreException(e.Message, e); }
    }
}
