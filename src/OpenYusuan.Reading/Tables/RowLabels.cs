using System.Text.RegularExpressions;
using OpenYusuan.Model;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Reading.Tables;

/// <summary>Labels that start a row without a code: 合计/总计 rows, the items of the “三公” table,
/// and the 为空表 notes printed in place of rows.</summary>
public static partial class RowLabels
{
    public static bool IsTotal(string compact) => TotalPattern().IsMatch(compact);

    /// <summary>The “三公” item a label names (spec items), or null.</summary>
    public static string? ThreePublicItem(string text)
    {
        var k = TextNormalizer.Key(text);
        k = Regex.Replace(k, @"^(其中|含)[:：]?", "");
        if (k.StartsWith("合计") || k.StartsWith("总计") || k.StartsWith("\"三公\"经费") || k.StartsWith("三公经费")) return "total";
        k = Regex.Replace(k, @"^(\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、．])", "");
        k = Regex.Replace(k, @"^(其中|含)[:：]?", "");
        if (k.StartsWith("因公出国")) return "abroad";
        if (k.StartsWith("公务接待")) return "reception";
        if (k.StartsWith("公务用车购置及运行") || k.StartsWith("公务用车购置和运行")) return "vehicle";
        if (k.StartsWith("公务用车购置")) return "vehicle_purchase";
        if (k.StartsWith("公务用车运行")) return "vehicle_operation";
        if (k.StartsWith("机关运行经费") || k.StartsWith("行政经费")) return "operating_costs";
        return null;
    }

    public static bool StartsRow(string kind, string text) =>
        TableKinds.IsThreePublic(kind) ? ThreePublicItem(text) is not null : IsTotal(TextNormalizer.Compact(text));

    /// <summary>The footnote under a table ("注：本表反映…"): not a row.</summary>
    public static bool IsFootnote(string compact) => compact.StartsWith("注:") || compact.StartsWith("注：");

    /// <summary>An empty-table note as the model keeps it: without its 备注：/说明：/注： label.</summary>
    public static string NoteText(string compact) => NoteLabel().Replace(compact, "");

    /// <summary>A sentence printed in place of rows: "…没有…支出，…为空表。" / "本表无数据".</summary>
    public static bool IsEmptyNote(string compact) => EmptyNotePattern().IsMatch(compact);

    [GeneratedRegex(@"^(合计|总计|本年合计|收入总计|支出总计|人员经费合计|公用经费合计)(?![\u4e00-\u9fff])")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"^(备注|说明|注)[:：]")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"为空表|无数据|没有(使用)?.{0,20}(安排|收入|支出)|^(备注|说明|注)[:：].{0,40}(没有|无)[^。，,.；;、]")]
    private static partial Regex EmptyNotePattern();
}
