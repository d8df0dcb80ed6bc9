using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenYusuan.Model;
using OpenYusuan.Model.Tables;
using OpenYusuan.Rendering.Plan;

namespace OpenYusuan.Rendering.Xlsx;

/// <summary>A workbook as budget offices hand them out: the narrative parts on their own sheets (a paragraph per
/// row), one sheet per table with its title, 编制单位 and 单位 rows, merged header cells and numeric cells. Every
/// figure that is a sum in the document — a total row, a 类 or 款 over its rows, 合计 over its parts — is a
/// formula, so a reviewer who changes a figure sees the totals move; a figure the document prints that is not
/// the sum stays as printed (a formula would silently correct it).</summary>
public static class XlsxRenderer
{
    public static byte[] Render(IReadOnlyList<Block> blocks, Drafting.WorkingSheets? working = null)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheets = new List<(string Name, List<Block> Blocks)>();
            foreach (var block in blocks)
            {
                if (block is PageBreak) continue;
                if (block is TableBlock t) { sheets.Add((SheetName(t), [t])); continue; }
                if (block is Heading { Level: 1 } h || sheets.Count == 0 || sheets[^1].Blocks[0] is TableBlock)
                    sheets.Add((SheetName((block as Heading)?.Text ?? "封面"), []));
                sheets[^1].Blocks.Add(block);
            }
            uint id = 1;
            void AddSheet(string name, Action<WorksheetPart> fill, SheetStateValues? state = null)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                fill(part);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name, State = state });
            }
            var used = new HashSet<string>();
            foreach (var (name, content) in sheets)
            {
                var unique = name;
                for (var k = 2; !used.Add(unique); k++) unique = $"{name[..Math.Min(name.Length, 28)]}({k})";
                AddSheet(unique, part => { if (content is [TableBlock table]) Table(part, table); else Narrative(part, content); });
            }
            if (working?.PriorYear is { } priorYear) AddSheet(WorkbookSheets.PriorYear, part => PriorYearSheet(part, priorYear));
            if (working?.Matters is { Items.Count: > 0 } matters) AddSheet(WorkbookSheets.Matters, part => MattersSheetPart(part, matters));
            if (working?.Projects is { } projects) AddSheet(WorkbookSheets.Projects, part => ProjectsSheet(part, projects));
            if (working?.Performance is { } targets) AddSheet(WorkbookSheets.Performance, part => PerformanceSheetPart(part, targets));
            // The code lists behind the code columns' drop-downs, on a hidden sheet.
            AddSheet(CodeSheet, CodeList, SheetStateValues.Hidden);
            // Open the workbook with its formulas computed afresh.
            workbook.Workbook.Append(new CalculationProperties { FullCalculationOnLoad = true });
        }
        return stream.ToArray();
    }

    private const uint PlainStyle = 0, BoldStyle = 1, HeaderStyle = 2, Amount2 = 3, Amount0 = 4, WarningStyle = 5;

    private static void Narrative(WorksheetPart part, List<Block> blocks)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        uint r = 1;
        foreach (var block in blocks)
        {
            if (block is Grid g)
            {
                // A table in the text keeps its cells, one per column; a cell spanning the empty ones after it is merged.
                foreach (var cells in g.Rows)
                {
                    foreach (var (_, start, span) in g.Cells(cells).Where(c => c.Span > 1))
                        merges.Append(new MergeCell { Reference = $"{Col(start)}{r}:{Col(start + span - 1)}{r}" });
                    data.Append(new Row(cells.Select((c, i) => StringCell($"{Col(i)}{r}", c, PlainStyle))) { RowIndex = r++ });
                }
                continue;
            }
            var (text, style) = block switch
            {
                Heading h => (h.Text, BoldStyle),
                Plan.Paragraph { Warning: true } p => (p.Text, WarningStyle),
                Plan.Paragraph p => (p.Text, PlainStyle),
                _ => ("", PlainStyle),
            };
            data.Append(new Row(StringCell($"A{r}", text, style)) { RowIndex = r++ });
        }
        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }), data);
        if (merges.HasChildren) part.Worksheet.InsertAfter(merges, data);
    }

    private static void Table(WorksheetPart part, TableBlock t)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        uint r = 1;
        void Line(string text, uint style) => data.Append(new Row(StringCell($"A{r}", text, style)) { RowIndex = r++ });
        if (t.NumberLine is { } number) Line(number, BoldStyle);
        Line(t.Title, BoldStyle);
        Line(t.Preparer, PlainStyle);
        Line(t.UnitLine, PlainStyle);
        foreach (var header in t.Header)
        {
            var row = new Row { RowIndex = r };
            var c = 0;
            foreach (var cell in header)
            {
                row.Append(StringCell($"{Col(c)}{r}", cell.Text, HeaderStyle));
                if (cell.Span > 1) merges.Append(new MergeCell { Reference = $"{Col(c)}{r}:{Col(c + cell.Span - 1)}{r}" });
                c += cell.Span;
            }
            data.Append(row);
            r++;
        }
        var first = r;
        var values = t.Body.Select(row => row.Select((s, i) => t.Numeric[i] && s.Length > 0 ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : (decimal?)null).ToArray()).ToList();
        var formulas = Formulas(t, values, first);
        for (var i = 0; i < t.Body.Count; i++, r++)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < t.Body[i].Count; c++)
            {
                var reference = $"{Col(c)}{r}";
                if (values[i][c] is { } v)
                {
                    var cell = new Cell { CellReference = reference, StyleIndex = v.Scale == 0 ? Amount0 : Amount2, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) };
                    if (formulas.TryGetValue((i, c), out var f)) cell.CellFormula = new CellFormula(f);
                    row.Append(cell);
                }
                else if (t.Body[i][c].Length > 0) row.Append(StringCell(reference, t.Body[i][c], PlainStyle));
            }
            data.Append(row);
        }
        if (t.Note is { } note) { r++; Line(note, PlainStyle); }
        var columns = new Columns(Enumerable.Range(0, t.Columns).Select(c => new Column
        {
            Min = (uint)c + 1, Max = (uint)c + 1, Width = t.Numeric[c] ? 16 : c == 0 && t.Columns > 4 ? 14 : 30, CustomWidth = true,
        }));
        part.Worksheet = new Worksheet(columns, data);
        if (merges.HasChildren) part.Worksheet.InsertAfter(merges, data);
        Validation(part, t, first, r, merges.HasChildren ? merges : data);
    }

    private const string CodeSheet = "科目代码";

    /// <summary>The working sheet of 其他事项 figures: label, key, value; each total (procurement, vehicles) sums its kinds.</summary>
    private static void MattersSheetPart(WorksheetPart part, Drafting.MattersSheet matters)
    {
        var data = new SheetData(HeaderRow(Drafting.MattersSheet.Header));
        uint r = 2;
        var rows = matters.Items.Select((item, i) => (item, Row: 2 + i)).ToDictionary(x => x.item.Key, x => x.Row);
        foreach (var item in matters.Items)
        {
            var row = new Row { RowIndex = r };
            row.Append(StringCell($"A{r}", item.Label, PlainStyle), StringCell($"B{r}", item.Key, PlainStyle));
            var cell = AmountCell($"C{r}", item.Value);
            if (Drafting.MattersSheet.IsCount(item.Key)) cell.StyleIndex = Amount0;
            // A total is a formula while it is blank or the sum of its parts; a figure given without its parts stays (a
            // formula over blank parts would turn it into 0).
            if (Drafting.MattersSheet.Sums.FirstOrDefault(x => x.Total == item.Key).Parts is { } parts && parts.All(rows.ContainsKey)
                && (item.Value is null || parts.All(k => matters.Value(k) is not null) && parts.Sum(k => matters.Value(k)!.Value) == item.Value))
                cell.CellFormula = new CellFormula($"SUM({string.Join(",", parts.Select(k => $"C{rows[k]}"))})");
            row.Append(cell);
            data.Append(row);
            r++;
        }
        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 24, CustomWidth = true }, new Column { Min = 3, Max = 3, Width = 16, CustomWidth = true }), data);
        NumbersOnly(part, $"C2:C{r}");
    }

    /// <summary>The working sheet of section 七's projects: the amount from the 项目支出表, the fields to fill in.</summary>
    private static void ProjectsSheet(WorksheetPart part, Drafting.ProjectSheet projects)
    {
        var labels = Drafting.ProjectSheet.Header;
        var data = new SheetData(HeaderRow(labels));
        uint r = 2;
        foreach (var p in projects.Projects)
        {
            var row = new Row { RowIndex = r };
            row.Append(StringCell($"A{r}", p.Name, PlainStyle));
            row.Append(AmountCell($"B{r}", p.Amount));
            for (var k = 0; k < Drafting.ProjectSheet.Columns.Length; k++)
                row.Append(StringCell($"{Col(k + 2)}{r}", p.Fields.GetValueOrDefault(Drafting.ProjectSheet.Columns[k].Key) ?? (k < 4 ? $"【请填写{Drafting.ProjectSheet.Columns[k].Label}】" : ""), PlainStyle));
            data.Append(row);
            r++;
        }
        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 36, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 16, CustomWidth = true }, new Column { Min = 3, Max = (uint)labels.Length, Width = 40, CustomWidth = true }), data);
    }

    /// <summary>The working sheet of performance targets: a table's fields on its first row, an indicator per row; the
    /// amount and weight columns take numbers only. With no table yet, a starter row for the 整体 target.</summary>
    private static void PerformanceSheetPart(WorksheetPart part, Drafting.PerformanceSheet sheet)
    {
        var data = new SheetData(HeaderRow(Drafting.PerformanceSheet.Header));
        uint r = 2;
        var rows = sheet.Targets.SelectMany(Drafting.PerformanceSheet.Rows).ToList();
        if (rows.Count == 0) rows.Add(["整体", null, null, "【请填写】", null, null, null, null, "【请填写年度绩效目标】"]);
        int[] figures = [5, 6, 7, 15];
        foreach (var cells in rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not { Length: > 0 } text) continue;
                row.Append(figures.Contains(c) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
                    ? AmountCell($"{Col(c)}{r}", v) : StringCell($"{Col(c)}{r}", text, PlainStyle));
            }
            data.Append(row);
            r++;
        }
        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 10, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 30, CustomWidth = true }, new Column { Min = 3, Max = 8, Width = 14, CustomWidth = true },
            new Column { Min = 9, Max = 9, Width = 50, CustomWidth = true }, new Column { Min = 10, Max = 18, Width = 16, CustomWidth = true }), data);
        var validations = new DataValidations(
            new DataValidation(new Formula1("\"整体,项目\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "表",
                Error = "填写“整体”或“项目”，开始一张绩效目标表；其下各行为该表的指标", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A2:A{r + 200}" },
            },
            NumberCheck($"F2:H{r + 200} P2:P{r + 200}")) { Count = 2 };
        part.Worksheet.InsertAfter(validations, data);
    }

    /// <summary>The working sheet of last year's figures and reasons: the change and its rate are formulas, so the
    /// officer sees them move as last year's figure is typed in.</summary>
    private static void PriorYearSheet(WorksheetPart part, Drafting.PriorYear inputs)
    {
        var data = new SheetData(HeaderRow(inputs.Labels));
        uint r = 2;
        foreach (var line in inputs.Lines)
        {
            var row = new Row { RowIndex = r };
            row.Append(new Cell { CellReference = $"A{r}", CellValue = new CellValue(line.Section) });
            row.Append(StringCell($"B{r}", line.Name, PlainStyle), StringCell($"C{r}", line.Key, PlainStyle));
            row.Append(AmountCell($"D{r}", line.Amount));
            if (line.Prior is { } p)
            {
                row.Append(AmountCell($"E{r}", p));
                row.Append(AmountCell($"F{r}", line.Amount - p, $"IF(E{r}=\"\",\"\",D{r}-E{r})"));
                if (p != 0) row.Append(AmountCell($"G{r}", Drafting.Sentences.Percent(line.Amount - p, p), $"IF(OR(E{r}=\"\",E{r}=0),\"\",ROUND((D{r}-E{r})/E{r}*100,2))"));
            }
            row.Append(StringCell($"H{r}", line.Reason ?? Drafting.Sentences.ReasonPlaceholder, PlainStyle));
            data.Append(row);
            r++;
        }
        part.Worksheet = new Worksheet(new Columns(
            new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 22, CustomWidth = true }, new Column { Min = 4, Max = 7, Width = 16, CustomWidth = true },
            new Column { Min = 8, Max = 8, Width = 60, CustomWidth = true }), data);
        NumbersOnly(part, $"E2:E{r}");
    }

    /// <summary>Where a finance officer types: the code column offers the classification codes (functional or
    /// economic), the figure columns accept numbers only; some rows below the table are open for new lines.</summary>
    private static void Validation(WorksheetPart part, TableBlock t, uint firstRow, uint lastRow, OpenXmlElement after)
    {
        var validations = new DataValidations();
        var end = lastRow + 50;
        var economic = TableKinds.HasEconomicCodes(t.Kind);
        if ((TableKinds.HasFunctionalCodes(t.Kind) || economic) && t.Columns > 0 && !t.Numeric[0])
            validations.Append(new DataValidation(new Formula1($"'{CodeSheet}'!${(economic ? "B" : "A")}:${(economic ? "B" : "A")}"))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "科目编码",
                Error = "请从支出功能分类（或经济分类）科目中选择编码", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{firstRow}:A{end}" },
            });
        var numeric = Enumerable.Range(0, t.Columns).Where(c => t.Numeric[c]).ToList();
        if (numeric.Count > 0)
            validations.Append(NumberCheck(string.Join(" ", numeric.Select(c => $"{Col(c)}{firstRow}:{Col(c)}{end}")), "金额", "这里只能填写数字（金额）"));
        validations.Count = (uint)validations.ChildElements.Count;
        if (validations.HasChildren) part.Worksheet!.InsertAfter(validations, after);
    }

    /// <summary>The functional codes in column A and the economic codes in column B (reference lists, see
    /// reference/ in the shared folder for their sources).</summary>
    private static void CodeList(WorksheetPart part)
    {
        var functional = Model.Codes.ClassificationList.Functional.Entries.Select(e => e.Code).Order(StringComparer.Ordinal).ToList();
        var economic = Model.Codes.ClassificationList.Economic.Entries.Select(e => e.Code).Order(StringComparer.Ordinal).ToList();
        var data = new SheetData();
        for (var i = 0; i < Math.Max(functional.Count, economic.Count); i++)
        {
            var row = new Row { RowIndex = (uint)i + 1 };
            if (i < functional.Count) row.Append(StringCell($"A{i + 1}", functional[i], PlainStyle));
            if (i < economic.Count) row.Append(StringCell($"B{i + 1}", economic[i], PlainStyle));
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
    }

    /// <summary>The sums the document's figures satisfy, as formulas: parent code rows over their children, the
    /// 合计 row over the top rows, a row's 合计 column over its parts (per the kind's row identities).</summary>
    private static Dictionary<(int Row, int Col), string> Formulas(TableBlock t, List<decimal?[]> values, uint firstRow)
    {
        var formulas = new Dictionary<(int, int), string>();
        var codes = t.Body.Select(row => row.Count > 0 && row[0].All(char.IsAsciiDigit) && row[0].Length is 3 or 5 or 7 ? row[0] : null).ToList();
        var total = t.Body.ToList().FindIndex(row => row.Take(3).Any(c => c is "合计" or "总计"));
        var parent = new int?[t.Body.Count];
        for (var i = 0; i < codes.Count; i++)
            if (codes[i] is { } code)
                for (var j = i - 1; j >= 0; j--)
                    if (codes[j] is { } p && p.Length < code.Length && code.StartsWith(p)) { parent[i] = j; break; }
        var numeric = Enumerable.Range(0, t.Columns).Where(c => t.Numeric[c]).ToList();
        void Sum(int target, IReadOnlyList<int> rows)
        {
            if (rows.Count == 0) return;
            foreach (var c in numeric)
            {
                if (values[target][c] is not { } v || formulas.ContainsKey((target, c))) continue;
                if (rows.Sum(k => values[k][c] ?? 0) != v) continue;
                formulas[(target, c)] = $"SUM({string.Join(",", rows.Select(k => $"{Col(c)}{firstRow + k}"))})";
            }
        }
        for (var i = 0; i < t.Body.Count; i++)
            Sum(i, Enumerable.Range(0, t.Body.Count).Where(k => parent[k] == i).ToList());
        if (total >= 0 && !TableKinds.IsTwoSided(t.Kind))
        {
            var top = Enumerable.Range(0, total).Where(k => parent[k] is null && (codes[k] is not null || codes.All(x => x is null))).ToList();
            Sum(total, top);
        }
        // Within a row: 合计 = Σ parts, on the figure columns in the order the kind prints them.
        var keys = TableKinds.ColumnOrder(t.Kind);
        var header = t.Header[^1].SelectMany(h => Enumerable.Repeat(h.Text, h.Span)).ToList();
        var columnOf = keys.ToDictionary(k => k, k => header.IndexOf(TablePlan.Label(t.Kind, k)));
        foreach (var (target, parts) in RowIdentities.For(t.Kind, keys))
        {
            if (columnOf.GetValueOrDefault(target, -1) is not (>= 0 and var tc)) continue;
            var pcs = parts.Select(p => columnOf.GetValueOrDefault(p, -1)).Where(x => x >= 0).ToList();
            for (var i = 0; i < t.Body.Count && pcs.Count > 0; i++)
            {
                if (values[i][tc] is not { } v || formulas.ContainsKey((i, tc)) || pcs.Sum(c => values[i][c] ?? 0) != v) continue;
                if (pcs.All(c => values[i][c] is null)) continue;
                formulas[(i, tc)] = $"SUM({string.Join(",", pcs.Select(c => $"{Col(c)}{firstRow + i}"))})";
            }
        }
        return formulas;
    }

    /// <summary>Number-only cells (amounts, counts) over the given ranges of a working sheet.</summary>
    private static void NumbersOnly(WorksheetPart part, string ranges) =>
        part.Worksheet!.InsertAfter(new DataValidations(NumberCheck(ranges)) { Count = 1 }, part.Worksheet.GetFirstChild<SheetData>());

    /// <summary>The check that lets only a number into the given ranges (blank allowed), with its message.</summary>
    private static DataValidation NumberCheck(string ranges, string title = "数字", string error = "这里只能填写数字") =>
        new(new Formula1("-1E+15"), new Formula2("1E+15"))
        {
            Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.Between, AllowBlank = true, ShowErrorMessage = true,
            ErrorTitle = title, Error = error, SequenceOfReferences = new ListValue<StringValue> { InnerText = ranges },
        };

    private static Row HeaderRow(IReadOnlyList<string> labels) =>
        new(labels.Select((label, c) => StringCell($"{Col(c)}1", label, HeaderStyle))) { RowIndex = 1 };

    /// <summary>A figure cell (two decimals shown), with the formula that computes it when it has one.</summary>
    private static Cell AmountCell(string reference, decimal? value, string? formula = null)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = Amount2 };
        if (value is { } v) cell.CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture));
        if (formula is not null) cell.CellFormula = new CellFormula(formula);
        return cell;
    }

    private static Cell StringCell(string reference, string text, uint style) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static string Col(int index) => WorkbookSheets.ColumnLetters(index);

    private static string SheetName(TableBlock t) => SheetName((t.Number is { } n ? $"表{n} " : "") + t.Title);

    /// <summary>Excel's limits: 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string text)
    {
        var clean = new string(text.Where(c => !"[]:*?/\\".Contains(c)).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "黑体" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new Color { Rgb = "FFC00000" }, new FontName { Val = "宋体" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            new CellFormat(new Alignment { WrapText = true }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 165, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 6 });
}
