using System.Diagnostics;
using OpenYusuan.Reading.Tests.Support;
using OpenYusuan.Web.Tests.Support;

namespace OpenYusuan.Web.Tests;

/// <summary>DuckDB has one writing process: while `serve` holds the store, `yusuan import` in another process is refused
/// before writing anything, and says where to upload instead.</summary>
[Collection("web")]
public sealed class ImportWhileServingTests(WebServerFixture web)
{
    [SkippableFact]
    public async Task Import_in_another_process_is_refused_with_the_servers_address()
    {
        Skip.If(WebServerFixture.Missing is not null, WebServerFixture.Missing);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "yusuan.dll"), "import", SharedFiles.Example, "--db", web.Options.Db! })
            start.ArgumentList.Add(arg);
        using var import = Process.Start(start)!;
        var error = await import.StandardError.ReadToEndAsync();
        await import.WaitForExitAsync();
        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"正由 yusuan serve（{web.BaseUrl}）使用；未做任何改动", error);
    }
}
