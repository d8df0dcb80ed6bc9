using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using static OpenYusuan.Rendering.Drafting.Sentences;

namespace OpenYusuan.Rendering.Drafting;

/// <summary>Drafts the numeric sections of 第三部分 from the tables (national template): 一 总体, 二 收入, 三 支出,
/// 四 财政拨款, 五 一般公共预算当年拨款 (规模变化, 结构, 具体使用), 六 基本支出, 七 项目, 八 政府性基金, 九 国有资本经营,
/// 十 “三公”经费, 十一 结转结余, and 十二 (NarrativeDrafter.Matters.cs). Last year's figures, reasons and the figures no
/// table holds come from a workbook's working sheets, else from what the document already states (its claims); where
/// none is stated no change is written, and a change without a reason gets a visible placeholder.</summary>
public sealed partial class NarrativeDrafter(Disclosure d, WorkingSheets? sheets = null)
{
    private readonly PriorYear? inputs = sheets?.PriorYear;
    private readonly ProjectSheet? projectSheet = sheets?.Projects;
    private readonly List<PriorYear.Line> _subjects = [];
    private readonly List<ProjectSheet.Project> _projects = [];

    /// <summary>The projects of 七 with the fields their drafted description used: the rows of a 项目情况 sheet.</summary>
    public IReadOnlyList<ProjectSheet.Project> ProjectsDrafted => _projects;

    /// <summary>Every subject a drafted sentence states a change for, with this year's figure and what last year's
    /// figure and the reason were taken to be: the rows of a workbook's 上年预算数与主要原因 sheet.</summary>
    public IReadOnlyList<PriorYear.Line> Subjects => _subjects;

    private readonly string _who = d.ScopeWord();
    private readonly string _entity = d.Entity ?? "";
    private readonly string _year = d.Year is { } y ? $"{y} 年" : "";
    private readonly List<string> _changes = [];
    private readonly HashSet<(int Section, string Key)> _compared = [];
    private readonly List<string> _conflicts = [];

    /// <summary>The model's tables completed to the template's set: a required table the model lacks comes as an empty
    /// table, and every table without figures carries its 为空表 note (a blank table without a note is a finding).</summary>
    public static IReadOnlyList<DisclosureTable> CompleteTables(Disclosure d, IReadOnlyList<DisclosureTable> required)
    {
        var year = d.Year is { } y ? $"{y}年" : "";
        var tables = required.Select(r => d.Table(r.Kind) is { } t ? t : r with { Unit = d.Unit }).ToList();
        tables.AddRange(d.Tables.Where(t => required.All(r => r.Kind != t.Kind)));
        return tables.Select(t => t.IsEmpty && t.EmptyNote is null
            ? t with { EmptyNote = $"{d.Entity}{year}没有{EmptyWhat(t.Kind)}，{Plan.TablePlan.TitleOf(d, t)}为空表。" }
            : t).ToList();
    }

    private static string EmptyWhat(string kind) => kind switch
    {
        TableKinds.GovFundExpense => "使用政府性基金预算拨款安排的支出",
        TableKinds.StateCapitalExpense => "使用国有资本经营预算拨款安排的支出",
        TableKinds.ThreePublic => "安排财政拨款“三公”经费",
        TableKinds.Carryover => "上年结转结余",
        TableKinds.ProjectExpense => "安排一般公共预算项目支出",
        _ => "相关收支",
    };

    /// <summary>The document with its numeric sentences drafted: the sections, and the overview's staffing from the
    /// workbook's 其他事项 sheet where it gives any (实有人数 left blank is the sum of its parts).</summary>
    public Disclosure Apply() => d with { Sections = Draft(), Overview = d.Overview with { Staffing = DraftedStaffing() } };

    private Staffing? DraftedStaffing()
    {
        var given = d.Overview.Staffing;
        decimal? Sheet(string key) => sheets?.Matters?.Value(key);
        int? V(string key, int? stated) => Sheet(key) is { } v ? (int)v : stated;
        var (active, retired, cadre) = (V("active", given?.Active), V("retired", given?.Retired), V("retired_cadre", given?.RetiredCadre));
        // 实有人数 as stated or typed; the sum of its parts only where it was left blank (a figure typed is never corrected:
        // a difference is the audit's to report).
        var parts = active is null && retired is null && cadre is null ? (int?)null : (active ?? 0) + (retired ?? 0) + (cadre ?? 0);
        var typedParts = new[] { "active", "retired", "retired_cadre" }.Any(k => Sheet(k) is not null);
        var actual = Sheet("actual") is { } a ? (int)a : typedParts ? parts : given?.Actual ?? parts;
        var s = new Staffing { Authorized = V("authorized", given?.Authorized), Actual = actual, Active = active, Retired = retired, RetiredCadre = cadre, Loc = given?.Loc };
        foreach (var (key, label) in MattersSheet.Staffing) _matters.Add(new MattersSheet.Item(key, label, StaffingMentions.Of(s, key)));
        if (given is null && s.Authorized is null && s.Actual is null) return null;
        // The stated changes (增加 n 人) hold only while the counts are the ones they were stated for.
        var same = given is not null && (given.Authorized, given.Actual, given.Active, given.Retired, given.RetiredCadre) == (s.Authorized, s.Actual, s.Active, s.Retired, s.RetiredCadre);
        return s with { Changes = same ? given!.Changes : null };
    }

    /// <summary>What redrafting changed, one line per figure the old text stated differently.</summary>
    public IReadOnlyList<string> Changes => _changes;

    /// <summary>Adds the figures stated outside the subjects drafted one by one — the totals of 收支, 收入, 支出 and
    /// 财政拨款, the 类 of the 财政拨款 summary — that the draft states differently, once it has been read back: each old
    /// statement against the draft's statement of the same subject in the same part, in the order they are written.</summary>
    public void CompareWith(IReadOnlyList<Section> drafted)
    {
        foreach (var group in Statements(d.Sections).GroupBy(x => (x.Section, x.Key)))
        {
            if (_compared.Contains(group.Key)) continue;
            var now = Statements(drafted).Where(x => (x.Section, x.Key) == group.Key).ToList();
            foreach (var (old, draft) in group.Zip(now))
                if (old.Claim.Amount is { } o && draft.Claim.Amount is { } a && o != a)
                    _changes.Add($"第{group.Key.Section}部分 {old.Claim.Subject ?? group.Key.Key}：金额 {o:N2} → {a:N2} 万元");
        }
    }

    private static IEnumerable<(int Section, string Key, Claim Claim)> Statements(IEnumerable<Section> sections) =>
        sections.SelectMany(s => ClaimsOf(s).Where(c => c.Amount is not null)
            .Select(c => (Section: s.Number, Key: c.Code ?? c.Item ?? c.Topic ?? c.Subject, Claim: c))
            .Where(x => x.Key is not null).Select(x => (x.Section, x.Key!, x.Claim)));

    /// <summary>A part's statements with its sub-parts'.</summary>
    private static IEnumerable<Claim> ClaimsOf(Section s) => s.Claims.Concat(s.Subsections.SelectMany(x => x.Claims));

    /// <summary>Statements whose amount, change, rate and last-year figure cannot all be true, and of which no reading fits
    /// the tables: drafting would have to pick one of them, so it asks instead (fill in the 上年预算数 sheet, or correct
    /// the text).</summary>
    public IReadOnlyList<string> Conflicts => _conflicts;

    /// <summary>A 决算: its comparisons are with last year's 决算数.</summary>
    public bool IsFinal => d.Kind == "final";

    private IReadOnlyList<Section> Draft()
    {
        if (IsFinal) return Final();
        if (d.IsShanghai()) return Shanghai();
        var old = d.Sections.ToDictionary(s => s.Number);
        Section Keep(int n, string title) => old.TryGetValue(n, out var s) ? s : new Section { Number = n, Title = title, Text = "【请填写本部分内容】" };
        var about = $"关于{_entity} {_year}";
        return
        [
            Drafted(1, $"{about}收支预算情况的总体说明", Overall()),
            Drafted(2, $"{about}收入预算情况说明", Income()),
            Drafted(3, $"{about}支出预算情况说明", Expense()),
            Drafted(4, $"{about}财政拨款收支预算情况的总体说明", Fiscal()),
            GeneralBudget(about),
            Drafted(6, $"{about}一般公共预算基本支出情况说明", Basic()),
            Projects() is { Length: > 0 } projects ? Drafted(7, $"{about}一般公共预算项目支出情况说明", projects) : Keep(7, $"{about}一般公共预算项目支出情况说明"),
            Drafted(8, $"{about}政府性基金预算拨款情况说明", Fund(TableKinds.GovFundExpense, "政府性基金预算")),
            Drafted(9, $"{about}国有资本经营预算拨款情况说明", Fund(TableKinds.StateCapitalExpense, "国有资本经营预算")),
            Drafted(10, $"{about}财政拨款“三公”经费预算情况说明", ThreePublic()),
            Drafted(11, $"{about}上年结转结余预算情况说明", Carryover()),
            Matters(old.GetValueOrDefault(12)),
        ];

        Section Drafted(int n, string title, string text) => new() { Number = n, Title = old.TryGetValue(n, out var s) ? s.Title : title, Text = text };

        Section GeneralBudget(string about)
        {
            var title = old.TryGetValue(5, out var s) ? s.Title : $"{about}一般公共预算当年拨款情况说明";
            Section Sub(int n, string t, string text) => new() { Number = n, Title = s?.Subsections.FirstOrDefault(x => x.Number == n)?.Title ?? t, Text = text };
            return new Section
            {
                Number = 5, Title = title, Text = "",
                Subsections = [Sub(1, "一般公共预算当年拨款规模变化情况", Scale()), Sub(2, "一般公共预算当年拨款结构情况", Structure()), Sub(3, "一般公共预算当年拨款具体使用情况", Items())],
            };
        }
    }

    private string U => d.Unit;

    private decimal W(decimal v, string? unit = null) => ToWan(v, unit ?? U);

    private string Overall()
    {
        var summary = d.Table(TableKinds.Summary);
        var total = summary?.IncomeTotal ?? 0;
        return $"按照全口径预算的原则，{_entity} {_year}所有收入和支出均纳入{_who}预算管理。收支总预算 {Wan(total, U)}。";
    }

    private static readonly string[] IncomeItems =
        ["general_budget", "general_budget_transfer", "gov_fund", "gov_fund_transfer", "state_capital", "state_capital_transfer",
         "special_account", "unit_funds", "fiscal_carryover", "nonfiscal_carryover"];

    private string Income()
    {
        var summary = d.Table(TableKinds.Summary);
        var total = W(summary?.IncomeTotal ?? 0);
        var lines = new List<string> { $"{_entity}收入预算 {total:N2} 万元，其中：" };
        foreach (var item in IncomeItems)
        {
            // 一般公共预算拨款 in the narrative is the unit's own 一般财力 where the transfer is stated apart.
            var line = item == "general_budget" && summary?.Income?.Any(r => r.Item == "general_budget_own") == true ? "general_budget_own" : item;
            var row = summary?.Income?.FirstOrDefault(r => r.Item == line);
            var name = IncomeName(item);
            if (row is null || row.Values.GetValueOrDefault("amount") == 0) { lines.Add($"{name}未安排。"); continue; }
            var a = W(row.Values["amount"]);
            lines.Add($"{name} {a:N2} 万元{Share(a, total)}{Stated(2, item, name, a, total)}。");
        }
        return string.Join("\n", lines);
    }

    private static string IncomeName(string item) => item switch
    {
        "general_budget" => "一般公共预算拨款", "gov_fund" => "政府性基金预算拨款", "state_capital" => "国有资本经营预算拨款",
        "general_budget_transfer" => "上级一般公共预算安排的转移支付资金", "gov_fund_transfer" => "上级政府性基金安排的转移支付资金",
        "state_capital_transfer" => "上级国有资本经营预算安排的转移支付资金", "special_account" => "财政专户核拨",
        "unit_funds" => "单位资金", "fiscal_carryover" => "财政拨款结转", "nonfiscal_carryover" => "非财政拨款结转结余",
        _ => ColumnNames.Of(item),
    };

    private string Expense()
    {
        var t = d.Table(TableKinds.Expense)?.Totals ?? new Dictionary<string, decimal>();
        var total = W(t.GetValueOrDefault("total"));
        var (basic, project) = (W(t.GetValueOrDefault("basic")), W(t.GetValueOrDefault("project")));
        return $"{_entity} {_year}支出预算 {total:N2} 万元，其中：\n" +
               $"基本支出 {basic:N2} 万元{Share(basic, total)}{Stated(3, "basic", "基本支出", basic, total)}。\n" +
               $"项目支出 {project:N2} 万元{Share(project, total)}{Stated(3, "project", "项目支出", project, total)}。";
    }

    private string Fiscal()
    {
        var f = d.Table(TableKinds.FiscalSummary);
        var total = W(f?.IncomeTotal ?? 0);
        var sources = (f?.Income ?? []).Where(r => r.Item is "general_budget" or "gov_fund" or "state_capital" && r.Values.GetValueOrDefault("amount") != 0)
            .Select(r => $"{IncomeName(r.Item!)} {W(r.Values["amount"]):N2} 万元").ToList();
        var uses = (f?.Expense ?? []).Where(r => r.Code is not null && r.Values.GetValueOrDefault("total") != 0)
            .Select(r => $"{r.Name} {W(r.Values["total"]):N2} 万元").ToList();
        return $"{_year}财政拨款收支总预算 {total:N2} 万元。\n" +
               $"收入预算包括：{(sources.Count > 0 ? string.Join("，", sources) : "无")}。\n" +
               $"支出预算包括：{(uses.Count > 0 ? string.Join("，", uses) : "无")}。";
    }

    private string Scale()
    {
        var t = d.Table(TableKinds.GeneralBudgetExpense)?.Totals ?? new Dictionary<string, decimal>();
        var (total, basic, project) = (W(t.GetValueOrDefault("total")), W(t.GetValueOrDefault("basic")), W(t.GetValueOrDefault("project")));
        return $"{_entity} {_year}一般公共预算拨款合计 {total:N2} 万元，其中：基本支出 {basic:N2} 万元{Stated(5, "basic", "基本支出", basic, null)}；" +
               $"项目支出 {project:N2} 万元{Stated(5, "project", "项目支出", project, null)}。";
    }

    private string Structure()
    {
        var t = d.Table(TableKinds.GeneralBudgetExpense);
        var total = W(t?.Totals?.GetValueOrDefault("total") ?? 0);
        var classes = (t?.Rows ?? []).Where(r => r.Code is { Length: 3 } && r.Project is null).ToList();
        return string.Join("\n", classes.Select((r, i) =>
        {
            var a = W(r.Values.GetValueOrDefault("total"));
            return $"{i + 1}、{r.Name}（类）{a:N2} 万元{Share(a, total)}{Stated(5, r.Code!, r.Name ?? "", a, total, skipShare: true)}。";
        }));
    }

    private string Items()
    {
        var t = d.Table(TableKinds.GeneralBudgetExpense);
        var rows = t?.Rows ?? [];
        string Name(string code) => rows.FirstOrDefault(r => r.Code == code)?.Name ?? "";
        var items = rows.Where(r => r.Code is { Length: 7 } && r.Project is null).ToList();
        return string.Join("\n", items.Select((r, i) =>
        {
            var a = W(r.Values.GetValueOrDefault("total"));
            var code = r.Code!;
            return $"{i + 1}. {Name(code[..3])}（类）{Name(code[..5])}（款）{r.Name}（项）：{_year}预算数为 {a:N2} 万元{Stated(5, code, r.Name ?? "", a, null)}。";
        }));
    }

    private string Basic()
    {
        var t = d.Table(TableKinds.BasicExpense);
        var totals = t?.Totals ?? new Dictionary<string, decimal>();
        var (total, personnel, pub) = (W(totals.GetValueOrDefault("total")), W(totals.GetValueOrDefault("personnel")), W(totals.GetValueOrDefault("public")));
        string Parts(params string[] classes) => string.Join("、", (t?.Rows ?? [])
            .Where(r => r.Code is { Length: 5 } c && classes.Contains(c[..3]) && r.Values.GetValueOrDefault("total") != 0).Select(r => r.Name));
        return $"{_entity} {_year}一般公共预算基本支出 {total:N2} 万元，其中：\n" +
               $"人员经费 {personnel:N2} 万元，主要包括：{Parts("301", "303")}。\n" +
               $"公用经费 {pub:N2} 万元，主要包括：{Parts("302", "310")}。";
    }

    private string Fund(string kind, string name)
    {
        var t = d.Table(kind);
        var total = W(t?.Totals?.GetValueOrDefault("total") ?? 0);
        return t is null || total == 0
            ? $"{_entity} {_year}没有使用{name}拨款安排的支出，{TableKinds.ChineseName(kind)}为空表。"
            : $"{_entity} {_year}{name}拨款支出 {total:N2} 万元。";
    }

    private string ThreePublic()
    {
        var t = d.Table(TableKinds.ThreePublic);
        var unit = t?.Unit ?? U;
        decimal V(string item) => ToWan((t?.Rows ?? []).FirstOrDefault(r => r.Item == item)?.Values.GetValueOrDefault("total") ?? 0, unit);
        var total = V("total");
        var text = $"{_entity} {_year}财政拨款“三公”经费预算数为 {total:N2} 万元，其中：因公出国（境）费 {V("abroad"):N2} 万元，" +
                   $"公务用车购置费 {V("vehicle_purchase"):N2} 万元，公务用车运行费 {V("vehicle_operation"):N2} 万元，公务接待费 {V("reception"):N2} 万元。";
        // The change of the total is its own sentence, so it is not read as the last item's.
        var change = Stated(10, "total", "“三公”经费", total, null);
        return change.Length == 0 ? text : $"{text}\n{_year}财政拨款“三公”经费{change.TrimStart('，')}。";
    }

    /// <summary>七: each project of the 项目支出表 with its amount; the fields the document stated (政策依据, 承担单位, 资金分配,
    /// 执行时间, the 补贴 fields) are kept, the others get placeholders.</summary>
    private string Projects()
    {
        var rows = (d.Table(TableKinds.ProjectExpense)?.Rows ?? []).Where(r => r.Project is not null).ToList();
        var stated = Claims(7).Where(c => c.Topic == "project").ToList();
        var unit = d.Table(TableKinds.ProjectExpense)?.Unit ?? U;
        var lines = new List<string>();
        foreach (var (r, i) in rows.Select((r, i) => (r, i)))
        {
            // The workbook's 项目情况 sheet first, then what the text stated.
            var f = new Dictionary<string, string>(stated.FirstOrDefault(c => c.Project == r.Project)?.Fields ?? new Dictionary<string, string>());
            foreach (var (key, value) in projectSheet?.Find(r.Project!)?.Fields ?? new Dictionary<string, string>()) f[key] = value;
            f = f.Where(kv => Clean(kv.Value).Length > 0).ToDictionary(kv => kv.Key, kv => Clean(kv.Value));
            _projects.Add(new ProjectSheet.Project(r.Project!, ToWan(r.Values.GetValueOrDefault("total"), unit), f));
            string Field(string key, string fallback) => f.GetValueOrDefault(key) ?? fallback;
            lines.Add($"{i + 1}、项目名称：{r.Project}");
            lines.Add($"设立的政策依据：{Field("basis", "【请填写设立的政策依据】")}");
            lines.Add($"预算安排规模：{ToWan(r.Values.GetValueOrDefault("total"), unit):N2} 万元");
            lines.Add($"项目承担单位：{Field("owner", r.Unit ?? _entity)}");
            lines.Add($"资金分配情况：{Field("allocation", "【请填写资金分配情况】")}");
            lines.Add($"资金执行时间：{Field("period", d.Year is { } y ? $"{y} 年 1 月 1 日-{y} 年 12 月 31 日" : "【请填写资金执行时间】")}");
            foreach (var (key, label) in SubsidyFields)
                if (f.TryGetValue(key, out var v)) lines.Add($"{label}：{v}");
        }
        return string.Join("\n", lines);
    }

    private static readonly (string Key, string Label)[] SubsidyFields =
    [
        ("source", "资金来源"), ("subsidy_people", "补贴人数"), ("subsidy_standard", "补贴标准"), ("subsidy_scope", "补贴范围"),
        ("subsidy_method", "补贴方式"), ("procedure", "发放程序"), ("beneficiaries", "受益人群和社会效益"),
    ];

    /// <summary>A stated field without the next item's number that extraction left at its end ("…31 日2、").</summary>
    private static string Clean(string v) => System.Text.RegularExpressions.Regex.Replace(v.Trim(), @"[0-9]+[、.]$", "").Trim();

    /// <summary>十一: the 结转结余 total and its fiscal and non-fiscal parts, then each item with its stated use.</summary>
    private string Carryover()
    {
        var t = d.Table(TableKinds.Carryover);
        var unit = t?.Unit ?? U;
        var totals = t?.Totals ?? new Dictionary<string, decimal>();
        var total = ToWan(totals.GetValueOrDefault("total"), unit);
        if (t is null || total == 0) return $"{_entity} {_year}没有上年结转结余。";
        var oldText = d.Sections.FirstOrDefault(s => s.Number == 11)?.Text ?? "";
        var lines = new List<string>
        {
            $"{_entity} {_year}上年结转结余 {total:N2} 万元，包括：财政拨款 {ToWan(totals.GetValueOrDefault("fiscal_total"), unit):N2} 万元，" +
            $"非财政拨款 {ToWan(totals.GetValueOrDefault("nonfiscal_total"), unit):N2} 万元，其中：",
        };
        foreach (var (r, i) in (t.Rows ?? []).Where(r => r.Project is not null || r.Name is not null).Select((r, i) => (r, i)))
        {
            var name = r.Project ?? r.Name!;
            var use = oldText.Split('\n').FirstOrDefault(l => l.Contains(name) && l.Contains("主要用于"))?.Split("主要用于").Last().TrimStart('：', ':').TrimEnd('。');
            lines.Add($"{i + 1}. {name} {ToWan(r.Values.GetValueOrDefault("total"), unit):N2} 万元，主要用于：{(string.IsNullOrWhiteSpace(use) ? "【请填写主要用途】" : use)}。");
        }
        return string.Join("\n", lines);
    }

    /// <summary>The change phrase for a subject, from what the document stated about it (its implied prior and its
    /// reason); differences between the old statement and the tables are recorded as changes.</summary>
    private string Stated(int section, string key, string name, decimal amount, decimal? whole, bool skipShare = false)
    {
        var (prior, why) = Known(section, key, name, amount, whole, skipShare);
        return Change(amount, prior, why);
    }

    /// <summary>Last year's figure and the reason for a subject (the sheet first, then the document's statement), recorded
    /// for the 上年预算数 sheet; a statement that differs from the tables is recorded as a change. <paramref name="topic"/>
    /// limits the statements looked at to one topic (null: figures of the tables).</summary>
    private (decimal? Prior, string? Reason) Known(int section, string key, string name, decimal amount, decimal? whole, bool skipShare = false, bool tablesOnly = false)
    {
        var claim = Claims(section).Where(c => !tablesOnly || c.Topic is null)
            .FirstOrDefault(c => c.Code == key || c.Item == key || (c.Topic == key && c.Item is null && c.Code is null));
        // What the workbook's sheet says of last year and the reason comes first; then what the text stated.
        var given = inputs?.Find(section, key);
        // The reader gives the prior an increase or decrease implies; 持平 implies this year's figure.
        var prior = given is not null ? given.Prior : claim?.Prior ?? (claim?.Direction == "flat" ? claim.Amount : null);
        if (given is null && claim is not null && Contradicts(claim, amount) is { } settled)
        {
            if (settled.Prior is null) _conflicts.Add($"第{section}部分 {name}：{settled.Why}");
            prior = settled.Prior;
        }
        var why = given?.Reason ?? claim?.Reason;
        _subjects.Add(new PriorYear.Line(section, key, name, amount, prior, why));
        _compared.Add((section, key));
        if (claim is not null)
        {
            if (claim.Amount is { } old && old != amount) _changes.Add($"第{section}部分 {name}：金额 {old:N2} → {amount:N2} 万元");
            if (!skipShare && whole is { } w && w != 0 && claim.Share is { } share && share != Percent(amount, w))
                _changes.Add($"第{section}部分 {name}：占比 {share:0.00}% → {Percent(amount, w):0.00}%");
            if (prior is { } p && p != 0 && claim.ChangePct is { } pct && amount != p && pct != Percent(Math.Abs(amount - p), p))
                _changes.Add($"第{section}部分 {name}：增减幅度 {pct:0.00}% → {Percent(Math.Abs(amount - p), p):0.00}%");
        }
        return (prior, why);
    }

    /// <summary>When a statement's own figures disagree (amount − change is not the base its rate was taken on, or not the
    /// last-year figure it prints), the last-year figure is only known if the change and rate fit the table's amount —
    /// the stated amount was then the slip ("306.77" typed for 360.77). Null when the statement is consistent; a null
    /// Prior when nothing fits.</summary>
    private static (decimal? Prior, string Why)? Contradicts(Claim c, decimal amount)
    {
        if (c is not { Amount: { } stated, Change: { } change, Direction: "increase" or "decrease" }) return null;
        decimal Base(decimal a) => c.Direction == "increase" ? a - change : a + change;
        bool Fits(decimal p) => p > 0 && (c.ChangePct is not { } pct || Math.Abs(Percent(change, p) - pct) <= 0.015m) && (c.PriorStated is not { } ps || Math.Abs(ps - p) <= 0.015m);
        // A new item stated as "增加 X 万元，增长 100%" (no base) is the publisher's convention, not a contradiction to settle here.
        if (Base(stated) == 0 || Fits(Base(stated))) return null;
        if (Fits(Base(amount))) return (Base(amount), "");
        var rate = c.ChangePct is { } r ? $"，{(c.Direction == "increase" ? "增长" : "下降")} {r:0.00}%" : "";
        var printed = c.PriorStated is { } given ? $"，上年数 {given:N2} 万元" : "";
        return (null, $"文中写 {stated:N2} 万元，{(c.Direction == "increase" ? "增加" : "减少")} {change:N2} 万元{rate}{printed}，几项数字互相矛盾，表格中为 {amount:N2} 万元，也不能使它们相符；"
            + "无法确定上年数，请在工作簿“上年预算数与主要原因”表中填写上年数，或改正文中的数字");
    }

    private IEnumerable<Claim> Claims(int section) =>
        d.Sections.Where(s => s.Number == section).SelectMany(ClaimsOf);
}
