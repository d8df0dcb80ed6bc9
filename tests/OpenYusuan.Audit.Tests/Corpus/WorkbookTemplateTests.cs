using OpenYusuan.Audit.Engine;
using OpenYusuan.Model.Findings;
using OpenYusuan.Reading;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Corpus;

/// <summary>The blank Shanghai 2026 workbooks budget offices hand out (cover, 目录 without dot leaders, narrative
/// sheets, one sheet per table with merged headers): every table is found by its title, the 目录 is not taken for
/// tables or sections, and the audit says exactly what is missing — each table has no figures and no 空表 note.</summary>
public sealed class WorkbookTemplateTests
{
    [SkippableTheory]
    [InlineData("budget-template-shanghai-2026-department.xlsx")]
    [InlineData("budget-template-shanghai-2026-unit.xlsx")]
    public void Blank_template_reads_nine_tables_and_reports_each_as_empty(string name)
    {
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var path = SharedFiles.Corpus(name);
        Skip.IfNot(File.Exists(path), $"{path} missing");
        var model = DisclosureReader.Read(path);
        Assert.Equal("xlsx", model.Source!.Format);
        Assert.Equal("shanghai-budget", model.Template);
        Assert.Equal(["summary", "income", "expense", "fiscal_summary", "general_budget_expense", "gov_fund_expense",
            "state_capital_expense", "basic_expense", "three_public"], model.Tables.Select(t => t.Kind));
        Assert.NotEmpty(model.Glossary);
        // The 目录 lists the nine tables as "1. 2026年…表" under "五、…预算表".
        Assert.Equal(model.Tables.Select(t => t.Kind), model.Toc.Where(e => e.Kind is not null).Select(e => e.Kind!));
        var all = new Auditor().Audit(model, path).Findings.Where(f => f.Severity != Severity.Info).ToList();
        // A blank template also never audits clean as a whole (YS0110), and its narrative's XX slots are reported (YS0702).
        Assert.Single(all, f => f.Rule == "YS0110");
        Assert.Single(all, f => f.Rule == "YS0702");
        var findings = all.Where(f => f.Rule is not ("YS0110" or "YS0702")).ToList();
        Assert.Equal(9, findings.Count);
        Assert.All(findings, f => Assert.Equal("YS0104", f.Rule));
        Assert.Equal(model.Tables.Select(t => t.Kind), findings.Select(f => f.Location.Table));
    }
}
