namespace OpenYusuan.Model;

/// <summary>Money units printed in disclosures.</summary>
public static class Units
{
    public const string TenThousandYuan = "万元";
    public const string Yuan = "元";
}
