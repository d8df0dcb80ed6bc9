using OpenYusuan.Reading.Tables;
using OpenYusuan.Reading.Text;
using Xunit;

namespace OpenYusuan.Reading.Tests.Components;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("1,204.71", "1204.71")]
    [InlineData("1204.71", "1204.71")]
    [InlineData("-3.00", "-3.00")]
    [InlineData("0.00", "0.00")]
    [InlineData("1.2", "1.2")]
    public void Amounts_keep_their_printed_precision(string token, string expected)
    {
        Assert.True(AmountText.TryParse(token, false, out var v));
        Assert.Equal(expected, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("201", false, false)]
    [InlineData("201", true, true)]
    [InlineData("1.", false, false)]
    [InlineData("1,20.5", true, false)]
    public void Integers_count_only_where_the_table_prints_integers(string token, bool allowInteger, bool ok) =>
        Assert.Equal(ok, AmountText.TryParse(token, allowInteger, out _));

    [Theory]
    [InlineData("110.", 2, 2)]
    [InlineData("149.2", 2, 1)]
    [InlineData("110.10", 2, 0)]
    public void Fragments_of_a_number_cut_at_a_line_end_are_recognized(string token, int precision, int missing)
    {
        AmountText.IsFragment(token, precision, out var m);
        Assert.Equal(missing, m);
    }

    [Fact]
    public void Full_width_digits_and_separators_become_ascii_inside_numbers_only() =>
        Assert.Equal("1,234.56 （其中：一般财力）", TextNormalizer.NormalizeDigits("１，２３４．５６ （其中：一般财力）"));
}
