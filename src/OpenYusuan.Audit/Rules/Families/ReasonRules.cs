using System.Text.RegularExpressions;
using OpenYusuan.Audit.Engine;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>YS0707: a reason announced and not given (主要原因是。); YS0708: the reason for a decrease that speaks only
/// of increases, or the reason for an increase that speaks only of cuts.</summary>
/// <remarks>Kept conservative: a reason is against its claim only when it has no word at all of the claim's own
/// direction, and a reason for an increase that mentions last year or a negation ("上年压减，今年无压减") is left
/// alone. A reason announced with a colon and given on the next line is a reason.</remarks>
public sealed partial class ReasonRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.ReasonEmpty.Id, RuleCatalog.ReasonAgainstDirection.Id];

    public void Run(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
            foreach (Match m in Empty().Matches(text))
                context.Report(RuleCatalog.ReasonEmpty, NarrativeView.At(section, sub, m.Index), new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["text"] = m.Value, ["context"] = TextQuote.Around(text, m.Index, m.Length, 30, 2),
                });
        foreach (var placed in NarrativeView.Claims(context.Document))
        {
            var c = placed.Claim;
            if (c.Reason is not { Length: > 0 } reason) continue;
            var against = c.Direction switch
            {
                "decrease" when !Down().IsMatch(reason) => Up().Match(reason),
                "increase" when !Rise().IsMatch(reason) && !Negated().IsMatch(reason) => Cut().Match(reason),
                _ => Match.Empty,
            };
            if (!against.Success) continue;
            context.Report(RuleCatalog.ReasonAgainstDirection, placed.Location, new Dictionary<string, string>
            {
                ["section"] = placed.Section.Number.ToString(), ["subject"] = (c.Subject ?? c.Item ?? c.Code ?? "").Trim('“', '”', '"'),
                ["direction"] = c.Direction == "decrease" ? "减少" : "增加", ["word"] = against.Value, ["reason"] = reason.Trim(),
            });
        }
    }

    // 原因是 / 原因为 / 原因： directly followed by the sentence's end (a bare "…等原因。" ends a reason, not announces one).
    [GeneratedRegex(@"(?:主要)?原因(?:(?:是|为|主要是|主要为)[ \t]*[:：]?|[ \t]*[:：])[ \t]*(?=[。；;])")]
    private static partial Regex Empty();

    // Only words that say an amount grew: "提高资金使用效益" may well explain a cut.
    [GeneratedRegex(@"增加|新增|增长|上升|上涨|增多|调增|追加")]
    private static partial Regex Up();

    // Anything that can explain an increase: a rise, a higher standard, something new, a back payment.
    [GeneratedRegex(@"增|提高|提升|扩大|新|上调|调标|补|追加|上涨|上升|多")]
    private static partial Regex Rise();

    [GeneratedRegex(@"减少|压减|下降|降低|缩减|削减|调减|核减")]
    private static partial Regex Cut();

    // Anything that can explain a decrease: a cut, savings, an end, a move, a one-off, nothing arranged.
    [GeneratedRegex(@"减|降|压|缩|少|节约|节支|节俭|厉行|紧日子|取消|未|不再|无|没有|停|撤|退|到期|结束|完成|调整|转|核|清理|合并|划|收回|一次性|剥离|整合|统筹|改革|变化|变动|下放|移交")]
    private static partial Regex Down();

    // A reason for an increase that speaks of last year's cut or says there is none this year.
    [GeneratedRegex(@"上年|去年|上一年|以前年度|20\d\d年|无|未|不|没有|持平")]
    private static partial Regex Negated();
}
