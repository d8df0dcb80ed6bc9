using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using OpenYusuan.App;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Store;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>The reviewer's path through a corpus PDF: upload, findings beside the drawn pages, a finding's box, a dismissal
/// that outlives a re-read, the findings as a workbook.</summary>
[Collection("web")]
public sealed class ReviewTests(WebServerFixture web)
{
    private const string Pdf = "budget-2024-putuo-wanli.pdf";

    private static int AuditedFindings() =>
        new DisclosureWorkflows().Check(new DocumentBytes(Pdf, File.ReadAllBytes(SharedFiles.Corpus(Pdf)))).Report.Findings.Count;

    [SkippableFact]
    public async Task An_uploaded_corpus_pdf_opens_with_the_findings_the_auditor_makes()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        Skip.If(SharedFiles.Shared is null, SharedFiles.Missing);
        var page = await web.Reviewer.NewPageAsync();
        var url = await web.Upload(page, SharedFiles.Corpus(Pdf));
        Assert.Matches("^/documents/[0-9a-f]{64}$", url);
        await page.GotoAsync(url);
        var expected = AuditedFindings();
        Assert.True(expected > 0);
        Assert.Equal(expected, await page.Locator("li.finding").CountAsync());
        Assert.Matches(@"^YS\d{4}$", await page.Locator("li.finding .rule").First.InnerTextAsync());
        Assert.Contains($"显示 {expected} / {expected} 条审核发现", await page.Locator(".count").InnerTextAsync());
        // The filter by severity keeps only that severity.
        await page.GetByLabel("级别").SelectOptionAsync("error");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var shown = await page.Locator("li.finding").CountAsync();
        Assert.True(shown > 0 && shown <= expected);
        Assert.Equal(shown, await page.Locator("li.finding.sev-error").CountAsync());
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task Clicking_a_finding_scrolls_to_its_box_drawn_on_its_page()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus(Pdf);
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("#pdf[data-rendered]", new() { Timeout = 60_000 });
        var finding = page.Locator("li.finding[data-box]").Last;
        var key = await finding.GetAttributeAsync("data-key");
        var pageNo = await finding.GetAttributeAsync("data-page");
        var rule = await finding.GetAttributeAsync("data-rule");
        await finding.GetByRole(AriaRole.Button, new() { Name = "在页面上显示" }).ClickAsync();
        var box = page.Locator($".pdfpage[data-page=\"{pageNo}\"] .box[data-key=\"{key}\"]");
        Assert.Equal(1, await box.CountAsync());
        await Assertions.Expect(box).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await Assertions.Expect(box).ToBeInViewportAsync();
        // The box lies inside its page's canvas, and that page was drawn (pdf.js painted pixels on it).
        var frame = await page.Locator($".pdfpage[data-page=\"{pageNo}\"]").BoundingBoxAsync();
        var at = await box.BoundingBoxAsync();
        Assert.True(at!.X >= frame!.X - 4 && at.Y >= frame.Y - 4 && at.X + at.Width <= frame.X + frame.Width + 4 && at.Y + at.Height <= frame.Y + frame.Height + 4);
        var painted = await page.EvaluateAsync<bool>($"(() => {{ const c = document.querySelector('.pdfpage[data-page=\"{pageNo}\"] canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 128) return true; return false; }})()");
        Assert.True(painted);
        // Clicking the box shows the finding with its rule's page.
        await page.Locator("#detail .close").ClickAsync();
        await box.ClickAsync();
        await Assertions.Expect(page.Locator("#detail")).ToBeVisibleAsync();
        Assert.Contains(rule!, await page.Locator("#detail").InnerTextAsync());
        Assert.Equal($"/rules#{rule!.ToLowerInvariant()}", await page.Locator("#detail a.rule").GetAttributeAsync("href"));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task A_dismissal_with_its_note_survives_a_reread_and_a_second_upload()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus(Pdf);
        var hash = url.Split('/')[^1];
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync(url);
        var finding = page.Locator("li.finding").First;
        var key = await finding.GetAttributeAsync("data-key");
        await finding.GetByLabel("处理意见").FillAsync("经核对为印刷错误，已与单位确认");
        await finding.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        var mine = page.Locator($"#f-{key}");
        await Assertions.Expect(mine.Locator(".decision")).ToHaveTextAsync("已驳回：经核对为印刷错误，已与单位确认");

        // Re-read: the document's rows are replaced (its read time moves), the decision stays on the finding's key.
        web.Store.Use(c => Sql.Execute(c, null, "UPDATE stored_documents SET read_at = '2000-01-01T00:00:00Z' WHERE hash = $1", hash));
        await page.GetByRole(AriaRole.Button, new() { Name = "重新读取并审核" }).ClickAsync();
        await page.WaitForURLAsync(web.BaseUrl + url);
        Assert.NotEqual("2000-01-01T00:00:00Z", web.Store.Use(c => (string)Sql.Scalar(c, null, "SELECT read_at FROM stored_documents WHERE hash = $1", hash)!));
        await Assertions.Expect(page.Locator($"#f-{key} .decision")).ToHaveTextAsync("已驳回：经核对为印刷错误，已与单位确认");

        // The same bytes uploaded again are the same document, with the same decision.
        Assert.Equal(url, await web.Upload(page, SharedFiles.Corpus(Pdf)));
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator($"#f-{key} .decision")).ToHaveTextAsync("已驳回：经核对为印刷错误，已与单位确认");
        // Withdrawn, it is open again.
        await page.Locator($"#f-{key}").GetByRole(AriaRole.Button, new() { Name = "撤销" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#f-{key} .decision")).ToHaveTextAsync("未处理");
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_findings_export_as_a_workbook_with_one_row_per_finding()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus(Pdf);
        var page = await web.Reviewer.NewPageAsync();
        await page.GotoAsync(url);
        var rules = await page.Locator("li.finding .rule").AllInnerTextsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "XLSX" }).First.ClickAsync());
        Assert.EndsWith("-审核发现.xlsx", download.SuggestedFilename);
        var file = Path.Combine(web.Dir, "findings.xlsx");
        await download.SaveAsAsync(file);
        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["文件", "单位", "年度", "规则", "级别", "问题"], rows[0].Take(6));
        Assert.Equal(rules.Count, rows.Count - 1);
        Assert.Equal(rules.Order(), rows.Skip(1).Select(r => r[3]).Order());
        Assert.All(rows.Skip(1), r => Assert.Equal(Pdf, r[0]));
        Assert.All(rows.Skip(1), r => Assert.Contains(r[4], new[] { "错误", "警告", "提示" }));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_parsed_tables_and_the_corrected_disclosure_download_as_workbook_docx_and_pdf()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var url = await web.Corpus(Pdf);
        var request = web.Reviewer.APIRequest;
        var tables = await request.GetAsync(url + "/tables.xlsx");
        Assert.Equal(200, tables.Status);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await tables.BodyAsync()), false))
            Assert.True(workbook.WorkbookPart!.WorksheetParts.Count() >= 8);
        var docx = await request.GetAsync(url + "/render.docx");
        Assert.Equal(200, docx.Status);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.BodyAsync()), false))
            Assert.Contains(web.EntityOf(url), document.MainDocumentPart!.Document.InnerText);
        var pdf = await request.GetAsync(url + "/render.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync(), 0, 4));
    }
}
