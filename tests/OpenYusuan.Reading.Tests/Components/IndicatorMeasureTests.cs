using OpenYusuan.Model;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

/// <summary>An indicator's printed value read as one figure with its comparator and unit, or not at all.</summary>
public sealed class IndicatorMeasureTests
{
    [Theory]
    [InlineData("≤73.35", "≤", "73.35", null)]
    [InlineData("≧3.4万亩", "≥", "3.4", "万亩")]
    [InlineData(">=1 条", "≥", "1", "条")]
    [InlineData("不低于95%", "≥", "95", "%")]
    [InlineData("不超过预算15.28万元", null, null, null)]
    [InlineData("≤66.72元/㎡/月", "≤", "66.72", "元/㎡/月")]
    [InlineData("2次／年", null, "2", "次/年")]
    [InlineData("1,600台", null, "1600", "台")]
    [InlineData("=100%", "=", "100", "%")]
    [InlineData("95%以上", "≥", "95", "%")]
    [InlineData("5万元以内", "≤", "5", "万元")]
    [InlineData("100%%", null, "100", "%")]
    [InlineData("3年", null, "3", "年")]
    [InlineData("2022年", null, null, null)]
    [InlineData("12月底前", null, null, null)]
    [InlineData("上涨5%-10%", null, null, null)]
    [InlineData("1-12月", null, null, null)]
    [InlineData("2026年5月31日前", null, null, null)]
    [InlineData("全年", null, null, null)]
    [InlineData("", null, null, null)]
    public void One_figure_with_its_comparator_and_unit(string printed, string? comparator, string? number, string? unit)
    {
        var m = IndicatorMeasure.Parse(printed);
        if (number is null) { Assert.Null(m); return; }
        Assert.Equal((comparator, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), unit), (m!.Comparator, m.Number, m.Unit));
    }
}
