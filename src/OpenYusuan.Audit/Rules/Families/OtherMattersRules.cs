using OpenYusuan.Audit.Engine;
using OpenYusuan.Model;
using OpenYusuan.Model.Findings;
using static OpenYusuan.Audit.Engine.NarrativeView;

namespace OpenYusuan.Audit.Rules.Families;

/// <summary>Figures of the other matters that must fit together: 政府采购 (YS0403: 总额 = 货物 + 工程 + 服务 within rounding,
/// 小微企业预留 ≤ 中小企业预留 ≤ 总额) and staffing (YS0404: 实有人数 = 在职 + 退休 + 离休; YS0412: the same counts wherever repeated).</summary>
public sealed partial class OtherMattersRules : IRuleFamily
{
    public IEnumerable<string> Rules => [RuleCatalog.Procurement.Id, RuleCatalog.Staffing.Id, RuleCatalog.VehiclesWithoutCars.Id, RuleCatalog.StaffingRepeated.Id, RuleCatalog.VehicleCount.Id];

    public void Run(AuditContext context)
    {
        var procurement = Claims(context.Document).Where(p => p.Claim.Topic == "procurement" && p.Claim.Amount is not null).ToList();
        decimal? Get(string item) => procurement.LastOrDefault(p => p.Claim.Item == item)?.Claim.Amount;
        Placed? At(string item) => procurement.LastOrDefault(p => p.Claim.Item == item);
        if (Get("total") is { } total && Get("goods") is { } goods && Get("works") is { } works && Get("services") is { } services
            // Each part is rounded to 万元 on its own: only what rounding cannot explain is an error.
            && Amounts.Compare(total, goods + works + services, 3, [goods, works, services]) == Amounts.Outcome.Different)
            Report(context, At("total")!, $"政府采购总额 {Amounts.Show(total)} 万元 ≠ 货物 {Amounts.Show(goods)} + 工程 {Amounts.Show(works)} + 服务 {Amounts.Show(services)} = {Amounts.Show(goods + works + services)} 万元",
                Amounts.Show(goods + works + services), Amounts.Show(total));
        if (Get("small_micro_reserved") is { } micro && Get("sme_reserved") is { } sme && micro > sme)
            Report(context, At("small_micro_reserved")!, $"小微企业预留 {Amounts.Show(micro)} 万元大于面向中小企业预留 {Amounts.Show(sme)} 万元，而小微企业是中小企业的一部分",
                $"≤ {Amounts.Show(sme)}", Amounts.Show(micro));
        if (Get("sme_reserved") is { } reserved && Get("total") is { } all && reserved > all)
            Report(context, At("sme_reserved")!, $"面向中小企业预留 {Amounts.Show(reserved)} 万元大于政府采购总额 {Amounts.Show(all)} 万元",
                $"≤ {Amounts.Show(all)}", Amounts.Show(reserved));

        var vehicles = Claims(context.Document).LastOrDefault(p => p.Claim is { Topic: "assets", Item: "vehicles" });
        // The 三公 table of a budget (预算数), or of a 决算 (决算数).
        var three = context.Document.Tables.FirstOrDefault(t => Model.TableKinds.ReadsLike(t.Kind) == Model.TableKinds.ThreePublic);
        var money = three is not null && Model.TableKinds.IsFinal(three.Kind) ? "final" : "total";
        var operation = three?.Rows?.FirstOrDefault(r => r.Item == "vehicle_operation");
        // Any vehicle the text counts anywhere ("现有公务用车5辆") is a vehicle, whatever the total line says.
        var anyCar = Claims(context.Document).Any(p => p.Claim is { Topic: "assets", Item: { } i } && i.EndsWith("vehicles")
            && int.TryParse(p.Claim.Fields?.GetValueOrDefault("count"), out var n) && n > 0);
        // 公车统管 (cars held centrally, the unit pays for their use) explains running costs without cars of its own.
        var pooled = context.Document.Sections.Any(s => Pooled().IsMatch(s.Text) || s.Subsections.Any(x => Pooled().IsMatch(x.Text)))
            || context.Document.Performance.Any(p => p.Project is { } name && Pooled().IsMatch(name));
        if (!anyCar && !pooled && vehicles?.Claim.Fields?.GetValueOrDefault("count") == "0" && operation?.Values.GetValueOrDefault(money) is > 0 and var running
            && (three!.Rows!.FirstOrDefault(r => r.Item == "vehicle_purchase")?.Values.GetValueOrDefault(money) ?? 0) == 0)
            context.Report(RuleCatalog.VehiclesWithoutCars, AuditContext.At(three, operation, money) with { Section = vehicles.Section.Number.ToString() },
                new Dictionary<string, string>
                {
                    ["table"] = AuditContext.Name(three), ["amount"] = Amounts.Show(running), ["section"] = vehicles.Section.Number.ToString(),
                }, "0（无车辆）", Amounts.Show(running), [vehicles.Location]);

        VehicleCounts(context);
        if (context.Document.Overview.Staffing is { } staff) StaffingRepeated(context, staff);

        if (context.Document.Overview.Staffing is { Actual: { } actual, Active: { } active } st)
        {
            var sum = active + (st.Retired ?? 0) + (st.RetiredCadre ?? 0);
            if (sum != actual)
                context.Report(RuleCatalog.Staffing, AuditContext.Where(new FindingLocation { Section = "overview" }, st.Loc),
                    new Dictionary<string, string>
                    {
                        ["expected"] = actual.ToString(), ["actual"] = sum.ToString(), ["active"] = active.ToString(),
                        ["retired"] = (st.Retired ?? 0).ToString(), ["cadre"] = (st.RetiredCadre ?? 0).ToString(),
                    }, actual.ToString(), sum.ToString());
        }
    }

    /// <summary>YS0419: "共有车辆 N 辆，其中：A 用车 a 辆、B 用车 b 辆…" — the kinds listed after 其中 add up to N.</summary>
    private static void VehicleCounts(AuditContext context)
    {
        foreach (var (section, sub, text) in NarrativeView.Texts(context.Document))
            foreach (System.Text.RegularExpressions.Match m in VehicleList().Matches(text))
            {
                var where = NarrativeView.At(section, sub, m.Index);
                var parts = VehicleKind().Matches(m.Groups["list"].Value).Select(k => (Kind: k.Groups["kind"].Value, Count: int.Parse(k.Groups["n"].Value))).ToList();
                var total = int.Parse(m.Groups["total"].Value);
                if (parts.Count == 0 || parts.Sum(p => p.Count) == total) continue;
                context.Report(RuleCatalog.VehicleCount, where, new Dictionary<string, string>
                {
                    ["section"] = section.Number.ToString(), ["total"] = total.ToString(), ["sum"] = parts.Sum(p => p.Count).ToString(),
                    ["parts"] = string.Join(" + ", parts.Select(p => $"{p.Kind} {p.Count}")),
                }, total.ToString(), parts.Sum(p => p.Count).ToString());
            }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"共有车辆\s*(?<total>\d+)\s*[辆台][，,]?\s*其中[:：，,]?(?<list>[^；;。]*)")]
    private static partial System.Text.RegularExpressions.Regex VehicleList();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<kind>[^、，,：:\d\s]{2,12}?(?:用车|车辆))\s*(?:为|共)?\s*(?<n>\d+)\s*辆?")]
    private static partial System.Text.RegularExpressions.Regex VehicleKind();

    // The unit's own staff; 退休/离休 figures in a section or target often count the people a project serves.
    private static readonly string[] OwnStaff = ["authorized", "actual", "active"];

    /// <summary>YS0412: the overview's 编制数, 实有人数 and 在职人数 against the same figures repeated in the explanation's
    /// sections (staffing claims) and in the overall performance targets.</summary>
    private static void StaffingRepeated(AuditContext context, Staffing staff)
    {
        var overview = AuditContext.Where(new FindingLocation { Section = "overview" }, staff.Loc);
        var reported = new HashSet<(string, int)>(); // a target table inside a section states its figures once for both
        void Compare(string item, int stated, FindingLocation at, string where)
        {
            if (!OwnStaff.Contains(item) || StaffingMentions.Of(staff, item) is not { } expected || expected == stated) return;
            if (!reported.Add((item, stated))) return;
            context.Report(RuleCatalog.StaffingRepeated, at,
                new Dictionary<string, string>
                {
                    ["item"] = StaffingMentions.Chinese(item), ["expected"] = expected.ToString(), ["actual"] = stated.ToString(), ["where"] = where,
                },
                expected.ToString(), stated.ToString(), [overview]);
        }
        foreach (var placed in Claims(context.Document))
            if (placed.Claim is { Topic: "staffing", Item: { } item } claim && claim.Fields?.GetValueOrDefault("count") is { } count)
                Compare(item, int.Parse(count), placed.Location, $"第{placed.Section.Number}部分“{(placed.Subsection ?? placed.Section).Title}”");
        foreach (var table in context.Document.Performance.Where(t => t.Kind == "overall" && t.Goal is not null))
            foreach (var m in StaffingMentions.In(table.Goal!))
                Compare(m.Item, m.Count, AuditContext.Where(new FindingLocation { Section = "performance" }, table.Loc), "整体绩效目标表");
    }

    private static void Report(AuditContext context, Placed at, string relation, string expected, string actual) =>
        context.Report(RuleCatalog.Procurement, at.Location,
            new Dictionary<string, string> { ["section"] = at.Section.Number.ToString(), ["relation"] = relation }, expected, actual);

    [System.Text.RegularExpressions.GeneratedRegex(@"公车统管|公务用车统管|车辆统管|统一管理.{0,6}公务用车|公务用车.{0,6}统一管理|公车租用|租用.{0,4}车辆|车辆租用")]
    private static partial System.Text.RegularExpressions.Regex Pooled();
}
