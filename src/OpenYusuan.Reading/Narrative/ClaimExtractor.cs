using System.Globalization;
using System.Text.RegularExpressions;
using OpenYusuan.Model;

namespace OpenYusuan.Reading.Narrative;

/// <summary>Extracts what a (sub)section states about each subject: its amount, share (占 x%), change against
/// last year (增加/减少 X 万元, 增长/下降 Y%, 持平, 新增, 未安排) and reason. A subject's figures may come in
/// consecutive sentences ("“三公”经费 1.20 万元…" then "“三公”经费比上年增加…"): they are gathered into one claim.</summary>
public sealed partial class ClaimExtractor(ClaimSubjects subjects, string? entity, bool final = false)
{
    private sealed class Draft
    {
        public required string Subject { get; init; }
        public required ClaimSubjects.Resolved Resolved { get; init; }
        public required int Line { get; init; }
        public int Start { get; set; } = -1;
        public int End { get; set; }
        public decimal? Amount, Restated, Share, Change, ChangePct, StatedPrior, InitialBudget, Completion;
        public string? Direction, Reason;

        public string Key => Resolved.Code ?? (Resolved.Item is { } i ? (Resolved.Group ?? Resolved.Topic ?? "") + ":" + i : Resolved.Topic) ?? Subject;
    }

    public IReadOnlyList<Claim> Extract(string text, int[] lineAt)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        decimal? pendingPrior = null;
        var clauseStart = 0;
        foreach (Match m in Mention().Matches(text))
        {
            var before = text[Boundary(text, clauseStart, m.Index)..m.Index];
            clauseStart = m.Index + m.Length;
            var line = m.Index < lineAt.Length ? lineAt[m.Index] : lineAt.LastOrDefault();
            // "决算数较预算数减少 5.91 万元", "决算数同预算数持平": a 决算 compares with its budget there, not with last year.
            if (final && (m.Groups["change"].Success || m.Groups["pct"].Success || m.Groups["flat"].Success) && VersusBudget().IsMatch(before)) continue;
            if (m.Groups["change"].Success)
            {
                var target = SubjectOf(before) is { Length: > 0 } s ? Find(drafts, s) ?? Add(drafts, s, line) : current;
                if (target is null || target.Change is not null) continue; // a second change for the same claim is another subject's
                target.Change = Number(m.Groups["change"].Value);
                // "较上年增加 74.97 万元（92.82%）": the rate printed in brackets after a change against last year is the
                // claim's change_pct. Without the comparison ("其中人员经费增加 30 万元（60%）") it may be a share of a change.
                if (m.Groups["cpct"].Success && AgainstLastYear().IsMatch(before)) target.ChangePct ??= Number(m.Groups["cpct"].Value);
                target.Direction ??= Direction(m.Groups["cdir"].Value);
                current = target;
            }
            else if (m.Groups["pct"].Success)
            {
                var target = SubjectOf(before) is { Length: > 0 } s ? Find(drafts, s) ?? Add(drafts, s, line) : current;
                if (target is null || target.ChangePct is not null) continue;
                target.ChangePct = Number(m.Groups["pct"].Value);
                target.Direction ??= Direction(m.Groups["pdir"].Value);
                current = target;
            }
            else if (m.Groups["rate"].Success) { if (current is not null) current.Completion ??= Number(m.Groups["rate"].Value); }
            else if (m.Groups["share"].Success) { if (current is not null) current.Share ??= Number(m.Groups["share"].Value); }
            else if (m.Groups["reason"].Success) { if (current is not null) current.Reason ??= m.Groups["reason"].Value.Trim(); }
            else if (m.Groups["flat"].Success) { if (current is not null) current.Direction = "flat"; }
            else if (m.Groups["none"].Success)
            {
                if (SubjectOf(before) is { Length: > 0 } s)
                {
                    var d = Find(drafts, s) ?? Add(drafts, s, line);
                    d.Direction = "none";
                    if (d.Start < 0) d.Start = m.Index - before.Length;
                    d.End = Math.Max(d.End, m.Index + m.Length);
                }
                continue;
            }
            else if (m.Groups["amount"].Success)
            {
                var subject = SubjectOf(before);
                // The claim is located where its subject is printed, not where its figure is.
                var start = Boundary(text, 0, m.Index);
                // "…行政运行（项）：2024 年预算数为 1.20 万元": the subject is the clause before the colon.
                var b = start;
                while (b > 0 && text[b - 1] == '\n') b--;
                if (subject is not { Length: > 0 } && b > 0 && text[b - 1] is '：' or ':')
                {
                    start = Boundary(text, 0, b - 1);
                    subject = SubjectOf(text[start..(b - 1)]);
                }
                // "收入预算 71094.17 万元，比 2025 年年初预算数 69043.50 万元增加…": the figure after 比/较 is the
                // comparison base of the claim before it, not a claim of its own.
                if (current is not null && ComparedWith().IsMatch((subject ?? before.Trim()).Replace(" ", "")))
                {
                    current.StatedPrior ??= Number(m.Groups["amount"].Value);
                    current.End = Math.Max(current.End, m.Index + m.Length);
                    continue;
                }
                if (subject is not { Length: > 0 }) continue;
                if (final && FinalFigure().Match(subject) is { Success: true } ff && FinalItem(ff, text, start, drafts, current, lineAt, line) is { } item)
                {
                    // A 决算 states an item's 年初预算 and its 决算 side by side: one claim, amount = the 决算.
                    var figure = Number(m.Groups["amount"].Value);
                    if (ff.Groups["budget"].Success) item.InitialBudget ??= figure;
                    else item.Amount ??= figure;
                    if (item.Start < 0) item.Start = start;
                    item.End = Math.Max(item.End, m.Index + m.Length);
                    current = item;
                    continue;
                }
                // "2024年当年预算执行数为846.30万元，2025年预算安排891.75万元，比…增加5.37%": last year's figure is
                // stated, then this year's again — both belong to the item named before.
                if (LastYear().IsMatch(subject)) { pendingPrior = Number(m.Groups["amount"].Value); continue; }
                if (ThisYear().IsMatch(subject) && current is not null)
                {
                    var figure = Number(m.Groups["amount"].Value);
                    // "机关服务（项）48.00万元 … 2024年预算安排39.60万元": the same item's amount stated again, in the same
                    // paragraph, with another figure — kept, so the audit can say the item contradicts itself.
                    if (current.Amount is { } first && first != figure)
                    {
                        if (current.Start < 0 || text.IndexOf('\n', current.Start, m.Index - current.Start) >= 0) goto other;
                        current.Restated ??= figure;
                    }
                    current.Amount ??= figure;
                    current.StatedPrior ??= pendingPrior;
                    pendingPrior = null;
                    current.End = Math.Max(current.End, m.Index + m.Length);
                    continue;
                }
                other:
                while (start < text.Length - 1 && char.IsWhiteSpace(text[start])) start++;
                var existing = Find(drafts, subject);
                current = existing is { Amount: null } ? existing : Add(drafts, subject, start < lineAt.Length ? lineAt[start] : line);
                current.Amount = Number(m.Groups["amount"].Value);
                if (m.Groups["new"].Success) current.Direction ??= "new";
                if (current.Start < 0) current.Start = start;
            }
            if (current is not null) current.End = Math.Max(current.End, m.Index + m.Length);
        }
        return drafts.Where(d => d.Amount is not null || d.InitialBudget is not null || d.Direction is not null).Select(ToClaim)
            .Concat(Vehicles(text, lineAt)).Concat(Assets(text, lineAt)).Concat(PerformanceCounts(text, lineAt))
            .Concat(Staffing(text, lineAt)).ToList();
    }

    /// <summary>人员: 编制数, 实有人数, 在职, 退休, 离休 with their printed changes, one claim per figure (topic staffing).</summary>
    private static IEnumerable<Claim> Staffing(string text, int[] lineAt) =>
        StaffingMentions.In(text).Select(m => new Claim
        {
            Subject = text.Substring(m.Index, m.Length), Topic = "staffing", Item = m.Item,
            Direction = m.Change switch { > 0 => "increase", < 0 => "decrease", 0 => "flat", _ => null },
            Change = m.Change is { } c ? Math.Abs(c) : null,
            Fields = new Dictionary<string, string> { ["count"] = m.Count.ToString() },
            Loc = Location.AtLine(m.Index < lineAt.Length ? lineAt[m.Index] : 0), Span = [m.Index, m.Index + m.Length],
        });

    /// <summary>国有资产: 房屋 m² and value, 办公家具, 其他资产, large equipment counts (held, and planned for purchase).</summary>
    private static IEnumerable<Claim> Assets(string text, int[] lineAt)
    {
        Claim Make(Match m, string item, decimal? amount, Dictionary<string, string> fields) => new()
        {
            Subject = m.Value.Length > 30 ? m.Value[..30] : m.Value, Topic = "assets", Item = item, Amount = amount, Fields = fields,
            Loc = Location.AtLine(m.Index < lineAt.Length ? lineAt[m.Index] : 0), Span = [m.Index, m.Index + m.Length],
        };
        foreach (Match m in Buildings().Matches(text))
            yield return Make(m, "buildings", Number(m.Groups["value"].Value), new() { ["area_m2"] = m.Groups["area"].Value.Replace(",", "") });
        foreach (Match m in AssetValue().Matches(text))
            yield return Make(m, m.Groups["kind"].Value.Contains("家具") ? "furniture" : "other_assets", Number(m.Groups["value"].Value), []);
        foreach (Match m in Equipment().Matches(text))
        {
            var planned = text[Math.Max(0, m.Index - 40)..m.Index].Contains("购置");
            yield return Make(m, $"{(planned ? "planned_" : "")}equipment_over_{m.Groups["threshold"].Value}", null, new() { ["count"] = m.Groups["count"].Value });
        }
    }

    /// <summary>预算绩效: "整体预算绩效目标 1 个，涉及金额 1,204.71 万元；当年财政拨款项目 3 个，涉及预算金额 700.05 万元…"
    /// → one claim per kind of target with its count and amount.</summary>
    private static IEnumerable<Claim> PerformanceCounts(string text, int[] lineAt)
    {
        foreach (Match m in TargetCount().Matches(text))
        {
            var kind = m.Groups["kind"].Value;
            var item = kind.Contains("整体") ? "overall_targets" : kind.Contains("非财政") ? "nonfiscal_projects" : "fiscal_projects";
            yield return new Claim
            {
                Subject = kind, Topic = "performance_counts", Item = item, Amount = Number(m.Groups["amount"].Value),
                Fields = new Dictionary<string, string> { ["count"] = Count(m.Groups["count"].Value) },
                Loc = Location.AtLine(m.Index < lineAt.Length ? lineAt[m.Index] : 0),
            };
        }
    }

    /// <summary>国有资产: "车辆 2 辆，价值 52.31 万元；其中：一般公务用车 1 辆…" → one assets claim per kind of vehicle with its count.</summary>
    private static IEnumerable<Claim> Vehicles(string text, int[] lineAt)
    {
        foreach (Match m in VehicleCount().Matches(text))
        {
            var item = m.Groups["kind"].Value switch
            {
                "一般公务用车" => "general_vehicles", "执法执勤用车" => "enforcement_vehicles", "特种专业技术用车" => "special_vehicles",
                "其他车辆" or "其他用车" => "other_vehicles", _ => "vehicles",
            };
            yield return new Claim
            {
                Subject = m.Groups["kind"].Value, Topic = "assets", Item = item,
                Amount = m.Groups["value"].Success ? Number(m.Groups["value"].Value) : null,
                Fields = new Dictionary<string, string> { ["count"] = Count(m.Groups["count"].Value) },
                Loc = Location.AtLine(m.Index < lineAt.Length ? lineAt[m.Index] : 0),
            };
        }
    }

    /// <summary>A count printed in digits or in words ("五辆").</summary>
    private static string Count(string s) => char.IsAsciiDigit(s[0]) ? s : ChineseNumbers.Parse(s.Replace('两', '二'))?.ToString() ?? s;

    private Draft Add(List<Draft> drafts, string subject, int line)
    {
        var d = new Draft { Subject = subject, Resolved = subjects.Resolve(subject), Line = line };
        drafts.Add(d);
        return d;
    }

    /// <summary>A claim already open for the same subject (by what it resolves to, else by its words).</summary>
    private Draft? Find(List<Draft> drafts, string subject)
    {
        var resolved = subjects.Resolve(subject);
        var probe = new Draft { Subject = subject, Resolved = resolved, Line = 0 };
        // An unresolved subject is the same when its words are ("收入支出总计 9,859.38 万元。与上年相比，收入支出总计增加…").
        return resolved == new ClaimSubjects.Resolved() ? drafts.LastOrDefault(d => d.Subject == subject) : drafts.LastOrDefault(d => d.Key == probe.Key);
    }

    private static Claim ToClaim(Draft d)
    {
        decimal? prior = d.Amount is { } a && d.Change is { } c && d.Direction is "increase" or "decrease"
            ? d.Direction == "increase" ? a - c : a + c
            : d.StatedPrior;
        return new Claim
        {
            Subject = d.Subject, Code = d.Resolved.Code, Item = d.Resolved.Item, Topic = d.Resolved.Topic,
            Amount = d.Amount, Restated = d.Restated, InitialBudget = d.InitialBudget, Completion = d.Completion, Share = d.Share, Change = d.Change, ChangePct = d.ChangePct, Direction = d.Direction,
            Prior = prior, PriorStated = d.StatedPrior is { } sp && sp != prior ? sp : null, Reason = d.Reason, Loc = Location.AtLine(d.Line),
            Span = d.Start >= 0 && d.End > d.Start ? [d.Start, d.End] : null,
        };
    }

    /// <summary>Whose 年初预算 or 决算 figure this is: the subject printed with it ("会议费预算"), the item named just before
    /// ("学前教育（项）。年初预算…"), or the claim still open without that figure.</summary>
    private Draft? FinalItem(Match ff, string text, int start, List<Draft> drafts, Draft? current, int[] lineAt, int line)
    {
        var head = ff.Groups["head"].Value;
        if (head.Length > 0) return Find(drafts, head) ?? Add(drafts, head, line);
        if (NamedBefore(text, start, drafts, lineAt) is { } named) return named;
        var open = ff.Groups["budget"].Success ? current is { InitialBudget: null, Amount: null } : current is { Amount: null };
        return open ? current : null;
    }

    /// <summary>The item a 决算 paragraph names on its own before its figures ("学前教育（项）。[主要用于：…。]年初预算…"): the
    /// nearest of the sentences before <paramref name="start"/> that is nothing but a 类/款/项 path (resolved or not), as long
    /// as no sentence between states an amount (that would be another item's).</summary>
    private Draft? NamedBefore(string text, int start, List<Draft> drafts, int[] lineAt)
    {
        var end = start;
        for (var hop = 0; hop < 3; hop++)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == 0 || text[end - 1] is not ('。' or '：' or ':' or '；' or ';')) return null;
            var from = end - 1;
            while (from > 0 && text[from - 1] is not ('。' or '；' or ';' or '\n')) from--;
            var sentence = text[from..(end - 1)];
            if (sentence.Contains("万元")) return null;
            if (SubjectOf(sentence) is { } subject && ClaimSubjects.IsPath(subject))
            {
                var d = Find(drafts, subject) ?? Add(drafts, subject, from < lineAt.Length ? lineAt[from] : lineAt.LastOrDefault());
                if (d.Start < 0) d.Start = from;
                return d;
            }
            end = from;
        }
        return null;
    }

    /// <summary>Where the words naming this mention's subject begin: after the last punctuation that ends a clause.</summary>
    private static int Boundary(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
            if ("。；;，,：:\n".Contains(text[i])) return i + 1;
        return from;
    }

    /// <summary>The subject words, without numbering, entity, year and linking words ("预算数为", "比上年预算").</summary>
    private static readonly char[] SubjectMarks = [' ', '，', '、', '：', ':'];

    private string? SubjectOf(string words)
    {
        var s = words.Trim();
        if (entity is { Length: > 0 }) s = s.Replace(entity, "");
        s = Numbering().Replace(s, "");
        s = Year().Replace(s, "").Trim();   // "比 2023 年度" → "比", a linking word
        s = Linking().Replace(s, "");
        s = s.Trim(SubjectMarks);
        return s.Length is > 0 and <= 80 ? s : null;
    }

    // Letter-spaced print ("减 少") is the same word.
    private static string? Direction(string word) => word.Replace(" ", "") switch
    {
        "增加" or "增长" or "上升" => "increase",
        "减少" or "下降" or "降低" => "decrease",
        _ => null,
    };

    private static decimal Number(string s) => Money.Parse(s);

    // Order matters: a change or percentage is tried before a bare amount.
    [GeneratedRegex(@"(?<cdir>增\s?加|减\s?少|上\s?升|降\s?低|增\s?长|下\s?降)了?\s*(?<change>\d[\d,]*(?:\.\d+)?)\s*万元(?:\s*[（(]\s*(?:增长|下降|增幅|降幅|上升|降低)?(?:为)?\s*(?<cpct>\d+(?:\.\d+)?)\s*%\s*[)）])?|(?<pdir>增\s?长|下\s?降|增\s?加|减\s?少|上\s?升|降\s?低)\s*(?<pct>\d+(?:\.\d+)?)\s*%|完成(?:年初|全年|调整后?)?预算(?:数)?的\s*(?<rate>\d+(?:\.\d+)?)\s*%|占(?:比|[^，,。；;%\d]{0,20}?)(?:比重|比例)?(?:为|是)?\s*(?<share>\d+(?:\.\d+)?)\s*%|主要原因(?:是|为)?[:：]?\s*(?<reason>[^。；;]*)|(?<flat>持平|无变化|保持不变)|(?<none>未安排)(?!购置)|(?<new>新增)?(?<amount>\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex Mention();

    [GeneratedRegex(@"房屋\s*(?<area>\d[\d,]*(?:\.\d+)?)\s*平方米[，,]\s*价值\s*(?<value>\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex Buildings();

    [GeneratedRegex(@"(?<kind>办公家具|其他资产)价值\s*(?<value>\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex AssetValue();

    [GeneratedRegex(@"(?<threshold>50|100)\s*万元(?:（含）)?以上(?:大型)?设备\s*(?<count>\d+)\s*台")]
    private static partial Regex Equipment();

    [GeneratedRegex(@"^(上年|当年|上一年)?(预算)?执行(数)?$|^上年(预算)?(数)?$")]
    private static partial Regex LastYear();

    // A 决算's two figures of one item: its 年初预算 (调整预算, 全年预算; "三公经费支出预算", "会议费预算") and its 决算 ("支出决算",
    // "决算数"). "一般公共预算" before 预算 is a fund, not the budgeted figure.
    [GeneratedRegex(@"^(?<head>.*?)(?:(?<budget>(?:年初|全年|调整后?)预算数?|(?<=支出|经费|费)预算数?)|(?<final>(?:本年)?(?:支出|收入)?决算数?|决算支出))$")]
    private static partial Regex FinalFigure();

    [GeneratedRegex(@"(较|比|与|同比)\s*(上年|去年|上一年|20\d{2}\s*年)")]
    private static partial Regex AgainstLastYear();

    [GeneratedRegex(@"决算数?.{0,4}(预算数|预算)")]
    private static partial Regex VersusBudget();

    [GeneratedRegex(@"^(比|较|与|同比)")]
    private static partial Regex ComparedWith();

    [GeneratedRegex(@"^(本年|当年)?(预算安排|预算数|安排)$")]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"(?<kind>整体(?:预算)?绩效目标|(?:当年)?非财政拨款项目|(?:当年)?财政拨款项目)\s*(?<count>\d+)\s*个[，,]\s*涉及(?:预算)?金额\s*(?<amount>\d[\d,]*(?:\.\d+)?)\s*万元")]
    private static partial Regex TargetCount();

    // "共有车辆1辆" is what the unit holds; "安排购置车辆0辆" is a purchase, not the holding.
    [GeneratedRegex(@"(?<!购置|购买|新增|更新)(?<kind>一般公务用车|执法执勤用车|特种专业技术用车|其他用车|其他车辆|公务用车|公务车辆|车辆)\s*(?:共|保有量\s*(?:为)?)?\s*(?<count>\d+|[一二两三四五六七八九十]{1,3})\s*辆(?:[，,]\s*价值\s*(?<value>\d[\d,]*(?:\.\d+)?)\s*万元)?")]
    private static partial Regex VehicleCount();

    [GeneratedRegex(@"^(?:其中[:：]?|[0-9]+\s*[、.．]\s*|[（(][一二三四五六七八九十0-9]+[）)]\s*|[一二三四五六七八九十]+、)+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\d{4}\s*年(度)?")]
    private static partial Regex Year();

    [GeneratedRegex(@"(的)?(比(上年)?(预算)?(执行)?(数)?|较(上年)?(预算)?(执行)?(数)?|与(上年)?(预算)?(执行)?(数)?(相比)?)$|(的)?(预算数|预算金额|金额|数)?(为|是)?$")]
    private static partial Regex Linking();
}
