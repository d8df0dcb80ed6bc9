namespace OpenYusuan.Audit.Engine;

/// <summary>A year-on-year rate against its parts: 增长率 = 增减额 ÷ 上年数, where 上年数 = 本年数 ∓ 增减额, each printed
/// figure rounded to its last digit.</summary>
public static class ChangeRate
{
    /// <summary>Last year's figure the amount and the change imply.</summary>
    public static decimal Prior(decimal amount, decimal change, string direction) => direction == "increase" ? amount - change : amount + change;

    /// <summary>The rate the change gives on <paramref name="prior"/>, to the places <paramref name="stated"/> is printed with.</summary>
    public static decimal Expected(decimal change, decimal prior, decimal stated) =>
        Math.Round(change / prior * 100, Amounts.Places(stated), MidpointRounding.AwayFromZero);

    /// <summary>Whether the stated rate is what the change on this prior gives, allowing what the rounding of the printed
    /// change and prior (to 0.01) and of the rate itself can move it.</summary>
    public static bool Fits(decimal change, decimal prior, decimal stated)
    {
        if (prior <= 0) return false;
        if (Expected(change, prior, stated) == stated) return true;
        return Within(change, prior, stated);
    }

    /// <summary>The stated rate is inside what rounding of the printed figures allows, though not the exact rounded rate.</summary>
    public static bool Within(decimal change, decimal prior, decimal stated)
    {
        var low = Rate(change - 0.005m, prior + 0.01m);
        var high = Rate(change + 0.005m, Math.Max(prior - 0.01m, 0.0001m));
        var half = 0.5m / (decimal)Math.Pow(10, Amounts.Places(stated));
        return stated >= low - half && stated <= high + half;
    }


    private static decimal Rate(decimal change, decimal prior) => Math.Max(change, 0) / prior * 100;
}
