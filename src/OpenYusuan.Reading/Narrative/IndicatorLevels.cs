using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Narrative;

/// <summary>The 一级/二级 labels of performance indicators as the page means them. A ruled PDF prints a group's label
/// once, vertically centred in its merged cell, so it reaches the reader on a middle row of the group: carried forward
/// it would name the rows above it wrongly. Where the indicators are numbered afresh in each group (指标1：…), the
/// numbering tells the groups and each takes the label printed inside it; a 二级 label tells its 一级 (数量指标 is an
/// 产出指标) where the 一级 cell is printed vertically, one character per line, and never reaches a cell.</summary>
public static partial class IndicatorLevels
{
    // The national 绩效目标 framework (财政部 项目支出绩效评价管理办法, 2020): each 二级指标 under its 一级指标.
    private static readonly Dictionary<string, string> Level1Of = new()
    {
        ["数量指标"] = "产出指标", ["质量指标"] = "产出指标", ["时效指标"] = "产出指标", ["成本指标"] = "产出指标",
        ["经济效益指标"] = "效益指标", ["社会效益指标"] = "效益指标", ["生态效益指标"] = "效益指标", ["可持续影响指标"] = "效益指标",
        ["服务对象满意度指标"] = "满意度指标", ["满意度指标"] = "满意度指标",
    };

    public static IReadOnlyList<Indicator> Regroup(IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) return indicators;
        var numbers = indicators.Select(i => Number().Match(i.Level3 ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value) : (int?)null).ToList();
        var result = indicators.ToList();
        if (numbers.All(n => n is not null) && numbers[0] == 1)
        {
            // Groups start where the numbering starts again at 1.
            var starts = Enumerable.Range(0, numbers.Count).Where(i => numbers[i] == 1).Append(numbers.Count).ToList();
            for (var g = 0; g + 1 < starts.Count; g++)
            {
                var range = Enumerable.Range(starts[g], starts[g + 1] - starts[g]).ToList();
                // The label carried into the group's first rows is the last group's; the one printed inside is its own.
                var own = range.Select(i => indicators[i].Level2).LastOrDefault(l => l is not null && (starts[g] == 0 || l != indicators[starts[g] - 1].Level2))
                          ?? indicators[range[^1]].Level2;
                foreach (var i in range) result[i] = result[i] with { Level2 = own };
            }
        }
        return result.Select(i => i.Level2 is { } l2 && Level1Of.TryGetValue(l2, out var l1) && i.Level1 != l1 ? i with { Level1 = l1 } : i).ToList();
    }

    [GeneratedRegex(@"^指标\s*(\d+)\s*[:：]")]
    private static partial Regex Number();
}
