namespace GoldenThread.Network;

public class VocabulariesTests
{
    [Theory]
    [InlineData("region", 0)]
    [InlineData("system", 1)]
    [InlineData("place", 2)]
    [InlineData("neighbourhood", 3)]
    [InlineData("ward", 4)]
    [InlineData(null, 4)]
    public void LevelFromTop_RegionFirstUnknownLast(string? level, int expected)
    {
        Assert.Equal(expected, Vocabularies.Default.LevelFromTop(level));
    }
}
