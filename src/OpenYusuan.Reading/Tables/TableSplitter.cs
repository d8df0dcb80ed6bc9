using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Finds where a table's header ends and its body begins. Header lines carry no amounts and
/// use only header vocabulary; the body starts at the first code, amount, row label or other text.</summary>
public static partial class TableSplitter
{
    // Characters that column headers of the standard tables are made of.
    private const string Vocabulary =
        "功能分类科目编码名称类款项经济预算数合计总计小计项目支出基本人员经费公用单位资金来源内容收入财政拨款补助一般公共" +
        "上级安排的转移支付政府性基金国有资本经营专户管理教育收费结转结余非工资福利商品和服务对个人家庭债务利息及用" +
        "资本性建设企业社会保障其他三公因出国境接待车购置运行明细年初事业上缴附属金额备注用途本级部门中央财力当年" +
        "会议培训维护机关、小其中决末";

    public static TableSplit Split(string kind, IReadOnlyList<SourceLine> lines, string defaultUnit)
    {
        string? unit = null, preparer = null;
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (!IsPreamble(line, ref unit, ref preparer)) break;
        }
        var header = new List<SourceLine>();
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (IsPreamble(line, ref unit, ref preparer)) continue;
            if (!IsHeaderLike(line, kind) || TotalBeforeFigures(lines, i)) break;
            header.Add(line);
        }
        return new TableSplit(unit ?? defaultUnit, preparer, header, lines.Skip(i).ToList());
    }

    /// <summary>编制单位/编制部门 and 单位 lines (together or apart), and a repeated title or year line.</summary>
    public static bool IsPreamble(SourceLine line, ref string? unit, ref string? preparer)
    {
        var c = line.Compact;
        var u = UnitPattern().Match(c);
        if (u.Success) unit ??= u.Groups[1].Value;
        var p = PreparerPattern().Match(line.Text);
        if (p.Success) preparer ??= p.Groups[1].Value.Trim();
        return p.Success || (u.Success && c.Length <= 12) || YearLine().IsMatch(c);
    }

    /// <summary>A 合计 line alone whose figures follow on the next lines (text extracted cell by cell) is the
    /// total row, not the 合计 column label.</summary>
    private static bool TotalBeforeFigures(IReadOnlyList<SourceLine> lines, int i)
    {
        if (lines[i].Compact is not ("合计" or "总计")) return false;
        var next = lines.Skip(i + 1).FirstOrDefault(l => !l.IsBlank);
        return next is not null && next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(t => AmountText.TryParse(t, false, out _));
    }

    public static bool IsHeaderLike(SourceLine line, string kind)
    {
        var tokens = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(t => AmountText.TryParse(t, allowInteger: false, out _))) return false;
        if (line.Compact.Contains('※')) return true;
        // A numbered line (一、一般公共预算财政拨款收入) is a row of a blank template, never a column label.
        if (OrdinalItem().IsMatch(line.Compact)) return false;
        if (TableKinds.HasFunctionalCodes(kind) || TableKinds.HasEconomicCodes(kind))
            if (new CodeParser().TryParseLeading(line.Text, out _, out _)) return false;
        foreach (var ch in line.Compact)
            if (ch is >= '\u4e00' and <= '\u9fff' && !Vocabulary.Contains(ch)) return false;
        return true;
    }

    [GeneratedRegex(@"(?:金额)?单位[:：](万元|元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"编制(?:单位|部门)[:：]\s*(.*?)(?:\s+(?:金额)?单位[:：].*)?$")]
    private static partial Regex PreparerPattern();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex OrdinalItem();

    [GeneratedRegex(@"^[(（]\d{4}年?[)）]$|^\d{4}年$")]
    private static partial Regex YearLine();
}
