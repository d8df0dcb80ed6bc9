using OpenYusuan.Reading.Tables;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

public sealed class CodeParserTests
{
    [Theory]
    [InlineData("210 15 01 行政运行 1.00", "2101501", "行政运行 1.00")]
    [InlineData("2101501 行政运行", "2101501", "行政运行")]
    [InlineData("21015 医疗保障管理事务", "21015", "医疗保障管理事务")]
    [InlineData("301 01  基本工资 8.71 8.71", "30101", "基本工资 8.71 8.71")]
    [InlineData("208 05 05", "2080505", "")]
    public void Leading_codes_are_normalized(string line, string code, string rest)
    {
        Assert.True(new CodeParser().TryParseLeading(line, out var c, out var r));
        Assert.Equal((code, rest), (c, r));
    }

    [Theory]
    [InlineData("2024 年中央财政医疗服务")]
    [InlineData("158.41 201 一般公共服务支出")]
    [InlineData("总计 158.41")]
    public void Years_amounts_and_labels_are_not_codes(string line) =>
        Assert.False(new CodeParser().TryParseLeading(line, out _, out _));

    [Fact]
    public void Rows_printed_with_only_kuan_xiang_digits_get_the_full_code()
    {
        var p = new CodeParser();
        Assert.True(p.TryFromCells(["210", "", ""], out var c1));
        Assert.True(p.TryFromCells(["", "15", ""], out var c2));
        Assert.True(p.TryFromCells(["", "", "01"], out var c3));
        Assert.True(p.TryFromCells(["", "50", "02"], out var c4));
        Assert.Equal(["210", "21015", "2101501", "2105002"], [c1, c2, c3, c4]);
        Assert.True(p.TryParseLeading("15 99 其他医疗保障管理事务支出 1.00", out var c5, out _));
        Assert.Equal("2101599", c5);
    }
}
