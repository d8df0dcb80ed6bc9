using System.Text.Json;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>`audit` over many files: a folder is read with its sub-folders, files are audited in parallel but reported
/// in the order given, an unusable file keeps its place in JSON output with the reason, and one closing line says what
/// the batch came to even when exit 2 (a file could not be used) hides the errors of the others.</summary>
public sealed class AuditBatchTests() : TempFolder("batch")
{
    private (string Good, string Bad, string Other) Files()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "units"));
        var good = Path.Combine(Dir, "a-example.txt");
        File.Copy(SharedFiles.Example, good);
        var bad = Path.Combine(Dir, "units", "b-not-a-disclosure.txt");
        File.WriteAllText(bad, "这只是一段普通文字，不是预算公开文件。");
        var other = Path.Combine(Dir, "units", "c-example.txt");
        File.WriteAllText(other, File.ReadAllText(SharedFiles.Example).Replace("示例市财政局", "示例市审计局"));
        return (good, bad, other);
    }

    [Fact]
    public void Json_keeps_every_file_in_order_with_the_reason_for_an_unusable_one()
    {
        var (good, bad, other) = Files();
        var r = Yusuan.Run("audit", good, bad, other, "--format", "json");
        Assert.Equal(2, r.Exit);
        var records = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([good, bad, other], records.Select(x => x.GetProperty("document").GetString()));
        Assert.Contains("不是预算/决算公开文件", records[1].GetProperty("unusable").GetString());
        Assert.True(records[2].TryGetProperty("findings", out _));
    }

    [Fact]
    public void A_folder_is_read_with_its_sub_folders_and_closed_by_one_summary_line()
    {
        Files();
        var r = Yusuan.Run("audit", Dir);
        Assert.Equal(2, r.Exit);
        Assert.Contains("示例市财政局", r.Out);
        Assert.Contains("示例市审计局", r.Out);
        Assert.Contains("yusuan: 共 3 份：审核 2 份", r.Err);
        Assert.Contains("1 份无法使用：b-not-a-disclosure.txt", r.Err);
    }
}
