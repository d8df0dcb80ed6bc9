using System.Globalization;
using System.Text;

namespace OpenYusuan.Store.Import;

/// <summary>The closing count of an import, over every file it was given (those a stopped earlier run already
/// finished included, so a resumed import ends with the same summary as an uninterrupted one).</summary>
public sealed record ImportSummary(int Files, int Documents, int Tables, long Cells, int Errors, int Warnings, int Infos,
    IReadOnlyList<(string Path, string Reason)> Failures, int ReadNow, TimeSpan Elapsed)
{
    /// <summary>Documents this run made by joining the parts of a publication published as several files.</summary>
    public int Joined { get; init; }

    public string ToText(string store)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"导入完成（{store}）：{Files} 个文件，{Documents} 份文件入库（本次读取 {ReadNow} 份，用时 {Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒）");
        if (Joined > 0) sb.AppendLine($"  分开发布的几部分合成 {Joined} 份文件（情况说明与报表等按主体和年度配对）");
        sb.AppendLine($"  表 {Tables} 张，数据单元格 {Cells} 个");
        sb.AppendLine($"  审核发现：错误 {Errors}，警告 {Warnings}，提示 {Infos}");
        if (Failures.Count == 0) sb.AppendLine("  无失败文件");
        else
        {
            sb.AppendLine($"  失败 {Failures.Count} 个（记录在 import_failures 中，未入库）：");
            foreach (var (path, reason) in Failures) sb.AppendLine($"    {path}: {reason}");
        }
        return sb.ToString();
    }
}
