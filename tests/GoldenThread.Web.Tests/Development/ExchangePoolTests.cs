using GoldenThread.Development;

namespace GoldenThread.Web.Development;

public class ExchangePoolTests
{
    [Fact]
    public void Why_SaysEachTermOfTheScoreWithItsPoints()
    {
        // 10 + 6 (primary care with acute) + 3 (same place) + 2 (different professions) = 21; settings in the order of their codes.
        Assert.Equal("base 10, acute with primary care +6, same place +3, different professions +2",
            ExchangePool.Why(new ExchangeScore(10, 6, 3, 2), "primary-care", "acute"));
        Assert.Equal("base 10, community with mental health +1", ExchangePool.Why(new ExchangeScore(10, 1, 0, 0), "mental-health", "community"));
    }
}
