using System.Text.Json;
using OpenYusuan.Model;
using OpenYusuan.Model.Json;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store.Queries;
using OpenYusuan.Store.Tests.Support;
using Xunit;

namespace OpenYusuan.Store.Tests;

/// <summary>query, report, history and compare over a store, on both backends.</summary>
public sealed class QuestionTests() : TempFolder("questions")
{
    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(Dir, name)).FullName;

    /// <summary>The example as its own previous year's budget: years moved back one, 行政运行 and 一般行政管理事务 printed with
    /// the figures the 2025 text implies for last year (338.52 = 360.77 − 22.25, 25.00 = 22.60 + 2.40), every other line
    /// as printed in 2025 — so the 2025 text's stated 上年 for 信息化建设 (186.40 − 26.40 = 160.00) is not what 2024 printed.</summary>
    private static string PriorYear()
    {
        var text = Disclosures.ExampleText.Replace("2024", "2023").Replace("2025", "2024");
        var edited = text.Replace("201\t06\t01\t行政运行\t360.77\t360.77\t", "201\t06\t01\t行政运行\t338.52\t338.52\t")
            .Replace("201\t06\t02\t一般行政管理事务\t22.60\t\t22.60", "201\t06\t02\t一般行政管理事务\t25.00\t\t25.00");
        // 行政运行 in the 一般公共预算支出表; 一般行政管理事务 there and in the 支出总表, which print it alike.
        Assert.Equal(3, text.Split('\n').Zip(edited.Split('\n')).Count(p => p.First != p.Second));
        return edited;
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void History_finds_the_stated_prior_year_figure_that_differs_from_last_years_table(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        File.WriteAllText(Path.Combine(input, "budget-2024.txt"), PriorYear());
        File.WriteAllText(Path.Combine(input, "budget-2025.txt"), Disclosures.ExampleText);
        Assert.Equal(0, Yusuan.Run("import", input, "--db", backend.Db).Exit);

        using (var store = backend.Open())
        {
            var history = EntityHistory.Of(store, "示例市财政局");
            Assert.Equal([2024, 2025], history.Years);
            var rows = history.Findings.Where(f => f.Year == 2025).ToDictionary(f => f.Finding.Location.Row!, f => f.Finding);
            Assert.Equal("YS0507", rows["2010607"].Rule);
            Assert.Equal("186.40", rows["2010607"].Expected);
            Assert.Equal("160.00", rows["2010607"].Actual);
            Assert.Contains("2024 年公开的一般公共预算支出情况表中2010607为 186.40 万元", rows["2010607"].Message);
            Assert.DoesNotContain("2010601", rows.Keys);
            Assert.DoesNotContain("2010602", rows.Keys);
            // Side by side: 行政运行 in both years and its change.
            var line = history.Lines.Rows.Single(r => (string?)r[0] == "general_budget_expense" && (string?)r[1] == "2010601");
            Assert.Equal([338.52m, 360.77m, 22.25m], line[3..6].Select(v => Convert.ToDecimal(v)).ToArray());
        }

        var cli = Yusuan.Run("history", "财政局", "--db", backend.Db);
        Assert.Equal(1, cli.Exit);
        Assert.Contains("示例市财政局 预算 2024、2025 年", cli.Out);
        Assert.Contains("YS0507", cli.Out);
        Assert.Equal(2, Yusuan.Run("history", "不存在的单位", "--db", backend.Db).Exit);
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void Query_reads_the_views_in_every_format_and_refuses_to_change_the_store(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        Disclosures.WriteBudgets(input, 2);
        Assert.Equal(0, Yusuan.Run("import", input, "--db", backend.Db).Exit);

        var table = Yusuan.Run("query", "SELECT entity, year, kind FROM documents ORDER BY entity", "--db", backend.Db);
        Assert.Equal(0, table.Exit);
        Assert.Contains("示例市教育局  2025  budget", table.Out);
        var csv = Yusuan.Run("query", "SELECT code, value_text, value FROM cells WHERE table_kind = 'general_budget_expense' AND code = '2010601' AND col = 'total' ORDER BY document", "--format", "csv", "--db", backend.Db);
        Assert.Equal("code,value_text,value\r\n2010601,360.77,360.77\r\n2010601,360.77,360.77\r\n", csv.Out);
        var json = JsonDocument.Parse(Yusuan.Run("query", "SELECT COUNT(*) AS n FROM findings", "--format", "json", "--db", backend.Db).Out);
        Assert.Equal(0, json.RootElement[0].GetProperty("n").GetInt64());

        var delete = Yusuan.Run("query", "DELETE FROM stored_documents", "--db", backend.Db);
        Assert.Equal(2, delete.Exit);
        Assert.Contains("查询出错", delete.Err);
        Assert.Equal(2, backend.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(2, Yusuan.Run("query", "SELECT * FROM no_such_view", "--db", backend.Db).Exit);
        // DuckDB reads other files only when asked to: a query may not.
        if (kind == Backend.DuckDb) Assert.Equal(2, Yusuan.Run("query", $"SELECT * FROM read_csv('{SharedFiles.Example}')", "--db", backend.Db).Exit);
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void Reports_group_by_entity_and_year_on_both_backends_alike(string kind)
    {
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        Disclosures.WriteBudgets(input, 3);
        Assert.Equal(0, Yusuan.Run("import", input, "--db", backend.Db, "--region", "示例省").Exit);

        var findings = Yusuan.Run("report", "findings", "--by", "year", "--format", "csv", "--db", backend.Db);
        Assert.Equal("year,documents,errors,warnings,infos,documents_with_errors\r\n2025,3,0,0,0,0\r\n", findings.Out);
        var three = Yusuan.Run("report", "three-public", "--format", "csv", "--db", backend.Db);
        Assert.Contains("示例市教育局,2025,budget,4.80,,3.60,,3.60,1.20", three.Out);
        var structure = Yusuan.Run("report", "expense-structure", "--by", "entity", "--format", "csv", "--db", backend.Db);
        Assert.Contains("示例市民政局,budget,862.30,509.50,352.80,59.09,40.91", structure.Out);
        var execution = Yusuan.Run("report", "execution", "--format", "json", "--db", backend.Db);
        Assert.Equal(0, execution.Exit);
        Assert.Equal(786.50m, JsonDocument.Parse(execution.Out).RootElement[0].GetProperty("budget").GetDecimal());
        var xlsx = Path.Combine(Dir, "findings.xlsx");
        Assert.Equal(0, Yusuan.Run("report", "findings", "--format", "xlsx", "-o", xlsx, "--db", backend.Db).Exit);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.Equal(2, Yusuan.Run("report", "findings", "--by", "colour", "--db", backend.Db).Exit);
        Assert.Equal(2, Yusuan.Run("report", "budgets", "--db", backend.Db).Exit);
        Assert.Equal("region,documents,errors,warnings,infos,documents_with_errors\r\n示例省,3,0,0,0,0\r\n",
            Yusuan.Run("report", "findings", "--by", "region", "--region", "示例省", "--format", "csv", "--db", backend.Db).Out);
        Assert.Equal("region,documents,errors,warnings,infos,documents_with_errors\r\n",
            Yusuan.Run("report", "findings", "--by", "region", "--region", "别处", "--format", "csv", "--db", backend.Db).Out);
    }

    [SkippableTheory]
    [MemberData(nameof(Backend.Both), MemberType = typeof(Backend))]
    public void Compare_takes_the_stored_budget_and_final_of_an_entity_and_year(string kind)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        using var backend = new Backend(kind, Dir);
        var input = Folder("in");
        var final = DisclosureReader.Read(SharedFiles.Corpus("final-2024-putuo-planning.pdf"));
        var g = final.Table(TableKinds.FinalGeneralBudgetExpense)!;
        var budget = new Disclosure
        {
            Kind = "budget", Entity = final.Entity, Year = final.Year, Template = "national",
            Tables =
            [
                new DisclosureTable
                {
                    Kind = TableKinds.GeneralBudgetExpense, Title = "一般公共预算支出情况表", Unit = g.Unit, Columns = ["total", "basic", "project"],
                    Rows = g.Rows!.Select(r => r with { Values = new Dictionary<string, decimal> { ["total"] = r.Values.GetValueOrDefault("total") + (r.Code == "2080505" ? 10m : 0m) } }).ToList(),
                    Totals = new Dictionary<string, decimal>(),
                },
            ],
        };
        File.WriteAllText(Path.Combine(input, "budget.json"), DisclosureJson.Serialize(budget));
        File.Copy(SharedFiles.Corpus("final-2024-putuo-planning.pdf"), Path.Combine(input, "final.pdf"));
        Yusuan.Run("import", input, "--db", backend.Db);
        Assert.Equal(2, backend.Count("SELECT COUNT(*) FROM documents"));

        var r = Yusuan.Run("compare", "--entity", final.Entity!, "--year", final.Year!.ToString()!, "--db", backend.Db);
        Assert.True(r.Exit == 0, r.Out + r.Err);
        Assert.Contains("2080505\t机关事业单位基本养老保险缴费支出\t456.11\t—\t446.11\t-10.00\t97.81%", r.Out);
        var missing = Yusuan.Run("compare", "--entity", final.Entity!, "--year", "1999", "--db", backend.Db);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("1999 年的预算文件", missing.Err);
    }

    [Fact]
    public void The_default_store_is_under_yusuan_home_or_the_users_data_folder()
    {
        Assert.Equal(StoreBackend.DuckDb, StoreLocation.Resolve(null, v => v == "YUSUAN_HOME" ? "/srv/yusuan" : null).Backend);
        Assert.Equal("/srv/yusuan/yusuan.duckdb", StoreLocation.Resolve(null, v => v == "YUSUAN_HOME" ? "/srv/yusuan" : null).Target);
        Assert.EndsWith(Path.Combine(".local", "share", "openyusuan", "yusuan.duckdb"), StoreLocation.Resolve(null, _ => null).Target);
        var pg = StoreLocation.Resolve("Host=db.example;Database=yusuan;Password=secret");
        Assert.Equal(StoreBackend.PostgreSql, pg.Backend);
        Assert.DoesNotContain("secret", pg.Describe());
        Assert.Equal(StoreBackend.DuckDb, StoreLocation.Resolve("data/store.duckdb").Backend);
    }
}
