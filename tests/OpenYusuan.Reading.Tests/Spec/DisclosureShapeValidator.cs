using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenYusuan.Reading.Tests.Spec;

/// <summary>
/// Checks a <c>parse --format json</c> document against the written contract in
/// shared/spec/disclosure-json.md. Derived from the spec text only, so it can catch
/// the reader drifting from the contract rather than echoing what the reader emits.
/// Extra keys are ignored ("add fields freely"); only contract keys are checked.
/// </summary>
public static class DisclosureShapeValidator
{
    /// <summary>Returns "path: problem" strings; an empty list means the shape is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement root) => new Checker().Run(root);

    static readonly int[] Functional = [3, 5, 7]; // 类/款/项
    static readonly int[] Economic = [3, 5];      // 类/款

    // Columns == null: the spec names the kind but lists no keys (final_*), so keys go unchecked.
    // TwoSided == null: final_summary/final_fiscal_summary may come either way; decided by `income`.
    sealed record KindInfo(string[]? Columns, int[] CodeLengths, bool CodeRequired,
                           bool? TwoSided = false, string[]? IncomeItems = null);

    // `fiscal_carryover` (+`_general`, `_gov_fund`, `_state_capital`): the suffix is appended to the key.
    static readonly string[] SummaryItems =
    [
        "current_income", "fiscal_appropriation", "general_budget", "general_budget_own", "general_budget_transfer",
        "gov_fund", "gov_fund_own", "gov_fund_transfer", "state_capital", "state_capital_own", "state_capital_transfer",
        "special_account", "unit_funds", "business_income", "superior_subsidy", "subordinate_remit", "operating_income",
        "other_income", "prior_carryover", "fiscal_carryover", "fiscal_carryover_general", "fiscal_carryover_gov_fund",
        "fiscal_carryover_state_capital", "nonfiscal_carryover", "nonfiscal_carryover_special_account",
        "nonfiscal_carryover_unit_funds",
    ];

    // "(+carryover items where printed)": read as the fiscal carryover items of the summary list.
    static readonly string[] FiscalItems = ["fiscal_appropriation", "general_budget", "gov_fund", "state_capital",
        "prior_carryover", "fiscal_carryover", "fiscal_carryover_general", "fiscal_carryover_gov_fund",
        "fiscal_carryover_state_capital"];

    static readonly string[] ThreePublicItems =
        ["total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation", "operating_costs"];

    static readonly string[] FundColumns = ["total", "general_budget", "gov_fund", "state_capital"];
    static readonly string[] SplitColumns = ["total", "personnel", "public", "basic", "project"];

    static readonly Dictionary<string, KindInfo> Kinds = new()
    {
        ["summary"] = new(["amount", "personnel", "public", "project"], Functional, true, true, SummaryItems),
        ["fiscal_summary"] = new(FundColumns, Functional, true, true, FiscalItems),
        ["income"] = new(["total", "fiscal_subtotal", "general_budget", "general_budget_transfer", "gov_fund",
            "gov_fund_transfer", "state_capital", "state_capital_transfer", "special_account", "unit_funds",
            "fiscal_carryover", "nonfiscal_carryover", "business_income", "operating_income", "other_income"],
            Functional, false),
        ["expense"] = new(["total", "basic", "project"], Functional, true),
        ["general_budget_expense"] = new(["total", "basic", "project"], Functional, true),
        ["basic_expense"] = new(["total", "personnel", "public"], Economic, true),
        ["project_expense"] = new(["total", "301", "302", "303", "307", "309", "310", "311", "312", "313", "399"],
            Functional, false),
        ["gov_fund_expense"] = new(SplitColumns, Functional, true),
        ["state_capital_expense"] = new(SplitColumns, Functional, true),
        ["three_public"] = new(FundColumns, Functional, false),
        ["carryover"] = new(["total", "fiscal_total", "fiscal_personnel", "fiscal_public", "fiscal_project",
            "nonfiscal_total", "nonfiscal_personnel", "nonfiscal_public", "nonfiscal_project"], Functional, false),
    };

    static DisclosureShapeValidator()
    {
        string[] finals = ["summary", "income", "expense", "fiscal_summary", "general_budget_expense", "basic_expense",
                           "three_public", "gov_fund", "state_capital", "operating_costs", "procurement"];
        foreach (var k in finals)
            Kinds["final_" + k] = new(null, k == "basic_expense" ? Economic : Functional, false,
                                      k.EndsWith("summary") ? null : false);
    }

    // [0-9], not \d: .NET's \d also matches full-width and other Unicode digits.
    static readonly Regex PlainDecimal = new(@"^-?[0-9]+(\.[0-9]+)?\z");
    static readonly Regex Digits = new(@"^[0-9]+\z");
    static readonly Regex Sha256 = new(@"^[0-9a-fA-F]{64}\z");
    static readonly Regex IsoDate = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z");

    static readonly string[] ClaimTopics =
        ["procurement", "assets", "operating_costs", "performance_counts", "staffing", "project"];
    static readonly string[] StaffCounts = ["authorized", "actual", "active", "retired", "retired_cadre"];

    sealed class Checker
    {
        readonly List<string> Errors = [];

        public List<string> Run(JsonElement root) { Document(root); return Errors; }

        void Add(string path, string message) => Errors.Add($"{path}: {message}");
        static string At(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
        static string KindOf(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

        // Present and non-null member, or null. Null counts as absent except where the spec says
        // "absent" outright (published, empty cells), which callers check themselves.
        JsonElement? Get(JsonElement obj, string path, string key, bool required)
        {
            var present = obj.TryGetProperty(key, out var e);
            if (present && e.ValueKind != JsonValueKind.Null) return e;
            if (required) Add(At(path, key), present ? "is required, got null" : "is required");
            return null;
        }

        // Present, non-null and of the given JSON kind, or null (reporting a wrong kind).
        JsonElement? Typed(JsonElement obj, string path, string key, bool required, JsonValueKind kind)
        {
            if (Get(obj, path, key, required) is not { } e) return null;
            if (e.ValueKind == kind) return e;
            Add(At(path, key), $"must be {(kind == JsonValueKind.String ? "a" : "an")} {kind.ToString().ToLowerInvariant()}, got {KindOf(e)}");
            return null;
        }

        string? Str(JsonElement obj, string path, string key, bool required) =>
            Typed(obj, path, key, required, JsonValueKind.String)?.GetString();
        JsonElement? Obj(JsonElement obj, string path, string key, bool required) =>
            Typed(obj, path, key, required, JsonValueKind.Object);

        // allowed == null: any string (an open or unspecified list).
        string? OneOf(JsonElement obj, string path, string key, bool required, string[]? allowed)
        {
            var s = Str(obj, path, key, required);
            if (s != null && allowed != null && Array.IndexOf(allowed, s) < 0)
                Add(At(path, key), $"'{s}' is not one of {string.Join("|", allowed)}");
            return s;
        }

        void Int(JsonElement obj, string path, string key, bool required)
        {
            if (Get(obj, path, key, required) is { } e && !IsInt(e))
                Add(At(path, key), $"must be a JSON integer, got {e.GetRawText()}");
        }

        // TryGetInt64 rejects 25.0 and 2.5e1 as well, which is what "JSON integer" should mean.
        static bool IsInt(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out _);

        // Yields the object elements of an array member; must be fully enumerated (reports lazily).
        IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement parent, string path, string key, bool required)
        {
            if (Typed(parent, path, key, required, JsonValueKind.Array) is not { } arr) yield break;
            var i = 0;
            foreach (var x in arr.EnumerateArray())
            {
                var p = $"{At(path, key)}[{i++}]";
                if (x.ValueKind == JsonValueKind.Object) yield return (x, p);
                else Add(p, $"must be an object, got {KindOf(x)}");
            }
        }

        // An optional array of strings; returns the strings.
        List<string> Strings(JsonElement parent, string path, string key)
        {
            var found = new List<string>();
            if (Typed(parent, path, key, false, JsonValueKind.Array) is not { } arr) return found;
            var i = 0;
            foreach (var x in arr.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) { found.Add(x.GetString()!); i++; }
                else Add($"{At(path, key)}[{i++}]", "must be a string");
            return found;
        }

        void Amount(JsonElement e, string path, bool unsigned = false)
        {
            if (e.ValueKind != JsonValueKind.String)
                Add(path, $"amount must be a JSON string holding a plain decimal, got {KindOf(e)} {e.GetRawText()}");
            else if (!PlainDecimal.IsMatch(e.GetString()!) || unsigned && e.GetString()!.StartsWith('-'))
                Add(path, $"'{e.GetString()}' is not a plain decimal ({(unsigned ? "" : "optional minus, ")}ASCII digits, optional fraction)");
        }

        void OptAmount(JsonElement obj, string path, string key, bool unsigned = false)
        { if (Get(obj, path, key, false) is { } e) Amount(e, At(path, key), unsigned); }

        // A column→amount map (values, totals, expense_totals). Empty cells are left out, never null.
        void AmountMap(JsonElement map, string path, string[]? columns)
        {
            foreach (var m in map.EnumerateObject())
            {
                var p = At(path, m.Name);
                if (columns != null && Array.IndexOf(columns, m.Name) < 0)
                    Add(p, $"unknown column key '{m.Name}' (expected one of {string.Join(", ", columns)})");
                if (m.Value.ValueKind == JsonValueKind.Null) Add(p, "an empty cell is absent, not null");
                else Amount(m.Value, p);
            }
        }

        void Values(JsonElement row, string path, string[]? columns)
        { if (Obj(row, path, "values", true) is { } v) AmountMap(v, At(path, "values"), columns); }

        void Code(JsonElement row, string path, int[] lengths, bool required)
        {
            var s = Str(row, path, "code", required);
            if (s != null && (!Digits.IsMatch(s) || Array.IndexOf(lengths, s.Length) < 0))
                Add(At(path, "code"), $"'{s}' is not a code of {string.Join("/", lengths)} ASCII digits");
        }

        // loc/location: line and page integers, bbox four numbers (x0 y0 x1 y1). DOCX/XLSX locs carry
        // other keys (paragraph, sheet, cell), so neither line nor page is required.
        void Position(JsonElement o, string path)
        {
            Int(o, path, "line", false);
            Int(o, path, "page", false);
            if (Get(o, path, "bbox", false) is not { } b) return;
            if (b.ValueKind != JsonValueKind.Array || b.GetArrayLength() != 4
                || b.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number))
                Add(At(path, "bbox"), "must be an array of 4 numbers");
        }

        void Loc(JsonElement obj, string path)
        { if (Obj(obj, path, "loc", false) is { } loc) Position(loc, At(path, "loc")); }

        void Document(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) { Add("$", "document must be a JSON object"); return; }
            if (Str(root, "", "schema", true) is { } schema && schema != "disclosure/1")
                Add("schema", $"must be \"disclosure/1\", got \"{schema}\"");
            var docKind = OneOf(root, "", "kind", true, ["budget", "final"]);
            var scope = OneOf(root, "", "scope", true, ["department", "unit"]);
            if (Get(root, "", "consolidated", true) is { } cons)
            {
                if (cons.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Add("consolidated", "must be a boolean");
                // "department (部门, may be 汇总)": only a department document can be consolidated.
                else if (cons.ValueKind == JsonValueKind.True && scope == "unit") Add("consolidated", "a unit-scope document cannot be 汇总");
            }
            Str(root, "", "template", false);
            if (Str(root, "", "entity", true) is { Length: 0 }) Add("entity", "must not be empty");
            Int(root, "", "year", true);
            OneOf(root, "", "unit", true, ["万元", "元"]);
            if (root.TryGetProperty("published", out var pub))
            {
                if (pub.ValueKind != JsonValueKind.String) Add("published", $"must be absent or a yyyy-MM-dd string, got {KindOf(pub)}");
                else if (!IsoDate.IsMatch(pub.GetString()!) || !DateOnly.TryParseExact(pub.GetString(), "yyyy-MM-dd",
                             CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    Add("published", $"'{pub.GetString()}' is not a yyyy-MM-dd date");
            }
            foreach (var (t, p) in Objects(root, "", "toc", true)) { Int(t, p, "part", false); Int(t, p, "number", false); Str(t, p, "title", true); }
            Overview(root);
            foreach (var (t, p) in Objects(root, "", "tables", true)) Table(t, p, docKind);
            foreach (var (s, p) in Objects(root, "", "sections", true)) Section(s, p);
            foreach (var (pt, p) in Objects(root, "", "performance", true)) Performance(pt, p);
            foreach (var (g, p) in Objects(root, "", "glossary", true)) { Str(g, p, "term", true); Str(g, p, "text", true); }
            foreach (var (n, p) in Objects(root, "", "notes", true)) Finding(n, p);
            if (Obj(root, "", "source", true) is { } src)
            {
                Str(src, "source", "path", true);
                OneOf(src, "source", "format", true, ["text", "pdf", "docx", "xlsx", "html", "json"]);
                if (Str(src, "source", "sha256", true) is { } sha && !Sha256.IsMatch(sha))
                    Add("source.sha256", $"'{sha}' is not 64 hex digits");
            }
        }

        void Overview(JsonElement root)
        {
            if (Obj(root, "", "overview", true) is not { } ov) return;
            foreach (var k in new[] { "functions", "divisions", "units" }) Strings(ov, "overview", k);
            if (Obj(ov, "overview", "staffing", false) is not { } st) return;
            const string sp = "overview.staffing";
            // Counts are integers, so any further numeric member (added freely) must be one too.
            foreach (var m in st.EnumerateObject())
                if ((Array.IndexOf(StaffCounts, m.Name) >= 0 || m.Value.ValueKind == JsonValueKind.Number)
                    && m.Value.ValueKind != JsonValueKind.Null && !IsInt(m.Value))
                    Add(At(sp, m.Name), $"a count must be a JSON integer, got {m.Value.GetRawText()}");
            if (Obj(st, sp, "changes", false) is { } ch)
                foreach (var m in ch.EnumerateObject())
                    if (m.Value.ValueKind != JsonValueKind.Null && !IsInt(m.Value))
                        Add(At(sp + ".changes", m.Name), "a count change must be a JSON integer");
        }

        void Table(JsonElement t, string path, string? docKind)
        {
            var kind = Str(t, path, "kind", true);
            KindInfo? info = null;
            if (kind != null && !Kinds.TryGetValue(kind, out info))
                Add(At(path, "kind"), $"unknown table kind '{kind}'");
            // "Final-account documents (决算公开) use kinds prefixed final_".
            if (info != null && docKind != null && kind!.StartsWith("final_") != (docKind == "final"))
                Add(At(path, "kind"), $"'{kind}' does not belong in a {docKind} document");
            OneOf(t, path, "unit", true, ["万元", "元"]);
            Int(t, path, "number", false);
            Str(t, path, "title", false);
            Str(t, path, "empty_note", false);
            Loc(t, path);
            var twoSided = info?.TwoSided ?? t.TryGetProperty("income", out _);
            foreach (var col in Strings(t, path, "columns"))
                if (info?.Columns is { } known && Array.IndexOf(known, col) < 0)
                    Add(At(path, "columns"), $"unknown column key '{col}'");
            if (twoSided) TwoSided(t, path, info);
            else OneSided(t, path, kind, info);
        }

        void OneSided(JsonElement t, string path, string? kind, KindInfo? info)
        {
            var threePublic = kind == "three_public";
            var hasTotalRow = false;
            var rowCount = 0;
            foreach (var (r, p) in Objects(t, path, "rows", true))
            {
                rowCount++;
                Code(r, p, info?.CodeLengths ?? Functional, info?.CodeRequired ?? false);
                foreach (var k in new[] { "name", "project", "unit" }) Str(r, p, k, false);
                var item = OneOf(r, p, "item", threePublic, threePublic ? ThreePublicItems : null);
                hasTotalRow |= item == "total";
                Values(r, p, info?.Columns);
                Loc(r, p);
            }
            var totalsPath = At(path, "totals");
            if (threePublic)
            {
                // 三公: 合计 is the row whose item is `total`, never the table's totals.
                if (Get(t, path, "totals", false) is { } tot && (tot.ValueKind != JsonValueKind.Object || tot.EnumerateObject().Any()))
                    Add(totalsPath, "three_public keeps 合计 as the row with item 'total', not in totals");
                if (rowCount > 0 && !hasTotalRow) Add(At(path, "rows"), "three_public has no row with item 'total' (合计)");
                return;
            }
            // An empty (为空表) table may have no 合计; the final_* kinds' shapes are not spelled out.
            var emptyTable = t.TryGetProperty("empty_note", out var en) && en.ValueKind == JsonValueKind.String;
            var required = info != null && info.Columns != null && !emptyTable;
            if (Obj(t, path, "totals", required) is { } totals) AmountMap(totals, totalsPath, info?.Columns);
        }

        void TwoSided(JsonElement t, string path, KindInfo? info)
        {
            if (t.TryGetProperty("rows", out _)) Add(At(path, "rows"), "two-sided tables use income/expense instead of rows");
            string[]? amountOnly = info?.Columns == null ? null : ["amount"];
            foreach (var (r, p) in Objects(t, path, "income", true))
            {
                OneOf(r, p, "item", true, info?.IncomeItems);
                Str(r, p, "label", true);
                Values(r, p, amountOnly);
                Loc(r, p);
            }
            foreach (var (r, p) in Objects(t, path, "expense", true))
            {
                Code(r, p, info?.CodeLengths ?? Functional, info?.Columns != null);
                Str(r, p, "name", false);
                Values(r, p, info?.Columns);
                Loc(r, p);
            }
            // 支出用途: items (basic, project, … — an open list) with the economic 类 printed under them (a code, or the
            // printed label); 经济分类 sides: rows by 类 code or printed name (extensions of the spec, docs/reading.md).
            foreach (var (r, p) in Objects(t, path, "expense_by_purpose", false))
            {
                Str(r, p, "item", false);
                Str(r, p, "code", false);
                if (Get(r, p, "item", false) is null && Get(r, p, "code", false) is null) Str(r, p, "label", true);
                Values(r, p, null);
                Loc(r, p);
            }
            foreach (var (r, p) in Objects(t, path, "expense_by_economic", false))
            {
                if (Get(r, p, "code", false) is null) Str(r, p, "name", true);
                Values(r, p, null);
                Loc(r, p);
            }
            if (Get(t, path, "income_total", true) is { } it) Amount(it, At(path, "income_total"));
            if (Obj(t, path, "expense_totals", true) is { } et) AmountMap(et, At(path, "expense_totals"), info?.Columns);
        }

        void Section(JsonElement s, string path)
        {
            Int(s, path, "number", true);
            Str(s, path, "title", true);
            Str(s, path, "text", false);
            Loc(s, path);
            foreach (var (c, p) in Objects(s, path, "claims", false)) Claim(c, p);
            foreach (var (sub, p) in Objects(s, path, "subsections", false)) Section(sub, p);
        }

        void Claim(JsonElement c, string path)
        {
            foreach (var k in new[] { "subject", "item", "project", "reason" }) Str(c, path, k, false);
            Code(c, path, Functional, false);
            foreach (var k in new[] { "amount", "share", "prior" }) OptAmount(c, path, k);
            foreach (var k in new[] { "change", "change_pct" }) OptAmount(c, path, k, unsigned: true); // spec: unsigned
            OneOf(c, path, "direction", false, ["increase", "decrease", "flat", "new", "none"]);
            var topic = OneOf(c, path, "topic", false, ClaimTopics);
            // Counts (staff, vehicles) are integers: all numbers in a staffing claim, any `count` elsewhere.
            CountsAreIntegers(c, path, topic == "staffing");
            Loc(c, path);
        }

        void CountsAreIntegers(JsonElement e, string path, bool allNumbers)
        {
            var i = 0;
            if (e.ValueKind == JsonValueKind.Array)
                foreach (var x in e.EnumerateArray()) CountsAreIntegers(x, $"{path}[{i++}]", allNumbers);
            if (e.ValueKind != JsonValueKind.Object) return;
            foreach (var m in e.EnumerateObject())
            {
                if (m.Name == "loc") continue;
                var p = At(path, m.Name);
                if (m.Value.ValueKind == JsonValueKind.Number && (allNumbers || m.Name == "count") && !IsInt(m.Value))
                    Add(p, "a count must be a JSON integer");
                CountsAreIntegers(m.Value, p, allNumbers);
            }
        }

        void Performance(JsonElement pt, string path)
        {
            OneOf(pt, path, "kind", true, ["overall", "project"]);
            Str(pt, path, "project", false);
            foreach (var k in new[] { "amount", "fiscal", "other" }) OptAmount(pt, path, k);
            foreach (var (ind, p) in Objects(pt, path, "indicators", true))
            {
                foreach (var k in new[] { "level1", "level2", "level3" }) Str(ind, p, k, false);
                if (Get(ind, p, "weight", false) is { } w && w.ValueKind != JsonValueKind.Number)
                    Add(At(p, "weight"), $"must be a number, got {KindOf(w)}");
            }
            // 年度主要任务 of an overall table (an extension of the spec, docs/reading.md): a name and amounts as strings.
            foreach (var (task, p) in Objects(pt, path, "tasks", false))
            {
                Str(task, p, "name", true);
                foreach (var k in new[] { "amount", "fiscal", "other" }) OptAmount(task, p, k);
            }
        }

        void Finding(JsonElement f, string path)
        {
            Str(f, path, "rule", true);
            OneOf(f, path, "severity", true, ["error", "warning", "info"]);
            Str(f, path, "message", true);
            if (Obj(f, path, "location", true) is { } loc) Location(loc, At(path, "location"));
            foreach (var (r, p) in Objects(f, path, "related", false)) Location(r, p);
        }

        void Location(JsonElement loc, string path)
        {
            foreach (var k in new[] { "table", "row", "column", "side", "item", "project" }) Str(loc, path, k, false);
            // `section` is a section number or a named place such as "overview".
            if (Get(loc, path, "section", false) is { } s && s.ValueKind != JsonValueKind.String && !IsInt(s))
                Add(At(path, "section"), "must be a section number or a name such as \"overview\"");
            Position(loc, path);
        }
    }
}
