namespace GoldenThread.Network;

public class IcbRegisterTests
{
    [Fact]
    public void All_IsEnglandsFortyTwoIcbsWithDistinctCodes()
    {
        var icbs = IcbRegister.All;

        Assert.Equal(42, icbs.Count);
        Assert.Equal(42, icbs.Select(i => i.OdsCode).Distinct().Count());
        Assert.All(icbs, i => Assert.Matches("^Q[A-Z0-9]{2}$", i.OdsCode));
        Assert.All(icbs, i => Assert.Matches("^E54[0-9]{6}$", i.OnsCode));
        Assert.Equal(7, icbs.Select(i => i.Region).Distinct().Count());
    }

    [Fact]
    public void All_QuotedNameWithACommaIsReadWhole()
    {
        var first = IcbRegister.All[0];

        Assert.Equal(new Icb("E54000024", "QHG", "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "East of England", 1_146_970), first);
    }

    [Fact]
    public void All_PopulationsAddUpToEnglandsScale()
    {
        // The file's figures sum to about 63.8 million, above the ONS resident count (about 57 million), as
        // GP-registered lists do; either way this catches a column read as the wrong field.
        Assert.InRange(IcbRegister.All.Sum(i => (long)i.Population), 55_000_000, 70_000_000);
    }
}
