using System.Text;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>Input that is not a readable disclosure gets one Chinese line naming the file and the problem,
/// exit code 2 and no stack trace; a table cut short is kept with a note and exit code 0.</summary>
public sealed class BadInputTests() : TempFolder("bad")
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Disclosure =
        "示例局2025年单位预算公开\n第一部分 2025年单位概况\n一、主要职能\n第二部分 2025年单位预算公开表\n表3\n单位支出总体情况表\n编制单位：示例局\n单位：万元\n" +
        "科目\t\t\t支出预算\t\t\n类\t款\t项\t功能分类科目名称\t合计\t基本支出\t项目支出\n201\t\t\t一般公共服务支出\t10.00\t10.00\t\n201\t01\t\t人大事务\t10.00\t10.00\t\n201\t01\t01\t行政运行\t10.00\t10.00\t\n\t\t\t合计\t10.00\t10.00\t\n" +
        "第三部分 2025年单位预算情况说明\n一、关于示例局2025年收支预算情况的总体说明\n收支总预算10.00万元。\n";

    public static TheoryData<string, byte[], string> Cases()
    {
        var mixed = Encoding.UTF8.GetBytes(Disclosure[..60]).Concat(Encoding.GetEncoding(54936).GetBytes(Disclosure[60..])).ToArray();
        var binary = Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 256)).ToArray();
        return new()
        {
            { "empty.txt", [], "文件为空" },
            { "blank.txt", Encoding.UTF8.GetBytes("\n\n   \n"), "没有内容" },
            { "binary.txt", binary, "二进制文件" },
            { "novel.txt", Encoding.UTF8.GetBytes("春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n床前明月光，疑是地上霜。\n"), "不是预算/决算公开文件" },
            { "mixed.txt", mixed, "编码混杂" },
            { "big5.txt", Encoding.GetEncoding(950).GetBytes(Disclosure), "无法识别的文本编码" },
            { "truncated.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), "PDF 文件损坏或不完整" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unusable_input_exits_2_with_one_clear_message(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        var result = Yusuan.Run("parse", path);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Err.TrimEnd().Split('\n'));
        Assert.Contains(path, line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public void Missing_file_exits_2() =>
        Assert.Contains("文件不存在", Yusuan.Run("parse", Path.Combine(Dir, "nope.txt")) is { Exit: 2 } r ? r.Err : "exit was not 2");

    [Fact]
    public void Unknown_option_or_format_exits_2()
    {
        Assert.Equal(2, Yusuan.Run("parse", "x.txt", "--format", "xml").Exit);
        Assert.Equal(2, Yusuan.Run("parse").Exit);
        Assert.Equal(2, Yusuan.Run("frobnicate").Exit);
    }

    [Fact]
    public void Utf16_without_bom_is_read()
    {
        var path = Path.Combine(Dir, "utf16.txt");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes(Disclosure));
        var result = Yusuan.Run("parse", path, "--format", "text");
        Assert.Equal(0, result.Exit);
        Assert.Contains("表3 单位支出总体情况表 [expense] 3 行", result.Out);
    }

    [Fact]
    public void Unknown_table_title_is_reported_not_guessed()
    {
        var path = Path.Combine(Dir, "unknown.txt");
        File.WriteAllText(path, Disclosure.Replace("第三部分", "表4\n部门资产配置情况表\n编制单位：示例局\n资产\t数量\n车辆\t2\n第三部分"));
        var result = Yusuan.Run("parse", path, "--format", "text");
        Assert.Equal(0, result.Exit);
        Assert.Contains("[YS0908]", result.Out);
        Assert.Contains("“部门资产配置情况表”不是已知的标准表", result.Out);
    }

    [Fact]
    public void Truncated_table_is_kept_with_a_note()
    {
        var cut = Disclosure[..Disclosure.IndexOf("\t\t\t合计", StringComparison.Ordinal)];
        var path = Path.Combine(Dir, "cut.txt");
        File.WriteAllText(path, cut);
        var result = Yusuan.Run("parse", path, "--format", "text");
        Assert.Equal(0, result.Exit);
        Assert.Contains("[YS0907]", result.Out);
        Assert.Contains("没有合计行", result.Out);
    }
}
