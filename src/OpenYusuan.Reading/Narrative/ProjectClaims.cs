using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Section 七's project descriptions: one claim per project (topic project) with its name, 预算安排规模
/// as the amount, and every labelled field (设立的政策依据, 项目承担单位, 资金分配情况, 资金执行时间, and the
/// 补贴 fields when printed).</summary>
public static partial class ProjectClaims
{
    private static readonly (string Label, string Field)[] Labels =
    [
        ("设立的政策依据", "basis"), ("政策依据", "basis"), ("预算安排规模", "amount"), ("项目承担单位", "owner"),
        ("资金分配情况", "allocation"), ("资金执行时间", "period"), ("资金来源", "source"), ("补贴人数", "subsidy_people"),
        ("补贴标准", "subsidy_standard"), ("补贴范围", "subsidy_scope"), ("补贴方式", "subsidy_method"),
        ("发放程序", "procedure"), ("受益人群和社会效益", "beneficiaries"),
    ];

    public static IReadOnlyList<Claim> Extract(string text, int[] lineAt)
    {
        var claims = new List<Claim>();
        var starts = ProjectName().Matches(text).Select(m => m.Index).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            var block = text[starts[i]..end];
            var fields = new Dictionary<string, string>();
            var positions = Labels.Select(l => (l, at: block.IndexOf(l.Label + "：", StringComparison.Ordinal) is var a and >= 0 ? a : block.IndexOf(l.Label + ":", StringComparison.Ordinal)))
                .Where(x => x.at >= 0).OrderBy(x => x.at).ToList();
            // "政策依据" also occurs inside "设立的政策依据": keep the longer label only.
            positions.RemoveAll(x => positions.Any(y => y.l.Label.Length > x.l.Label.Length && x.at >= y.at && x.at < y.at + y.l.Label.Length));
            var nameMatch = ProjectName().Match(block);
            var nameEnd = positions.Count > 0 ? positions[0].at : block.Length;
            var name = Regex.Replace(block[nameMatch.Length..nameEnd], @"\s*\n\s*", "").Trim();
            for (var k = 0; k < positions.Count; k++)
            {
                var (label, at) = positions[k];
                if (fields.ContainsKey(label.Field)) continue;
                var valueStart = at + label.Label.Length + 1;
                var valueEnd = k + 1 < positions.Count ? positions[k + 1].at : block.Length;
                fields[label.Field] = Regex.Replace(block[valueStart..Math.Max(valueStart, valueEnd)], @"\s*\n\s*", "").Trim().TrimEnd('。');
            }
            decimal? amount = null;
            if (fields.TryGetValue("amount", out var a2) && Amount().Match(a2) is { Success: true } m)
            {
                amount = Money.Parse(m.Groups[1].Value);
                fields["unit"] = m.Groups[2].Value;
            }
            claims.Add(new Claim
            {
                Subject = name, Project = name, Topic = "project", Amount = amount, Fields = fields,
                Loc = Location.AtLine(starts[i] < lineAt.Length ? lineAt[starts[i]] : 0),
            });
        }
        return claims;
    }

    [GeneratedRegex(@"项目名称\s*[:：]\s*")]
    private static partial Regex ProjectName();

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*(万元|元)")]
    private static partial Regex Amount();
}
