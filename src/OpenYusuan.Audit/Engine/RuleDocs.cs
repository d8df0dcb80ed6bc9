using System.Text;
using OpenYusuan.Audit.Rules;

namespace OpenYusuan.Audit.Engine;

/// <summary>Writes docs/rules.md from the registry: one entry per rule (what, why, how to fix, example).</summary>
public static class RuleDocs
{
    private static readonly Dictionary<string, string> Categories = new()
    {
        ["completeness"] = "YS01 完整性（completeness）", ["table"] = "YS02 表内勾稽（within a table）",
        ["cross"] = "YS03 表间勾稽（between tables）", ["narrative"] = "YS04 说明与表格（narrative）",
        ["percent"] = "YS05 百分比与同比（percentages）", ["codes"] = "YS06 科目编码与名称（codes and names）",
        ["text"] = "YS07 文字质量（text）", ["input"] = "YS09 输入问题（input problems, reported in the model's notes）",
    };

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# 审核规则目录 (rule catalogue)");
        sb.AppendLine();
        sb.AppendLine("Generated from `src/OpenYusuan.Audit/Rules/RuleCatalog.cs` by `./yusuan rules --format markdown`; a test fails when this file is out of date.");
        sb.AppendLine("Severities: error — the document contradicts itself beyond rounding, or something required is missing; warning — likely wrong but defensible; info — explained by rounding, or a correction the reader made. A difference that rounding of the printed figures explains (n × p/2 for a sum of n figures printed to precision p) is always info. A config file (`audit --config FILE`, `{ \"rules\": { \"YS0309\": \"error\", \"YS0601\": \"off\" } }`) raises, lowers or silences a rule by id.");
        sb.AppendLine();
        foreach (var group in RuleCatalog.All.GroupBy(r => r.Category))
        {
            sb.AppendLine($"## {Categories.GetValueOrDefault(group.Key, group.Key)}");
            sb.AppendLine();
            foreach (var r in group)
            {
                sb.AppendLine($"### {r.Id}");
                sb.AppendLine();
                sb.AppendLine($"**{r.Title}** — 默认级别 {r.DefaultSeverity.ToString().ToLowerInvariant()}");
                sb.AppendLine();
                sb.AppendLine($"- 消息：{r.Template}");
                sb.AppendLine($"- 为什么：{r.Why}");
                sb.AppendLine($"- 如何修改：{r.Fix}");
                sb.AppendLine($"- 示例：{r.Example}");
                sb.AppendLine();
            }
        }
        return sb.ToString();
    }
}
